import { sql } from "kysely";
import type { TextIndex } from "./search.ts";
import type { SearchTerms } from "./segment.ts";

// SQLite: the FTS5 table stocktaking_search (contentless, unicode61 remove_diacritics 2), keyed by the integer
// stocktaking_search_doc gives each public entry (migration 0004).

/** Title counts most, then summary, organization, description (bm25 weights, in the table's column order). */
const BM25 = sql`bm25(stocktaking_search, 10.0, 4.0, 1.0, 2.0)`;

/**
 * An FTS5 query built only from quoted strings: every word and phrase is a string, joined by AND. The tokens hold
 * letters, digits and marks only (segment.ts); the quote is doubled anyway so no input can become FTS5 syntax.
 */
export function ftsQuery(terms: SearchTerms): string {
  const quoted = (s: string) => `"${s.replaceAll('"', '""')}"`;
  return [...terms.words.map(quoted), ...terms.phrases.map((p) => quoted(p.join(" ")))].join(" AND ");
}

export const sqliteTextIndex: TextIndex = {
  async write(trx, entryId, text, facts) {
    const { rows } = await sql<{ id: number }>`insert into stocktaking_search_doc
      (entry_id, published_at, stakeholder_type_code, project_status, start_year)
      values (${entryId}, ${facts.publishedAt}, ${facts.stakeholderTypeCode}, ${facts.projectStatus}, ${facts.startYear})
      on conflict (entry_id) do update set published_at = excluded.published_at,
        stakeholder_type_code = excluded.stakeholder_type_code, project_status = excluded.project_status,
        start_year = excluded.start_year
      returning id`.execute(trx);
    const id = rows[0]?.id;
    if (id === undefined) throw new Error(`stocktaking search: no index key for entry ${entryId}`);
    await sql`delete from stocktaking_search where rowid = ${id}`.execute(trx);
    await sql`insert into stocktaking_search (rowid, title, summary, description, organization_name)
      values (${id}, ${text.title}, ${text.summary}, ${text.description}, ${text.organizationName})`.execute(trx);
  },

  async delete(trx, entryId) {
    // The trigger stocktaking_search_doc_deleted removes the FTS5 row with its key.
    await sql`delete from stocktaking_search_doc where entry_id = ${entryId}`.execute(trx);
  },

  matching(terms) {
    return sql`select d.entry_id, d.published_at, d.stakeholder_type_code, d.project_status, d.start_year
      from stocktaking_search
      join stocktaking_search_doc d on d.id = stocktaking_search.rowid
      where stocktaking_search match ${ftsQuery(terms)}`;
  },

  scored(terms, among) {
    // bm25 is lower for better matches, as the order wants.
    return sql`select d.entry_id, ${BM25} as score from stocktaking_search
      join stocktaking_search_doc d on d.id = stocktaking_search.rowid
      where stocktaking_search match ${ftsQuery(terms)} and d.entry_id in (${among})`;
  },
};
