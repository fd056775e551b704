// The development form of the runtime (tsx compiles JSX with it): the same rendering, see html.ts.
import { jsx } from "./jsx-runtime.ts";

export { Fragment, type JSX } from "./jsx-runtime.ts";
export const jsxDEV = jsx;
