/**
 * A light Arabic stemmer (after Larkey, Ballesteros and Connell's "light10", which stems no roots): it strips the
 * clitics written onto a word and the commonest suffixes, so that تعليم, التعليم, والتعليم, بالتعليم and للتعليم are
 * one word. Input is already through searchableText() (no short vowels or tatweel, hamza-carrying alef read as alef).
 *
 * - The article with what is written before it: ال, وال, فال, بال, كال, لل, وبال, ولل … is stripped; a bare ال
 *   may also be the word's own first letters (إلكتروني, electronic, reads الكتروني), so that word keeps its whole
 *   reading as well.
 * - Without the article, a leading و ف ب ك ل may be a conjunction or preposition (وتعليم "and education") or the
 *   word's own first letter (وزارة ministry, برنامج programme, كتاب book, فريق team, لجنة committee). Nothing here can
 *   tell which, so the word is stemmed both ways and both stems are kept: on the index side and on the query side
 *   alike, so وزارة still finds الوزارة (whose article leaves وزارة whole) and تعليم finds وتعليم. Stripping the
 *   letter always (as Snowball's Arabic stemmer does) would part برنامج from البرنامج and بيانات from البيانات.
 * - Suffixes (light10's list, each once, in order): ها ان ات ون ين يه ية ه ة ي, keeping at least two letters.
 *
 * Every Arabic letter is written as an escape: one character outside ASCII in a regular expression would make the
 * whole server bundle a two-byte string in memory (segment.ts).
 */

const ALEF_MAQSURA = /\u0649/g; // ى, read as ي
const TEH_MARBUTA = /\u0629/g; // ة, read as ه

/** (و|ف)? (ب|ك|ل)? ال + at least two letters, or (و|ف)? لل + at least two letters (ل + ال is written لل). */
const ARTICLE = /^[\u0648\u0641]?(?:[\u0628\u0643\u0644]?\u0627\u0644|\u0644\u0644)(.{2,})$/u;
/** A single proclitic letter: و ف ب ك ل. */
const PROCLITIC = /^[\u0648\u0641\u0628\u0643\u0644]/u;

/** ها ان ات ون ين يه ه ي (ية and ة are يه and ه once teh marbuta is read as heh). */
const SUFFIXES = [
  "\u0647\u0627",
  "\u0627\u0646",
  "\u0627\u062a",
  "\u0648\u0646",
  "\u064a\u0646",
  "\u064a\u0647",
  "\u0647",
  "\u064a",
];

function withoutSuffixes(word: string): string {
  let stem = word;
  for (const suffix of SUFFIXES) {
    if (stem.length >= suffix.length + 2 && stem.endsWith(suffix)) stem = stem.slice(0, -suffix.length);
  }
  return stem;
}

/** The stems of one Arabic word: one, or two when a leading letter may or may not be a proclitic. */
export function arabicStems(word: string): string[] {
  const normal = word.replace(ALEF_MAQSURA, "\u064a").replace(TEH_MARBUTA, "\u0647");
  const article = ARTICLE.exec(normal);
  if (article) {
    const stem = withoutSuffixes(article[1] as string);
    // A bare ال may be the word's own letters (إلكتروني electronic, read الكتروني): that reading is kept too.
    if (!normal.startsWith("\u0627\u0644") || normal.startsWith("\u0627\u0644\u0627\u0644")) return [stem];
    const whole = withoutSuffixes(normal);
    return whole === stem ? [stem] : [stem, whole];
  }
  const whole = withoutSuffixes(normal);
  // At least three letters must remain once the letter is gone: لغة is not ل + غة.
  if (!PROCLITIC.test(normal) || normal.length < 4) return [whole];
  const stripped = withoutSuffixes(normal.slice(1));
  return stripped === whole ? [whole] : [whole, stripped];
}
