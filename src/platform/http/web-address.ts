/**
 * A website as people type it, completed: "example.org" or "www.example.org/path" becomes "https://example.org…"
 * (what a browser's address bar would open), "//example.org" gets "https:". Anything with a scheme of its own, or
 * that does not start like a host name, is left as typed for the schema to accept or refuse.
 */
export function completeWebAddress(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const typed = value.trim();
  if (typed === "" || /^[a-z][a-z0-9+.-]*:/i.test(typed)) return typed;
  if (typed.startsWith("//")) return `https:${typed}`;
  // A host with a dot and no spaces: letters (any script), digits and hyphens, then the rest of an address.
  if (/^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+([/?#:][^\s]*)?$/u.test(typed)) return `https://${typed}`;
  return typed;
}
