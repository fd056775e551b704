// The automatic JSX runtime the compiler calls (tsconfig `jsxImportSource: "#jsx"`): see html.ts.
import type { JSX as HonoJSX } from "hono/jsx";
import { type Child, element, Fragment, type Html } from "./html.ts";

export { Fragment };

export function jsx(
  type: string | ((props: Record<string, unknown>) => unknown),
  props: Record<string, unknown>,
): Html {
  return element(type, props);
}
export const jsxs = jsx;

export declare namespace JSX {
  type Element = Html;
  type ElementType = string | ((props: never) => Child);
  interface ElementChildrenAttribute {
    children: Child;
  }
  /** hono's attribute types for HTML and SVG elements (its types only; rendering is html.ts). */
  interface IntrinsicElements extends HonoJSX.IntrinsicElements {
    // SVG elements and any other tag: attributes unchecked, as in hono/jsx.
    // biome-ignore lint/suspicious/noExplicitAny: attribute values of any type, as hono/jsx types them
    [tagName: string]: Record<string, any>;
  }
  interface IntrinsicAttributes {
    key?: string | number | bigint | null | undefined;
  }
}
