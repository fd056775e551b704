/**
 * A name in the reader's language from a translations column (a JSON object locale → text), falling back to the
 * plain one when the column is empty, unreadable, or has nothing for that language. Tracks, rooms, categories and
 * session types store their names this way.
 */
export function localized(plain: string, translations: string | null, locale: string): string {
  if (!translations) return plain;
  try {
    const names = JSON.parse(translations) as unknown;
    if (names === null || typeof names !== "object" || Array.isArray(names)) return plain;
    const name = (names as Record<string, unknown>)[locale];
    return typeof name === "string" && name !== "" ? name : plain;
  } catch {
    return plain;
  }
}
