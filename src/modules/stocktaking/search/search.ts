import type { Kysely, RawBuilder } from "kysely";
import type { Database, DbHandle } from "../../../db/database.ts";
import { type IndexKey, SearchMemory } from "./memory.ts";
import { postgresTextIndex } from "./postgres.ts";
import { hitOf, type NewestCursor, newestHits, removeProjection, startYear, writeProjection } from "./projection.ts";
import { type Evaluation, evaluate, matchedSlots, newest, planOf, ranked, type SearchPlan } from "./query.ts";
import { RecentTexts, type TextWork } from "./recent.ts";
import { hitRows } from "./search.repository.ts";
import { type SearchTerms, searchableText } from "./segment.ts";
import { sqliteTextIndex } from "./sqlite.ts";
import { indexedField } from "./stem.ts";

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
  /**
   * Every published entry counted by each facet's values (an entry counts once per value), with how many have
   * at least one value of each facet: from the in-memory columns, no query beyond the sync.
   */
  counts(): Promise<RegistryCounts>;
  /** Every published entry matching the query's text and filters, in the query's order, a page of `batch` at a time, for CSV export with flat memory. */
  stream(query: Omit<SearchQuery, "page" | "pageSize">, batch?: number): AsyncIterable<SearchHit[]>;
}

export interface RegistryCounts {
  total: number;
  counts: Record<Facet, Map<string, number>>;
  /** Entries with at least one value, per facet. */
  stated: Record<Facet, number>;
}

/** An entry's searchable fields, already through searchableText(), each followed by its stems (stem.ts). */
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

/** The one part of search each database does its own way: the full-text index. The rest is portable. */
export interface TextIndex {
  /** Replaces the entry's row in the index (its stocktaking_public row exists). */
  write(trx: Kysely<Database>, entryId: string, text: IndexedText, facts: IndexedFacts): Promise<void>;
  delete(trx: Kysely<Database>, entryId: string): Promise<void>;
  /** A select of `key, entry_id, published_at, stakeholder_type_code, project_status, start_year` of every indexed entry. */
  docs: RawBuilder<unknown>;
  /** The keys of every entry whose text matches. */
  matches(db: Kysely<Database>, terms: SearchTerms): Promise<IndexKey[]>;
  /**
   * The scores of these matching entries, the newest matches of the text as the memory knows them (an index that
   * reads keys newest first may stop after those); lower ranks first.
   */
  scores(db: Kysely<Database>, terms: SearchTerms, newest: readonly IndexKey[]): Promise<Map<IndexKey, number>>;
}

export interface SearchOptions {
  /**
   * Relevance scores the newest this many matches of the text (default 500: 25 pages); those that pass the
   * filters come first by score, every other match follows newest first (query.ts, ranked). Scoring reads each
   * scored match's index entry, so a broad word (50,000 matches) scores its newest ones only. Every match still
   * has one fixed place in the order, so pages neither repeat nor skip.
   */
  rankedCandidates?: number;
  /**
   * Matches of recently searched texts kept for the next search of the same text, until the registry changes
   * (recent.ts), counted in slots over every text held (default 1,000,000: 4 MB, twenty broad words; at most 256
   * texts); 0 keeps only texts that match nothing.
   */
  recentMatches?: number;
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
  const candidates = whole(options.rankedCandidates ?? 500, 1, 100_000);
  const recent = new RecentTexts(whole(options.recentMatches ?? 1_000_000, 0, 100_000_000));
  const memory = new SearchMemory(db, textIndex.docs);

  /** The registry without text or filters (the search page as first opened), until the next change. */
  let everything: { version: number; evaluation: Evaluation } | null = null;

  let registry: { version: number; counts: RegistryCounts } | null = null;

  /** Brings the memory up to date, asks the text index (or a recent search of the text), and evaluates the plan. */
  async function evaluated(plan: SearchPlan): Promise<{ found: Evaluation; text: TextWork | null }> {
    await memory.sync();
    const all = () => {
      if (everything?.version !== memory.version) {
        everything = {
          version: memory.version,
          evaluation: evaluate(memory, { ...plan, terms: null, filters: [] }, null),
        };
      }
      return everything.evaluation;
    };
    if (!plan.terms && plan.filters.length === 0) return { found: all(), text: null };
    const text = plan.terms ? await textWork(plan.terms) : null;
    return { found: evaluate(memory, plan, text?.matched ?? null, all), text };
  }

