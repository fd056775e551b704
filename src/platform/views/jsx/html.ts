/**
 * The platform's JSX, rendered straight to strings.
 *
 * Every page is built with JSX (tsconfig `jsxImportSource: "#jsx"`, package.json `imports`). An element becomes its
 * HTML the moment it is created: text and attribute values escaped, children already strings. hono/jsx, which pages
 * used before, first builds a tree of nodes and renders it later through a buffer and an async render context (for
 * async components and head hoisting, which no page here uses); the Stocktaking search page rendered that way took
 * up to twice as long (bench/README.md, "Rendering"). The output is the same markup hono/jsx wrote, attribute for
 * attribute, so pages, tests and the browser see no difference.
 *
 * What this runtime does not do, on purpose: async components (a Promise child is an error, not a hole in the page),
 * hoisting `<title>`/`<meta>` into `<head>` (pages put them there), style objects (the CSP refuses inline styles).
 */

/** Markup that is already safe: made by an element, a fragment or `raw()`. */
export class Html {
  /** hono's marker for escaped strings, so a value passed to one of its helpers is not escaped twice. */
  readonly isEscaped = true;
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** What may appear between tags: text (escaped), numbers, markup, nothing (null, undefined, booleans), lists. */
export type Child = string | number | bigint | boolean | null | undefined | Html | Child[];

/** Markup written as is. Only for text that is safe by construction, such as JSON with `<` escaped. */
export function raw(value: string): Html {
  return new Html(value);
}

const ESCAPE = /[&<>'"]/;

/** Text for HTML content or a quoted attribute value: `& < > ' "` escaped as hono/jsx escaped them. */
export function escapeHtml(text: string): string {
  const first = text.search(ESCAPE);
  if (first === -1) return text;
  let out = text.slice(0, first);
  let last = first;
  for (let i = first; i < text.length; i++) {
    let entity: string;
    switch (text.charCodeAt(i)) {
      case 34:
        entity = "&quot;";
        break;
      case 39:
        entity = "&#39;";
        break;
      case 38:
        entity = "&amp;";
        break;
      case 60:
        entity = "&lt;";
        break;
      case 62:
        entity = "&gt;";
        break;
      default:
        continue;
    }
    out += text.slice(last, i) + entity;
    last = i + 1;
  }
  return out + text.slice(last);
}

/** Elements that have no end tag. */
const VOID = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "keygen",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
]);

/** Attributes whose presence is their value: written as `name=""` when true, left out when false. */
const BOOLEAN = new Set([
  "allowfullscreen",
  "async",
  "autofocus",
  "autoplay",
  "checked",
  "controls",
  "default",
  "defer",
  "disabled",
  "download",
  "formnovalidate",
  "hidden",
  "inert",
  "ismap",
  "itemscope",
  "loop",
  "multiple",
  "muted",
  "nomodule",
  "novalidate",
  "open",
  "playsinline",
  "readonly",
  "required",
  "reversed",
  "selected",
]);

/** React spellings of attribute names, written as HTML spells them. */
const RENAMED = new Map([
  ["className", "class"],
  ["htmlFor", "for"],
  ["crossOrigin", "crossorigin"],
  ["httpEquiv", "http-equiv"],
  ["itemProp", "itemprop"],
  ["fetchPriority", "fetchpriority"],
  ["noModule", "nomodule"],
  ["formAction", "formaction"],
]);

// The characters HTML does not allow in a name (hono/jsx checked the same).
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses
const VALID_NAME = /^[^\s"'<>/=`\\\x00-\x1f\x7f-\x9f]+$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses
const VALID_TAG = /^(?![!?])[^\s"'<>/=`\\\x00-\x1f\x7f-\x9f]*$/;
const checkedTags = new Set<string>();
const checkedNames = new Set<string>();

function validTag(tag: string): boolean {
  if (checkedTags.has(tag)) return true;
  if (!VALID_TAG.test(tag)) return false;
  if (checkedTags.size < 256) checkedTags.add(tag);
  return true;
}

function validName(name: string): boolean {
  if (checkedNames.has(name)) return true;
  if (!VALID_NAME.test(name)) return false;
  if (checkedNames.size < 1024) checkedNames.add(name);
  return true;
}

/** `child` appended to `out` as markup. */
export function appendChild(out: string, child: unknown): string {
  if (typeof child === "string") return out + escapeHtml(child);
  if (child instanceof Html) return out + child.value;
  if (child === null || child === undefined || typeof child === "boolean") return out;
  if (typeof child === "number" || typeof child === "bigint") return out + child;
  if (Array.isArray(child)) {
    let result = out;
    for (const each of child) result = appendChild(result, each);
    return result;
  }
  // A string made by hono's raw() (hono/html), already escaped.
  if (child instanceof String && (child as string & { isEscaped?: boolean }).isEscaped) return out + child;
  if (child instanceof Promise) throw new TypeError("JSX: async components are not supported; await the data first");
  throw new TypeError(`JSX: a child cannot be ${Object.prototype.toString.call(child)}`);
}

function attributes(tag: string, props: Record<string, unknown>): string {
  let out = "";
  for (const key in props) {
    if (key === "children" || key === "ref" || key === "key" || key === "dangerouslySetInnerHTML") continue;
    const value = props[key];
    if (value === null || value === undefined) continue;
    const name = RENAMED.get(key) ?? key;
    if (!validName(name)) continue;
    switch (typeof value) {
      case "string":
        out += ` ${name}="${escapeHtml(value)}"`;
        break;
      case "number":
        out += ` ${name}="${value}"`;
        break;
      case "boolean":
        if (BOOLEAN.has(name)) {
          if (value) out += ` ${name}=""`;
        } else {
          out += ` ${name}="${value}"`;
        }
        break;
      case "function":
        if (!name.startsWith("on")) throw new TypeError(`JSX: <${tag}> ${name} cannot be a function`);
        break;
      default:
        if (value instanceof String && (value as string & { isEscaped?: boolean }).isEscaped) {
          out += ` ${name}="${value}"`;
        } else if (name === "style") {
          throw new TypeError(`JSX: <${tag}> style objects are not supported (the CSP refuses inline styles)`);
        } else {
          out += ` ${name}="${escapeHtml(String(value))}"`;
        }
    }
  }
  return out;
}

type Component = (props: Record<string, unknown>) => unknown;

/** One element or component, rendered now. */
export function element(type: string | Component, props: Record<string, unknown>): Html {
  if (typeof type === "function") return new Html(appendChild("", type(props)));
  if (!validTag(type)) throw new TypeError(`JSX: invalid tag name ${JSON.stringify(type)}`);
  const inner = props.dangerouslySetInnerHTML as { __html?: unknown } | undefined;
  const children = inner && typeof inner === "object" && "__html" in inner ? raw(String(inner.__html)) : props.children;
  const open = `<${type}${attributes(type, props)}`;
  if (VOID.has(type) && (children === undefined || (Array.isArray(children) && children.length === 0))) {
    return new Html(`${open}/>`);
  }
  return new Html(`${appendChild(`${open}>`, children)}</${type}>`);
}

/** `<>…</>`: its children, no element around them. */
export function Fragment(props: { children?: Child }): Html {
  return new Html(appendChild("", props.children));
}
