import { type RawBuilder, sql } from "kysely";
import type { TextIndex } from "./search.ts";
import type { SearchTerms } from "./segment.ts";
import { stemAlternatives } from "./stem.ts";

// PostgreSQL: the table stocktaking_search (entry_id, search_vector tsvector, GIN index), built with the 'simple'
// configuration (no stop words, no stemming of its own: the entries are in six languages) over search_unaccent()ed
// text; each field's text is its words, then their marked stems, stemmed in the entry's language (stem.ts).

/**
 * The tsquery, built by PostgreSQL's own functions from bound parameters, never parsed from text: each word through
 * plainto_tsquery, ORed (||) with each of its marked stems (stem.ts); each phrase through phraseto_tsquery
 * (adjacent, in order), of words only, so never matching the marked stems: it stays exact. All of them ANDed.
 */
function tsquery(terms: SearchTerms): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [];
  const lexeme = (text: string) => sql`plainto_tsquery('simple', search_unaccent(${text}))`;
  for (const word of terms.words) {
    const alternatives = [word, ...stemAlternatives(word)].map(lexeme);
    parts.push(
      alternatives.length === 1
        ? (alternatives[0] as RawBuilder<unknown>)
        : sql`(${sql.join(alternatives, sql` || `)})`,
    );
  }
  for (const phrase of terms.phrases) {
    parts.push(sql`phraseto_tsquery('simple', search_unaccent(${phrase.join(" ")}))`);
  }
  return sql.join(parts, sql` && `);
}

/**
 * One field's words with its weight: title A, summary B, organization C, description D. The fields are joined
 * with ||, which numbers each field's words after the previous field's, so (unlike FTS5, whose phrases stay
 * within a column) a phrase could match the last word of one field followed by the first word of the next.
 */
function weighted(text: string, weight: "A" | "B" | "C" | "D"): RawBuilder<unknown> {
  return sql`setweight(to_tsvector('simple', search_unaccent(${text})), ${sql.lit(weight)})`;
}

export const postgresTextIndex: TextIndex = {
  async write(trx, entryId, text, facts) {
    const vector = sql.join(
      [
        weighted(text.title, "A"),
        weighted(text.summary, "B"),
        weighted(text.organizationName, "C"),
        weighted(text.description, "D"),
      ],
      sql` || `,
    );
    await sql`insert into stocktaking_search
      (entry_id, search_vector, published_at, stakeholder_type_code, project_status, start_year)
      values (${entryId}, ${vector}, ${facts.publishedAt}, ${facts.stakeholderTypeCode}, ${facts.projectStatus},
        ${facts.startYear})
      on conflict (entry_id) do update set search_vector = excluded.search_vector,
        published_at = excluded.published_at, stakeholder_type_code = excluded.stakeholder_type_code,
        project_status = excluded.project_status, start_year = excluded.start_year`.execute(trx);
  },

  async delete(trx, entryId) {
    await sql`delete from stocktaking_search where entry_id = ${entryId}`.execute(trx);
  },

  docs: sql`select key, entry_id, published_at, stakeholder_type_code, project_status, start_year
    from stocktaking_search`,

  async matches(db, terms) {
    // Integer keys (migration 0010), sorted here for the memory's merge with its sorted keys: asked to order them,
    // the planner walks the key index and tests every row's vector (105 ms for a broad word instead of 35). A broad
    // word has 50,000 matches: their rows are read as they come, not renamed to camelCase one by one (the plugin's
    // copy of every row cost more than a third of the query).
    const { rows } = await sql<{ key: number }>`select key from stocktaking_search
      where search_vector @@ (${tsquery(terms)})`.execute(db.withoutPlugins());
    return Array.from(Float64Array.from(rows, (r) => r.key).sort());
  },

  async scores(db, terms, newest) {
    // ts_rank is higher for better matches; negated so lower ranks first on both databases. Normalization 1
    // divides by the log of the length, so a short title match is not outweighed by a long description.
    const scores = new Map<number, number>();
    if (newest.length === 0) return scores;
    const { rows } = await sql<{ key: number; score: number }>`select key,
        -ts_rank(search_vector, ${tsquery(terms)}, 1) as score
      from stocktaking_search where key = any(${newest}::bigint[])`.execute(db);
    for (const row of rows) scores.set(Number(row.key), Number(row.score));
    return scores;
  },
};
