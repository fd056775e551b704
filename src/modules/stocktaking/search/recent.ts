import type { IndexKey } from "./memory.ts";

/** What finding one text cost, and serves again for the same text while the memory stays as it was. */
export interface TextWork {
  /** The text's matches: live slots in slot order (`matchedSlots`). Read only: every search of the text shares it. */
  matched: Int32Array;
  /** Relevance scores of the text's scored matches (its newest `rankedCandidates`), once a search asked for them. */
  scores?: Map<IndexKey, number>;
}

/**
 * The work of recently searched texts, until the search memory next changes. A search log repeats its words: the
 * same word with another filter, on a later page, sorted by newest. Each of those would read the word's matches
 * from the text index again (50,000 keys for a broad word, several milliseconds) and score the same newest
 * matches. Both depend on the text and the registry alone, never on filters or pages, so they are kept here and
 * dropped all at once when the registry changes (the memory's version moves on every synced change, whichever
 * instance made it). Bounded by the matches held (four bytes each) and by the texts held (each with up to
 * `rankedCandidates` scores, some 20 KB at 500), least recently used first out: at the defaults about 4 MB of
 * matches and 5 MB of scores at most.
 */
export class RecentTexts {
  private version = -1;
  private held = 0;
  /** Oldest use first: a use moves its text to the end. */
  private readonly texts = new Map<string, TextWork>();

  /**
   * @param capacity matches (slots) held at most, over every text; 0 keeps only texts without matches.
   * @param most texts held at most.
   */
  constructor(
    private readonly capacity: number,
    private readonly most = 256,
  ) {}

  get(text: string, version: number): TextWork | undefined {
    this.at(version);
    if (version !== this.version) return undefined;
    const work = this.texts.get(text);
    if (work) {
      this.texts.delete(text);
      this.texts.set(text, work);
    }
    return work;
  }

  /** Keeps the work of a text found at `version` (the memory's, when its slots were read). */
  set(text: string, version: number, work: TextWork): void {
    this.at(version);
    if (version !== this.version || work.matched.length > this.capacity) return;
    this.drop(text);
    this.texts.set(text, work);
    this.held += work.matched.length;
    for (const oldest of this.texts.keys()) {
      if (this.held <= this.capacity && this.texts.size <= this.most) break;
      this.drop(oldest);
    }
  }

  /** Texts held, and their matches in all. */
  get size(): { texts: number; matches: number } {
    return { texts: this.texts.size, matches: this.held };
  }

  private drop(text: string) {
    const work = this.texts.get(text);
    if (!work) return;
    this.texts.delete(text);
    this.held -= work.matched.length;
  }

  /** A newer memory forgets every text; work of an older one (a search that began before a sync) is not kept. */
  private at(version: number) {
    if (version <= this.version) return;
    this.texts.clear();
    this.held = 0;
    this.version = version;
  }
}