  /** The text's matches, from the text index or from a recent search of the same text. */
  async function textWork(terms: SearchTerms): Promise<TextWork> {
    const text = JSON.stringify(terms);
    const known = recent.get(text, memory.version);
    if (known) return known;
    const keys = await textIndex.matches(db, terms);
    // The slots are those of the memory as it is now, which is the version the work belongs to.
    const work = { matched: matchedSlots(memory, keys) };
    recent.set(text, memory.version, work);
    return work;
  }

  /** The slots of one stretch of the plan's order. */
  function stretch(
    plan: SearchPlan,
    { found, text }: { found: Evaluation; text: TextWork | null },
    skip: number,
    limit: number,
  ): Promise<number[]> {
    const terms = plan.terms;
    if (plan.sort === "relevance" && terms && text) {
      return ranked(memory, found, candidates, skip, limit, async (scored) => {
        // The scored matches depend on the text alone, so all of them are scored once and kept with the text's
        // matches: a search of the same text with other filters or on another page takes its scores from there.
        if (!text.scores) text.scores = await textIndex.scores(db, terms, scored);
        return text.scores;
      });
    }
    return Promise.resolve(newest(memory, found, skip, limit));
  }

  /** The hits of these slots, in their order (an entry removed since the memory was synced is left out). */
  async function hitsOf(slots: number[]): Promise<SearchHit[]> {
    const ids = slots.map((slot) => memory.entryIds[slot] as string);
    if (ids.length === 0) return [];
    const byId = new Map((await hitRows(db, ids)).map((row) => [row.entryId, row]));
    // The lists come from the facet columns, synced at the start of this search.
    return ids.flatMap((id, i) => {
      const row = byId.get(id);
      return row ? [{ ...hitOf(row), ...memory.listsOf(slots[i] as number) }] : [];
    });
  }

  return {
    async index(trx, doc) {
      await writeProjection(trx, doc);
      await textIndex.write(
        trx,
        doc.entryId,
        {
          title: indexedField(searchableText(doc.title), doc.language),
          summary: indexedField(searchableText(doc.summary), doc.language),
          description: indexedField(searchableText(doc.description), doc.language),
          organizationName: indexedField(searchableText(doc.organizationName), doc.language),
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
      const evaluation = await evaluated(plan);
      const slots = await stretch(plan, evaluation, (page - 1) * pageSize, pageSize);
      const { total, facets } = evaluation.found;
      return { total, facets, hits: await hitsOf(slots) };
    },

    async counts() {
      const { found } = await evaluated(planOf({ filters: {}, sort: "newest", page: 1, pageSize: 1 }));
      if (registry?.version !== memory.version) {
        const counts = Object.fromEntries(
          FACETS.map((facet) => [facet, new Map(found.facets[facet].map((f) => [f.value, f.count]))]),
        ) as RegistryCounts["counts"];
        registry = { version: memory.version, counts: { total: found.total, counts, stated: memory.stated() } };
      }
      return registry.counts;
    },

    async *stream(query, batch = DEFAULT_BATCH) {
      const plan = planOf({ ...query, page: 1, pageSize: 1 });
      const size = whole(batch, 1, 10_000);
      if (!plan.terms && plan.filters.length === 0) {
        // Every entry, newest first: the database's own order, page by page, without the facet columns (which a
        // server that has not searched yet would otherwise load just for this).
        let cursor: NewestCursor | null = null;
        for (;;) {
          const hits = await newestHits(db, cursor, size);
          if (hits.length > 0) yield hits;
          if (hits.length < size) return;
          const last = hits[hits.length - 1] as SearchHit;
          cursor = { publishedAt: last.publishedAt, entryId: last.entryId };
        }
      }
      const evaluation = await evaluated(plan);
      // The whole order is fixed first (a few hundred kilobytes for 100,000 entries); the rows are read a batch
      // at a time.
      const slots = await stretch(plan, evaluation, 0, evaluation.found.total);
      for (let i = 0; i < slots.length; i += size) {
        const hits = await hitsOf(slots.slice(i, i + size));
        if (hits.length > 0) yield hits;
      }
    },
  };
}
