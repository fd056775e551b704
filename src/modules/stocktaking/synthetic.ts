import type { EntryInput } from "./stocktaking.schema.ts";
import { contactFor, websiteFor } from "./synthetic/contacts.ts";
import { datesFor, isoDay } from "./synthetic/dates.ts";
import { pickGeo, placeText } from "./synthetic/geography.ts";
import type { Org } from "./synthetic/organizations.ts";
import { chance, mixSeed, mulberry32, pick, pickCumulative, type Rng, weighted } from "./synthetic/random.ts";
import { RARE_RATE } from "./synthetic/rare.ts";
import { composeTexts } from "./synthetic/texts.ts";
import { linesFor, sdgsFor, THEME_PICK, themeByKey } from "./synthetic/themes.ts";
import type { Status } from "./synthetic/types.ts";
import { CONTROLLED, LANGS, LANGUAGE_SHARES } from "./synthetic/words.ts";
import { buildWorld, nextRare, pickOrg, type World } from "./synthetic/world.ts";

export { RARE_WORDS } from "./synthetic/rare.ts";
export { BROAD_WORD, BROAD_WORDS, containsWord, LANGUAGE_SHARES } from "./synthetic/words.ts";

/**
 * Synthetic WSIS Stocktaking entries for demos and search benchmarks.
 *
 * `syntheticEntries(count, seed)` streams entries that look and behave like the real registry: six languages in
 * the registry's proportions, each text written in its own language from phrase banks; organisations reused
 * across entries; countries weighted by region and language; Action Lines that fit the project's theme, with
 * SDGs and targets taken from what the WSIS–SDG matrix links to those lines.
 *
 * Word frequencies are controlled where a benchmark depends on them:
 * - `BROAD_WORDS[lang]` occurs in about half of the entries of that language, and `BROAD_WORD` in about half of
 *   all entries (it is used in English, French and Spanish texts);
 * - each of `RARE_WORDS` (names of towns, species and technologies) is handed out in turn, so that every one occurs
 *   at least once from about 13,000 entries on, and each in a dozen or two of 100,000 entries (well under 0.1%).
 *
 * Missing optional text fields are "" (what a form submits); `EntryInput.parse` turns them into null.
 * Deterministic for a given seed; no Math.random and no dependency.
 *
 * The generator's parts are in synthetic/, by what they make (organisations, places, texts, dates, contacts); the
 * word banks they draw from are in synthetic/data/.
 */

export type SyntheticEntry = EntryInput & { externalId: string; publishedAt: string };

const LANG_PICK = weighted(LANGS.map((l) => [l, LANGUAGE_SHARES[l]] as const));

const STATUS_PICK = weighted<Status>([
  ["planned", 10],
  ["ongoing", 50],
  ["completed", 40],
]);

function makeEntry(w: World, r: Rng, index: number): SyntheticEntry {
  const lang = pickCumulative(r, LANG_PICK.items, LANG_PICK.cum);
  const rare = chance(r, RARE_RATE) ? nextRare(w, lang) : null;

  let org = pickOrg(r, w, lang);
  if (rare?.kind === "place" && rare.country && org.named && org.home !== rare.country) {
    const local = w.local[lang].get(rare.country);
    if (local && chance(r, 0.7)) org = pick(r, local);
    else for (let i = 0; i < 20 && org.named && org.home !== rare.country; i++) org = pickOrg(r, w, lang);
  }
  // The theme: what a rare species or tool implies, else mostly what the organisation's name suggests.
  const theme = rare?.themes
    ? themeByKey(pick(r, rare.themes))
    : org.themes && chance(r, 0.7)
      ? themeByKey(pick(r, org.themes))
      : pickCumulative(r, THEME_PICK.items, THEME_PICK.cum);
  const status = pickCumulative(r, STATUS_PICK.items, STATUS_PICK.cum);

  let required = 0;
  CONTROLLED[lang].forEach((c, i) => {
    if (chance(r, c.p)) required |= 1 << i;
  });

  const geo = pickGeo(r, lang, org, rare);
  // A partner from the same country, or one that is not tied to another country.
  let partner: Org | null = null;
  const home = geo.countries[0];
  const locals = home ? w.local[lang].get(home) : undefined;
  if (locals && chance(r, 0.5)) partner = pick(r, locals);
  for (let i = 0; i < 6 && !partner; i++) {
    const p = pickOrg(r, w, lang);
    if (!p.named || p.home === home) partner = p;
  }
  if (partner === org) partner = null;

  const loc = placeText(r, lang, geo.place);
  const dates = datesFor(r, status);
  const actionLines = linesFor(r, theme);
  const { sdgs, targets } = sdgsFor(r, actionLines, theme);
  const texts = composeTexts(r, lang, theme, status, required, org, partner, loc, dates, rare);
  const contact = contactFor(r, lang);

  return {
    externalId: `synthetic-${String(index + 1).padStart(6, "0")}`,
    publishedAt: new Date(dates.published).toISOString(),
    title: texts.title,
    summary: texts.summary,
    description: texts.description,
    organizationName: org.name,
    stakeholderTypeCode: org.type,
    scope: geo.scope,
    projectStatus: status,
    startDate: isoDay(dates.start),
    endDate: dates.end === null ? "" : isoDay(dates.end),
    website: websiteFor(r, org, lang, texts.type),
    contactName: contact.name,
    contactEmail: contact.email,
    language: lang,
    countries: geo.countries,
    actionLines,
    sdgs,
    targets,
  };
}

/**
 * Streams `count` synthetic Stocktaking entries, deterministically for `seed`. Memory stays flat however many are
 * drawn: only the organisation pool (about 3,200 names) is kept.
 */
export function* syntheticEntries(count: number, seed = 1): Generator<SyntheticEntry> {
  const r = mulberry32(mixSeed(seed));
  const world = buildWorld(r);
  for (let i = 0; i < count; i++) yield makeEntry(world, r, i);
}
