import { LEX } from "./data/lexicon.ts";
import { BRAND_ENDINGS } from "./data/themes.ts";
import { beneficiaries } from "./dates.ts";
import { cap, contract, formatNumber, gendered, titleCase, typeVars } from "./grammar.ts";
import type { Org } from "./organizations.ts";
import { at, chance, cumulative, pick, pickCumulative, type Rng } from "./random.ts";
import type { RareWord } from "./rare.ts";
import type { Lang, Lexicon, Status, Theme } from "./types.ts";
import { CONTROLLED, containsWord, maskOf, pickFree, pickZipf } from "./words.ts";

// Title, summary and description: templates of the entry's language filled with its theme, organisation and place.

const SLOT = /\{(?:(de|a):)?(\w+)(\?)?\}/g;

function fill(lang: Lang, tpl: string, v: Readonly<Record<string, string>>): string | null {
  let missing = false;
  let gap = false;
  const out = tpl.replace(SLOT, (_m, prep: string | undefined, key: string, optional: string | undefined) => {
    const val = v[key] ?? "";
    if (!val) {
      if (optional) gap = true;
      else missing = true;
      return "";
    }
    return prep ? contract(lang, prep as "de" | "a", val) : val;
  });
  if (missing) return null;
  return gap || lang === "zh" ? tidy(lang, out) : out;
}

function tidy(lang: Lang, s: string): string {
  if (lang === "zh") return s.replace(/项目项目/g, "项目").trim();
  // Only the spots an empty optional placeholder leaves: double spaces, and spaces before punctuation or after "(".
  return s
    .replace(/\s{2,}|\s+(?=[.,;،)])|(?<=\()\s+/g, (m: string, offset: number, all: string) =>
      all.charAt(offset - 1) === "(" || /^[.,;،)]/.test(all.slice(offset + m.length)) ? "" : " ",
    )
    .trim();
}

interface Writer {
  r: Rng;
  lang: Lang;
  lex: Lexicon;
  forbid: number;
  /** The project type already says whom it is for ("… for farmers"): no second target after it. */
  typeHasFor: boolean;
  v: Record<string, string>;
}

export function allowed(w: Writer): (s: string) => boolean {
  return (s) => (maskOf(w.lang, s) & w.forbid) === 0;
}

/** Fills one of the templates (starting at a random one) that the entry's words and values allow. */
function write(w: Writer, list: readonly string[], require?: string): string | null {
  const n = list.length;
  const start = Math.floor(w.r() * n);
  for (let j = 0; j < n; j++) {
    const tpl = at(list, (start + j) % n);
    if ((maskOf(w.lang, tpl) & w.forbid) !== 0) continue;
    if (w.typeHasFor && tpl.includes(w.lex.forTemplate)) continue;
    if (require && !tpl.includes(require)) continue;
    const out = fill(w.lang, tpl, w.v);
    if (out !== null) return out;
  }
  return null;
}

function sentenceCount(s: string): number {
  return (s.match(/[.!?](?=\s|$)|。/g) ?? []).length || 1;
}

export interface Texts {
  /** The project type the texts are about (without the gender mark). */
  type: string;
  title: string;
  summary: string;
  description: string;
}

export interface Sentence {
  text: string;
  /** Not dropped to shorten the description unless it has to be. */
  keep: boolean;
  /** Never dropped: the opening sentence, and those that carry a rare or controlled word. */
  must: boolean;
}

