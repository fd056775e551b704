import { type RawBuilder, sql } from "kysely";

/** A LIKE pattern for "contains `text`", with the wildcard characters in `text` taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
}

/**
 * `column LIKE pattern ESCAPE '\'`. SQLite's LIKE has no escape character unless one is named, PostgreSQL's is
 * the backslash: naming it makes both take `containsPattern`'s escapes the same way.
 */
export function likeEscaped(column: RawBuilder<unknown>, pattern: string): RawBuilder<boolean> {
  return sql<boolean>`${column} like ${pattern} escape '\\'`;
}
