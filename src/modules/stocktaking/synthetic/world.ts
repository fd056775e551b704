import { makeOrg, type Org, STAKEHOLDER_WEIGHTS } from "./organizations.ts";
import { at, cumulative, pickCumulative, type Rng, shuffle } from "./random.ts";
import { RARE, type RareWord } from "./rare.ts";
import type { Lang } from "./types.ts";
import { LANGS, LANGUAGE_SHARES, LATIN } from "./words.ts";

// What a run of entries shares: the organisation pool, and the rare words handed out in turn.

/** About 3,200 organisations across the six languages; entries pick them with a Zipf-like skew. */
const ORG_POOL_SIZE = 3200;

export interface World {
  orgs: Record<Lang, Org[]>;
  orgCum: Record<Lang, number[]>;
  local: Record<Lang, Map<string, Org[]>>;
  rare: { latin: RareWord[]; other: RareWord[]; latinAt: number; otherAt: number };
}

export function buildWorld(r: Rng): World {
  const orgs = {} as Record<Lang, Org[]>;
  const orgCum = {} as Record<Lang, number[]>;
  const local = {} as Record<Lang, Map<string, Org[]>>;
  const taken = new Set<string>();
  for (const lang of LANGS) {
    const n = Math.round((ORG_POOL_SIZE * LANGUAGE_SHARES[lang]) / 100);
    const list: Org[] = [];
    for (let i = 0; i < n; i++) {
      const type = pickCumulative(r, STAKEHOLDER_WEIGHTS.items, STAKEHOLDER_WEIGHTS.cum);
      const org = makeOrg(r, lang, type, taken);
      if (org) list.push(org);
    }
    orgs[lang] = list;
    orgCum[lang] = cumulative(list.map((_, i) => 1 / (i + 4) ** 0.9));
    const byCountry = new Map<string, Org[]>();
    for (const o of list) {
      if (!o.home) continue;
      const l = byCountry.get(o.home) ?? [];
      l.push(o);
      byCountry.set(o.home, l);
    }
    local[lang] = byCountry;
  }
  return {
    orgs,
    orgCum,
    local,
    rare: {
      latin: shuffle(r, RARE),
      other: shuffle(
        r,
        RARE.filter((w) => w.kind !== "place"),
      ),
      latinAt: 0,
      otherAt: 0,
    },
  };
}

export function nextRare(w: World, lang: Lang): RareWord {
  const rr = w.rare;
  if (LATIN.has(lang)) {
    const word = at(rr.latin, rr.latinAt % rr.latin.length);
    rr.latinAt++;
    return word;
  }
  const word = at(rr.other, rr.otherAt % rr.other.length);
  rr.otherAt++;
  return word;
}

export function pickOrg(r: Rng, w: World, lang: Lang): Org {
  return pickCumulative(r, w.orgs[lang], w.orgCum[lang]);
}
