import type { Kysely, RawBuilder } from "kysely";
import type { Database, DbHandle } from "../../../db/database.ts";
import { postgresTextIndex } from "./postgres.ts";
import { removeProjection, startYear, withLinks, writeProjection } from "./projection.ts";
import { facetCounts, nthNewest, planOf, rankedRows, recentRows, type SearchPlan } from "./query.ts";
import { type SearchTerms, searchableText } from "./segment.ts";
import { sqliteTextIndex } from "./sqlite.ts";

/** The latest published version of an entry, as search stores it. */
export interface PublicEntryDocument {
  entryId: string;
  version: number;
  title: string;
  summary: string;
  description: string;
  organizationName: string;
  stakeholderTypeCode: string | null;
  scope: string | null;
  projectStatus: string | null;
  startDate: string | null;
  endDate: string | null;
  website: string | null;
  language: string;
  publishedAt: string;
  countries: string[];
  actionLines: string[];
  sdgs: number[];
}

export const FACETS = ["actionLine", "sdg", "region", "country", "stakeholderType", "status", "year"] as const;
export type Facet = (typeof FACETS)[number];

export interface SearchQuery {
  /** What a person typed; may contain quotes for a phrase: "digital skills". */
  text?: string;
  /** region = ITU-D region code (country.itu_region); status = project_status; year = start year. */
  filters: Partial<Record<Facet, string[]>>;
  /** Relevance is only meaningful with text; without text, newest. */
  sort: "relevance" | "newest";
  /** 1-based. */
  page: number;
  /** ≤ 100. */
  pageSize: number;
}

export interface SearchHit {
  entryId: string;
  title: string;
  summary: string;
  organizationName: string;
  stakeholderTypeCode: string | null;
  projectStatus: string | null;
  startYear: number | null;
  publishedAt: string;
  countries: string[];
  actionLines: string[];
  sdgs: number[];
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
  facets: Record<Facet, { value: string; count: number }[]>;
}

export interface StocktakingSearch {
  /** Writes/replaces the entry in stocktaking_public, its link tables and the search index. Called inside the caller's transaction. */
  index(trx: Kysely<Database>, doc: PublicEntryDocument): Promise<void>;
  /** Removes it from all of them. */
  remove(trx: Kysely<Database>, entryId: string): Promise<void>;
  search(query: SearchQuery): Promise<SearchResult>;
  /** Every published entry matching the query's text and filters, in the query's order, a page of `batch` at a time, for CSV export with flat memory. */
  stream(query: Omit<SearchQuery, "page" | "pageSize">, batch?: number): AsyncIterable<SearchHit[]>;
}

/** An entry's searchable fields, already through searchableText(). */
export interface IndexedText {
  title: string;
  summary: string;
  description: string;
  organizationName: string;
}

/** The columns search filters and orders on, kept in the index next to the words (query.ts explains why). */
export interface IndexedFacts {
  publishedAt: string;
  stakeholderTypeCode: string | null;
  projectStatus: string | null;
  startYear: number | null;
}

/** The one part of search each database does its own way: the full-text index. The rest is portable SQL. */
export interface TextIndex {
  /** Replaces the entry's row in the index (its stocktaking_public row exists). */
  write(trx: Kysely<Database>, entryId: string, text: IndexedText, facts: IndexedFacts): Promise<void>;
  delete(trx: Kysely<Database>, entryId: string): Promise<void>;
  /**
   * A select of `entry_id, published_at, stakeholder_type_code, project_status, start_year` for every entry whose
   * text matches.
   */
  matching(terms: SearchTerms): RawBuilder<unknown>;
  /** A select of `entry_id, score` for the entries of `among` (a select of entry_id); lower scores rank first. */
  scored(terms: SearchTerms, among: RawBuilder<unknown>): RawBuilder<unknown>;
}

export interface SearchOptions {
  /**
   * Relevance ranks at most this many matches: the newest ones. A broad word is where time goes (STACK.md):
   * scoring reads each match's index entry (on PostgreSQL its whole tsvector), so a broad word ranks its newest
   * matches and lists the older ones after them, newest first. Every match still has one fixed place in the
   * order, so pages neither repeat nor skip.
   */
  rankedCandidates?: number;
}

const MAX_PAGE_SIZE = 100;
const DEFAULT_BATCH = 500;

function whole(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, Math.floor(value))) : min;
}

export function createStocktakingSearch(
  db: Kysely<Database>,
  dialect: DbHandle["dialect"],
  options: SearchOptions = {},
): StocktakingSearch {
  const textIndex = dialect === "sqlite" ? sqliteTextIndex : postgresTextIndex;
  const candidates = whole(options.rankedCandidates ?? 2000, 1, 100_000);

  const rows = (plan: SearchPlan, limit: number, offset: number) =>
    plan.sort === "relevance"
      ? rankedRows(db, textIndex, plan, candidates, limit, offset)
      : recentRows(db, textIndex, plan, limit, offset, null);

  return {
    async index(trx, doc) {
      await writeProjection(trx, doc);
      await textIndex.write(
        trx,
        doc.entryId,
        {
          title: searchableText(doc.title),
          summary: searchableText(doc.summary),
          description: searchableText(doc.description),
          organizationName: searchableText(doc.organizationName),
        },
        {
          publishedAt: doc.publishedAt,
          stakeholderTypeCode: doc.stakeholderTypeCode,
          projectStatus: doc.projectStatus,
          startYear: startYear(doc.startDate),
        },
      );
    },

    async remove(trx, entryId) {
      await textIndex.delete(trx, entryId);
      await removeProjection(trx, entryId);
    },

    async search(query) {
      const plan = planOf(query);
      const pageSize = whole(query.pageSize, 1, MAX_PAGE_SIZE);
      const page = whole(query.page, 1, Number.MAX_SAFE_INTEGER / MAX_PAGE_SIZE);
      const [counts, pageRows] = await Promise.all([
        facetCounts(db, textIndex, plan),
        rows(plan, pageSize, (page - 1) * pageSize),
      ]);
      return { total: counts.total, facets: counts.facets, hits: await withLinks(db, pageRows) };
    },

    async *stream(query, batch = DEFAULT_BATCH) {
      const plan = planOf({ ...query, page: 1, pageSize: 1 });
      const size = whole(batch, 1, 10_000);
      let after: { publishedAt: string; entryId: string } | null = null;
      if (plan.sort === "relevance") {
        // The ranked head of the order is bounded by `candidates`; it is read by offset.
        for (let offset = 0; offset < candidates; offset += size) {
          const limit = Math.min(size, candidates - offset);
          const head = await rankedRows(db, textIndex, plan, candidates, limit, offset);
          if (head.length > 0) yield await withLinks(db, head);
          if (head.length < limit) return;
        }
        // The tail is every older match, newest first: read from the oldest ranked candidate on by key.
        after = await nthNewest(db, textIndex, plan, candidates);
        if (!after) return;
      }
      for (;;) {
        const tail = await recentRows(db, textIndex, plan, size, 0, after);
        if (tail.length > 0) yield await withLinks(db, tail);
        const last = tail.at(-1);
        if (!last || tail.length < size) return;
        after = { publishedAt: last.publishedAt, entryId: last.entryId };
      }
    },
  };
}
