import type SQLite from "better-sqlite3";
import { type Kysely, sql } from "kysely";
import { type Database, sqliteConnectionOf } from "../../../db/database.ts";
import type { TextIndex } from "./search.ts";
import type { SearchTerms } from "./segment.ts";
import { stemAlternatives } from "./stem.ts";

// SQLite: the FTS5 table stocktaking_search (contentless, unicode61 remove_diacritics 2), keyed by the integer
// stocktaking_search_doc gives each public entry (migration 0004). Each column holds the field's words, then their
// marked stems (stem.ts).

/** Title counts most, then summary, organization, description (bm25 weights, in the table's column order). */
const BM25 = sql`bm25(stocktaking_search, 10.0, 4.0, 1.0, 2.0)`;

/**
 * An FTS5 query built only from quoted strings: each word is the word or any of its marked stems (stem.ts), a
 * bracketed OR of strings; each phrase is one string of its words; all joined by AND. A phrase is only words, so it
 * matches the words of a field, never its stems, which are marked: it stays exact. The tokens hold letters, digits
 * and marks only (segment.ts); the quote is doubled anyway so no input can become FTS5 syntax.
 */
export function ftsQuery(terms: SearchTerms): string {
  const quoted = (s: string) => `"${s.replaceAll('"', '""')}"`;
  const word = (w: string) => {
    const stems = stemAlternatives(w);
    return stems.length === 0 ? quoted(w) : `(${[w, ...stems].map(quoted).join(" OR ")})`;
  };
  return [...terms.words.map(word), ...terms.phrases.map((p) => quoted(p.join(" ")))].join(" AND ");
}

/** Keys per second of publication time: key = seconds × 2^20 + a free number (exact in a double until 2255). */
const PER_SECOND = 2 ** 20;

/**
 * The entry's index key, made from its publication time so that key order is publication order: relevance scores
 * the newest matches, and FTS5 finds a rowid range inside its doclists without reading the others (see scores).
 * Within one second keys follow the order of writing; past 2^20 entries in one second, the next second's keys.
 */
async function freshKey(trx: Kysely<Database>, publishedAt: string): Promise<number> {
  const second = Math.floor(Date.parse(publishedAt) / 1000);
  for (let base = (Number.isFinite(second) ? second : 0) * PER_SECOND; ; base += PER_SECOND) {
    const { rows } = await sql<{ top: number | null }>`select max(id) as top from stocktaking_search_doc
      where id >= ${base} and id < ${base + PER_SECOND}`.execute(trx);
    const top = rows[0]?.top ?? null;
    if (top === null) return base;
    if (top + 1 < base + PER_SECOND) return top + 1;
  }
}

const matchStatements = new WeakMap<SQLite.Database, SQLite.Statement>();

export const sqliteTextIndex: TextIndex = {
  async write(trx, entryId, text, facts) {
    // A new key on every write (the old row and its words go first: the trigger stocktaking_search_doc_deleted
    // removes the FTS5 row), so a re-published entry moves to its new place in key order.
    await sql`delete from stocktaking_search_doc where entry_id = ${entryId}`.execute(trx);
    const id = await freshKey(trx, facts.publishedAt);
    await sql`insert into stocktaking_search_doc
      (id, entry_id, published_at, stakeholder_type_code, project_status, start_year)
      values (${id}, ${entryId}, ${facts.publishedAt}, ${facts.stakeholderTypeCode}, ${facts.projectStatus},
        ${facts.startYear})`.execute(trx);
    await sql`insert into stocktaking_search (rowid, title, summary, description, organization_name)
      values (${id}, ${text.title}, ${text.summary}, ${text.description}, ${text.organizationName})`.execute(trx);
  },

  async delete(trx, entryId) {
    // The trigger stocktaking_search_doc_deleted removes the FTS5 row with its key.
    await sql`delete from stocktaking_search_doc where entry_id = ${entryId}`.execute(trx);
  },

  docs: sql`select id as key, entry_id, published_at, stakeholder_type_code, project_status, start_year
    from stocktaking_search_doc`,

  async matches(db, terms) {
    // In ascending rowid order (FTS5's own), which the memory's merge relies on. A broad word has 50,000 keys:
    // read as one plain array from the connection itself rather than as one object per row.
    const connection = sqliteConnectionOf(db);
    if (connection) {
      let statement = matchStatements.get(connection);
      if (!statement) {
        statement = connection
          .prepare("select rowid from stocktaking_search where stocktaking_search match ? order by rowid")
          .pluck();
        matchStatements.set(connection, statement);
      }
      return statement.all(ftsQuery(terms)) as number[];
    }
    const { rows } = await sql<{ key: number }>`select rowid as key from stocktaking_search
      where stocktaking_search match ${ftsQuery(terms)} order by rowid`.execute(db.withoutPlugins());
    return rows.map((r) => r.key);
  },

  async scores(db, terms, newest) {
    // Only the newest matches' range of keys is scored, not every match: keys follow publication time (freshKey).
    // FTS5 reads a doclist newest first and stops after LIMIT rows, so the limit is the number of matches the
    // memory knows in that range. (A rowid range alone does not stop it: read upwards it walks the doclist from its
    // start, downwards past the range's lower end, 2-3 ms more for a broad word.) Should the index hold a match the
    // memory does not know yet, so that the limit falls short of a wanted key, the range is read again without
    // one. bm25 is lower for better matches, as the order wants.
    const scores = new Map<number, number>();
    if (newest.length === 0) return scores;
    const wanted = new Set(newest);
    const low = Math.min(...newest);
    const high = Math.max(...newest);
    const limit = newest.length;
    const read = async (bounded: boolean) => {
      const { rows } = await sql<{ key: number; score: number }>`select rowid as key, ${BM25} as score
        from stocktaking_search where stocktaking_search match ${ftsQuery(terms)}
        and rowid >= ${low} and rowid <= ${high} order by rowid desc
        ${bounded ? sql`limit ${limit}` : sql``}`.execute(db.withoutPlugins());
      for (const row of rows) if (wanted.has(row.key)) scores.set(row.key, row.score);
    };
    await read(true);
    if (scores.size < wanted.size) await read(false);
    return scores;
  },
};