export function composeTexts(
  r: Rng,
  lang: Lang,
  theme: Theme,
  status: Status,
  required: number,
  org: Org,
  partner: Org | null,
  loc: { loc: string; country: string },
  dates: { start: number; end: number | null },
  rare: RareWord | null,
): Texts {
  const lex = LEX[lang];
  const tt = theme[lang];
  const words = CONTROLLED[lang];
  const forbid = ((1 << words.length) - 1) & ~required;
  const w: Writer = { r, lang, lex, forbid, typeHasFor: false, v: {} };
  const ok = allowed(w);

  const typeRaw = pickFree(r, lang, tt.t, forbid);
  const targetOf = () =>
    chance(r, 0.6) ? pickFree(r, lang, tt.g, forbid) : pickFree(r, lang, lex.targets, forbid, 0.5);
  const target = targetOf();
  let target2 = targetOf();
  for (let i = 0; i < 3 && target2 === target; i++) target2 = targetOf();
  const goalOf = () => (chance(r, 0.75) ? pickFree(r, lang, tt.o, forbid) : pickFree(r, lang, lex.goals, forbid, 0.5));
  const goal = goalOf();
  let goal2 = goalOf();
  for (let i = 0; i < 3 && goal2 === goal; i++) goal2 = goalOf();

  let brand = "";
  if (chance(r, 0.35)) {
    brand = lex.brands
      ? pick(r, lex.brands)
      : `${pick(r, theme.brands)}${pick(r, BRAND_ENDINGS)}${chance(r, 0.08) ? " 2030" : ""}`;
  }
  const startYear = new Date(dates.start).getUTCFullYear();
  w.typeHasFor = gendered(typeRaw).text.includes(`${lex.forWord} `) || (lang === "zh" && typeRaw.includes("面向"));
  const tv = typeVars(lang, typeRaw);
  // One object literal with every key (no spread), so that it keeps a fast fixed shape.
  w.v = {
    type: tv.type ?? "",
    Type: tv.Type ?? "",
    aType: tv.aType ?? "",
    AType: tv.AType ?? "",
    theType: tv.theType ?? "",
    TheType: tv.TheType ?? "",
    thisType: tv.thisType ?? "",
    e: tv.e ?? "",
    o: tv.o ?? "",
    target,
    target2,
    goal,
    goal2,
    org: org.prose,
    Org: cap(org.prose),
    partner: partner?.prose ?? "",
    Partner: partner ? cap(partner.prose) : "",
    donor: pickFree(r, lang, lex.donors, forbid, 0.6),
    loc: loc.loc,
    country: loc.country,
    year: String(startYear),
    endYear: dates.end !== null ? String(new Date(dates.end).getUTCFullYear()) : "",
    n: formatNumber(lang, beneficiaries(r)),
    unit: tt.u,
    brand,
    phase: chance(r, 0.15) ? pick(r, lex.phases) : "",
    species: rare && rare.kind !== "place" && rare.kind !== "tech" ? rare.text : "",
    tech: rare?.kind === "tech" ? rare.text : "",
  };

  // Title: an entry about a rare town names it in the title.
  let title = write(w, lex.titles, rare?.kind === "place" ? "{loc}" : undefined) ?? w.v.Type ?? typeRaw;
  if (lang === "en" && chance(r, 0.5)) title = titleCase(title);
  if (title.length > 200) title = w.v.Type ?? typeRaw;

  // Summary: one sentence, sometimes two.
  let summary = write(w, lex.summary[status]) ?? `${w.v.Type}.`;
  let usedGoal2 = false;
  if (chance(r, 0.3)) {
    const more = write(w, lex.goal2);
    if (more) {
      summary += lex.sentenceJoin + more;
      usedGoal2 = true;
    }
  }

  // Description: 2–6 sentences.
  const sentences: Sentence[] = [];
  const add = (text: string | null, keep = false, must = false) => {
    if (text) sentences.push({ text, keep, must });
  };
  add(write(w, lex.intro[status]), true, true);
  if (!usedGoal2 && chance(r, 0.5)) add(write(w, lex.goal2));
  const acts = tt.a.filter(ok);
  const act1 = pickZipf(r, acts, () => true, 0.3);
  add(act1, true);
  if (chance(r, 0.45)) {
    const act2 = pickZipf(r, acts, (s) => s !== act1, 0.3);
    if (act2 !== act1) add(act2);
  }
  if (rare && rare.kind !== "place") add(write(w, lex.rare[rare.kind]), true, true);
  if (partner && chance(r, 0.35)) add(write(w, lex.partner));
  if (chance(r, 0.3)) add(write(w, lex.donor));
  if (chance(r, 0.65)) add(write(w, lex.results[status]));
  if (chance(r, 0.25)) add(write(w, lex.focus));
  if (chance(r, 0.4)) add(pickFree(r, lang, lex.closing, forbid, 0.4));

  const target_n = pickCumulative(r, [2, 3, 4, 5, 6], cumulative([12, 25, 28, 22, 13]));
  const total = () => sentences.reduce((s, x) => s + sentenceCount(x.text), 0);
  const dropOne = (force = false) => {
    let optional = sentences.map((s, i) => (s.keep ? -1 : i)).filter((i) => i >= 0);
    if (optional.length === 0 && force) optional = sentences.map((s, i) => (s.must ? -1 : i)).filter((i) => i >= 0);
    if (optional.length === 0) return false;
    sentences.splice(pick(r, optional), 1);
    return true;
  };
  while (total() > target_n && dropOne()) {}

  // Controlled words the entry must contain but does not yet: add a sentence that carries each.
  const textOf = () => `${title}\n${summary}\n${sentences.map((s) => s.text).join(lex.sentenceJoin)}`;
  for (let i = 0; i < words.length; i++) {
    const word = at(words, i).word;
    if (!(required & (1 << i)) || containsWord(textOf(), word)) continue;
    const carrier = pickZipf(r, lex.carriers, (s) => (maskOf(lang, s) & (1 << i)) !== 0 && ok(s), 0.3);
    if (total() >= 6) dropOne(true);
    sentences.splice(1 + Math.floor(r() * sentences.length), 0, { text: carrier, keep: true, must: true });
  }

  return {
    type: gendered(typeRaw).text,
    title,
    summary,
    description: sentences.map((s) => s.text).join(lex.sentenceJoin),
  };
}
