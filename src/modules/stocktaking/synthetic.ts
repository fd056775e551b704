import type { Locale } from "../../platform/i18n/locale.ts";
import { COUNTRIES, type ItuRegion } from "../../reference/data/countries.ts";
import matrixFile from "../../reference/data/wsis-sdg-matrix.json" with { type: "json" };
import type { EntryInput } from "./stocktaking.schema.ts";

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
 */

export type SyntheticEntry = EntryInput & { externalId: string; publishedAt: string };

type Lang = Locale;
type Rng = () => number;

// ---------------------------------------------------------------------------------------------------------------
// Random numbers

/** mulberry32: a small, fast 32-bit PRNG; good enough for synthetic data. */
function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mixSeed(seed: number): number {
  let h = Math.imul((Math.trunc(seed) ^ 0x9e3779b9) >>> 0, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function at<T>(list: readonly T[], i: number): T {
  const v = list[i];
  if (v === undefined) throw new Error(`synthetic: index ${i} out of range (${list.length})`);
  return v;
}

function pick<T>(r: Rng, list: readonly T[]): T {
  return at(list, Math.floor(r() * list.length));
}

function chance(r: Rng, p: number): boolean {
  return r() < p;
}

function intBetween(r: Rng, lo: number, hi: number): number {
  return lo + Math.floor(r() * (hi - lo + 1));
}

/** Picks by weight; `weights` is a cumulative table built by `cumulative`. */
function pickCumulative<T>(r: Rng, items: readonly T[], cum: readonly number[]): T {
  const total = at(cum, cum.length - 1);
  const x = r() * total;
  let lo = 0;
  let hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at(cum, mid) > x) hi = mid;
    else lo = mid + 1;
  }
  return at(items, lo);
}

function cumulative(weights: readonly number[]): number[] {
  let s = 0;
  return weights.map((w) => {
    s += w;
    return s;
  });
}

function weighted<T>(pairs: readonly (readonly [T, number])[]): { items: T[]; cum: number[] } {
  return { items: pairs.map((p) => p[0]), cum: cumulative(pairs.map((p) => p[1])) };
}

function shuffle<T>(r: Rng, list: readonly T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    const a = at(out, i);
    out[i] = at(out, j);
    out[j] = a;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Controlled words: how often the benchmark's broad words appear is decided per entry, not left to chance.

/** A word that occurs in about half of the entries of its language. */
export const BROAD_WORDS: Readonly<Record<Lang, string>> = {
  ar: "الرقمية",
  en: "digital",
  es: "digital",
  fr: "numérique",
  ru: "цифровой",
  zh: "数字",
};

/** A word that occurs in about half of all entries (English, French and Spanish texts use it). */
export const BROAD_WORD = "internet";

export const LANGUAGE_SHARES: Readonly<Record<Lang, number>> = { en: 45, fr: 15, es: 15, ru: 10, ar: 8, zh: 7 };

const LATIN_SHARE = (LANGUAGE_SHARES.en + LANGUAGE_SHARES.fr + LANGUAGE_SHARES.es) / 100;

/** Per language: the controlled words and the share of entries that contain each. */
const CONTROLLED: Readonly<Record<Lang, readonly { word: string; p: number }[]>> = {
  en: [
    { word: BROAD_WORDS.en, p: 0.5 },
    { word: BROAD_WORD, p: 0.5 / LATIN_SHARE },
  ],
  fr: [
    { word: BROAD_WORDS.fr, p: 0.5 },
    { word: BROAD_WORD, p: 0.5 / LATIN_SHARE },
  ],
  es: [
    { word: BROAD_WORDS.es, p: 0.5 },
    { word: BROAD_WORD, p: 0.5 / LATIN_SHARE },
  ],
  ru: [{ word: BROAD_WORDS.ru, p: 0.5 }],
  ar: [{ word: BROAD_WORDS.ar, p: 0.5 }],
  zh: [{ word: BROAD_WORDS.zh, p: 0.5 }],
};

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const wordRes = new Map<string, RegExp>();

/**
 * Whether `text` contains `word` as a whole word (case-insensitive; letters and digits of any script count as word
 * characters). For Chinese, which is written without spaces, any occurrence counts.
 */
export function containsWord(text: string, word: string): boolean {
  if (/\p{Script=Han}/u.test(word)) return text.includes(word);
  let re = wordRes.get(word);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])${escapeRe(word)}(?![\\p{L}\\p{N}\\p{M}])`, "iu");
    wordRes.set(word, re);
  }
  return re.test(text);
}

const maskCache: Record<Lang, Map<string, number>> = {
  ar: new Map(),
  en: new Map(),
  es: new Map(),
  fr: new Map(),
  ru: new Map(),
  zh: new Map(),
};

/** Bit i set: the phrase contains controlled word i of its language. */
function maskOf(lang: Lang, s: string): number {
  const cache = maskCache[lang];
  let m = cache.get(s);
  if (m === undefined) {
    m = 0;
    const words = CONTROLLED[lang];
    for (let i = 0; i < words.length; i++) if (containsWord(s, at(words, i).word)) m |= 1 << i;
    cache.set(s, m);
  }
  return m;
}

const zipfTables = new Map<number, Float64Array>();

/** 1 / rank^s for ranks 1…256. */
function zipfTable(s: number): Float64Array {
  let t = zipfTables.get(s);
  if (!t) {
    t = new Float64Array(256);
    for (let i = 0; i < t.length; i++) t[i] = 1 / (i + 1) ** s;
    zipfTables.set(s, t);
  }
  return t;
}

const listMasks: Record<Lang, WeakMap<readonly string[], Uint8Array>> = {
  ar: new WeakMap(),
  en: new WeakMap(),
  es: new WeakMap(),
  fr: new WeakMap(),
  ru: new WeakMap(),
  zh: new WeakMap(),
};

/** The controlled-word masks of a (constant) list of phrases, computed once. */
function masksOf(lang: Lang, list: readonly string[]): Uint8Array {
  let m = listMasks[lang].get(list);
  if (!m) {
    m = Uint8Array.from(list, (s) => maskOf(lang, s));
    listMasks[lang].set(list, m);
  }
  return m;
}

/** Zipf-like pick among the phrases of a constant list that contain none of the `forbid` words. */
function pickFree(r: Rng, lang: Lang, list: readonly string[], forbid: number, s = 0.8): string {
  const masks = masksOf(lang, list);
  const weights = zipfTable(s);
  let total = 0;
  let rank = 0;
  for (let i = 0; i < list.length; i++) if (((masks[i] ?? 0) & forbid) === 0) total += weights[rank++] ?? 0;
  if (total === 0) throw new Error(`synthetic: no allowed phrase among ${JSON.stringify(list.slice(0, 3))}…`);
  let x = r() * total;
  rank = 0;
  let last = "";
  for (let i = 0; i < list.length; i++) {
    if (((masks[i] ?? 0) & forbid) !== 0) continue;
    last = at(list, i);
    x -= weights[rank++] ?? 0;
    if (x < 0) return last;
  }
  return last;
}

/** Zipf-like pick among the phrases allowed by `ok`: earlier phrases are more common, as in natural text. */
function pickZipf(r: Rng, list: readonly string[], ok: (s: string) => boolean, s = 0.8): string {
  const weights = zipfTable(s);
  let total = 0;
  let rank = 0;
  for (const item of list) if (ok(item)) total += weights[rank++] ?? 0;
  if (total === 0) throw new Error(`synthetic: no allowed phrase among ${JSON.stringify(list.slice(0, 3))}…`);
  let x = r() * total;
  rank = 0;
  let last = "";
  for (const item of list) {
    if (!ok(item)) continue;
    last = item;
    x -= weights[rank++] ?? 0;
    if (x < 0) return item;
  }
  return last;
}

// ---------------------------------------------------------------------------------------------------------------
// Themes: the kinds of project the registry holds, with the Action Lines they belong to and their text in each
// language. t: project types (French and Spanish ones start with their grammatical gender, "m:" or "f:"; Russian
// ones are in the nominative); g: target groups (French and Spanish with their article, Russian in the genitive,
// Arabic in the genitive/accusative form); o: goals (infinitive phrases; Arabic verbal nouns); a: activities (whole
// sentences); u: what the project counts ("more than 5,000 farmers"; Russian genitive plural, Arabic singular,
// Chinese with its measure word).

interface ThemeText {
  t: readonly string[];
  g: readonly string[];
  o: readonly string[];
  a: readonly string[];
  u: string;
}

interface Theme {
  key: string;
  w: number;
  /** The first line always applies; the second often; the others sometimes. */
  lines: readonly string[];
  /** SDGs the theme is mostly about (kept only where the matrix links them to the chosen lines). */
  sdgs: readonly number[];
  /** First halves of project brand names ("Agri" + "Link"). */
  brands: readonly string[];
  en: ThemeText;
  fr: ThemeText;
  es: ThemeText;
  ru: ThemeText;
  ar: ThemeText;
  zh: ThemeText;
}

const THEMES: readonly Theme[] = [
  {
    key: "skills",
    w: 9,
    lines: ["C4", "C7.e-employment", "C7.e-learning", "C1"],
    sdgs: [4, 8],
    brands: ["Skill", "Code", "Tech", "Learn"],
    en: {
      t: [
        "national digital skills programme",
        "ICT skills training programme",
        "digital literacy programme",
        "computer literacy initiative",
        "coding academy",
        "train-the-trainers programme on ICT skills",
      ],
      g: ["unemployed young people", "women entrepreneurs", "public sector employees", "out-of-school youth"],
      o: [
        "equip citizens with the skills needed to use online services safely",
        "train a new generation of software developers",
        "close the skills gap between urban and rural areas",
        "improve the employability of young graduates",
      ],
      a: [
        "Courses cover basic computer use, online safety, office software and introductory programming.",
        "Training is delivered in community centres by certified local instructors, with a mix of classroom sessions and online modules.",
        "Participants who complete the curriculum receive a nationally recognised certificate.",
        "A mobile training unit travels to villages that have no computer lab.",
      ],
      u: "learners",
    },
    fr: {
      t: [
        "m:programme national de compétences numériques",
        "f:formation aux compétences informatiques",
        "m:programme d'alphabétisation numérique",
        "f:initiative d'initiation à l'informatique",
        "f:académie de codage",
        "m:programme de formation de formateurs en TIC",
      ],
      g: [
        "les jeunes sans emploi",
        "les femmes entrepreneures",
        "les agents de la fonction publique",
        "les jeunes déscolarisés",
      ],
      o: [
        "doter les citoyens des compétences nécessaires pour utiliser les services en ligne en toute sécurité",
        "former une nouvelle génération de développeurs",
        "réduire l'écart de compétences entre zones urbaines et rurales",
        "améliorer l'employabilité des jeunes diplômés",
      ],
      a: [
        "Les cours portent sur l'utilisation de base de l'ordinateur, la sécurité en ligne, la bureautique et l'initiation à la programmation.",
        "La formation est assurée dans des centres communautaires par des formateurs locaux certifiés, en alternant séances en présentiel et modules en ligne.",
        "Les participants qui terminent le cursus reçoivent un certificat reconnu au niveau national.",
        "Une unité mobile de formation se rend dans les villages dépourvus de salle informatique.",
      ],
      u: "apprenants",
    },
    es: {
      t: [
        "m:programa nacional de habilidades digitales",
        "f:formación en competencias informáticas",
        "m:programa de alfabetización digital",
        "f:iniciativa de alfabetización informática",
        "f:academia de programación",
        "m:programa de formación de formadores en TIC",
      ],
      g: [
        "los jóvenes desempleados",
        "las mujeres emprendedoras",
        "los funcionarios públicos",
        "los jóvenes fuera del sistema escolar",
      ],
      o: [
        "dotar a la ciudadanía de las competencias necesarias para usar los servicios en línea con seguridad",
        "formar a una nueva generación de desarrolladores de software",
        "reducir la brecha de competencias entre zonas urbanas y rurales",
        "mejorar la empleabilidad de los jóvenes recién graduados",
      ],
      a: [
        "Los cursos abarcan el uso básico de la computadora, la seguridad en línea, la ofimática y la introducción a la programación.",
        "La formación se imparte en centros comunitarios a cargo de instructores locales certificados, combinando sesiones presenciales y módulos en línea.",
        "Quienes completan el plan de estudios reciben un certificado reconocido a nivel nacional.",
        "Una unidad móvil de formación recorre las comunidades que no cuentan con sala de computación.",
      ],
      u: "participantes",
    },
    ru: {
      t: [
        "Национальная программа развития цифровых навыков",
        "Учебный центр компьютерной грамотности",
        "Программа цифровой грамотности",
        "Инициатива по обучению навыкам ИКТ",
        "Школа программирования",
        "Программа подготовки тренеров в области ИКТ",
      ],
      g: [
        "безработной молодёжи",
        "женщин-предпринимателей",
        "государственных служащих",
        "подростков из сельских районов",
      ],
      o: [
        "обучить граждан навыкам безопасного использования онлайн-услуг",
        "подготовить новое поколение разработчиков программного обеспечения",
        "сократить разрыв в навыках между городом и селом",
        "повысить конкурентоспособность выпускников на рынке труда",
      ],
      a: [
        "Курсы охватывают основы работы с компьютером, безопасность в сети, офисные программы и основы программирования.",
        "Занятия проводят сертифицированные местные преподаватели в общественных центрах; очные занятия сочетаются с онлайн-модулями.",
        "Слушатели, завершившие программу, получают сертификат государственного образца.",
        "Мобильный учебный класс выезжает в сёла, где нет компьютерных классов.",
      ],
      u: "слушателей",
    },
    ar: {
      t: [
        "البرنامج الوطني للمهارات الرقمية",
        "دورات تدريبية في مهارات الحاسوب",
        "برنامج محو الأمية الرقمية",
        "مبادرة لتعليم أساسيات الحاسوب",
        "أكاديمية البرمجة",
        "برنامج تدريب المدربين في مجال تكنولوجيا المعلومات والاتصالات",
      ],
      g: ["الشباب العاطلين عن العمل", "رائدات الأعمال", "موظفي القطاع العام", "الشباب المتسربين من المدارس"],
      o: [
        "تزويد المواطنين بالمهارات اللازمة لاستخدام الخدمات الإلكترونية بأمان",
        "إعداد جيل جديد من مطوري البرمجيات",
        "سد الفجوة في المهارات بين المناطق الحضرية والريفية",
        "تحسين فرص توظيف الخريجين الشباب",
      ],
      a: [
        "تشمل الدورات أساسيات استخدام الحاسوب والسلامة على الشبكة والتطبيقات المكتبية ومبادئ البرمجة.",
        "يقدم التدريب مدربون محليون معتمدون في المراكز المجتمعية، مع الجمع بين الجلسات الحضورية والوحدات التعليمية الإلكترونية.",
        "يحصل المشاركون الذين يكملون البرنامج على شهادة معترف بها وطنياً.",
        "تتنقل وحدة تدريب متنقلة بين القرى التي تفتقر إلى مختبرات الحاسوب.",
      ],
      u: "متدرب",
    },
    zh: {
      t: [
        "国家数字技能提升计划",
        "信息通信技术技能培训项目",
        "全民数字素养培训项目",
        "计算机基础知识普及行动",
        "青少年编程学院",
        "信息通信技术师资培训计划",
      ],
      g: ["失业青年", "女性创业者", "公职人员", "失学青少年"],
      o: [
        "帮助公民掌握安全使用在线服务所需的技能",
        "培养新一代软件开发人才",
        "缩小城乡之间的技能差距",
        "提高青年毕业生的就业能力",
      ],
      a: [
        "课程内容包括计算机基础操作、网络安全、办公软件和编程入门。",
        "培训由经过认证的本地讲师在社区中心开展，采用线下课堂与在线课程相结合的方式。",
        "完成全部课程的学员可获得国家认可的证书。",
        "流动培训车深入没有计算机教室的村庄开展职业教育培训。",
      ],
      u: "名学员",
    },
  },
  {
    key: "telemed",
    w: 7,
    lines: ["C7.e-health", "C2", "C4"],
    sdgs: [3],
    brands: ["Tele", "Health", "Care", "Med"],
    en: {
      t: [
        "telemedicine network",
        "mobile health service",
        "teleconsultation platform",
        "maternal health SMS service",
        "remote diagnosis network",
        "digital health hotline",
      ],
      g: [
        "rural health centres",
        "pregnant women and new mothers",
        "community health workers",
        "patients in remote areas",
      ],
      o: [
        "expand access to specialist care in remote areas",
        "reduce maternal and newborn mortality",
        "shorten the time needed to diagnose and treat patients",
        "support health workers with timely medical advice",
      ],
      a: [
        "Doctors at the referral hospital hold video consultations with nurses in district clinics several times a week.",
        "Expectant mothers receive free text messages with reminders about antenatal visits and vaccinations.",
        "Clinics have been equipped with tablets, solar power kits and portable diagnostic devices.",
        "A call centre staffed by nurses answers health questions around the clock.",
      ],
      u: "patients",
    },
    fr: {
      t: [
        "m:réseau de télémédecine",
        "m:service de santé mobile",
        "f:plateforme de téléconsultation",
        "m:service SMS de santé maternelle",
        "m:réseau de diagnostic à distance",
        "f:ligne d'assistance de santé numérique",
      ],
      g: [
        "les centres de santé ruraux",
        "les femmes enceintes et les jeunes mères",
        "les agents de santé communautaires",
        "les patients des zones reculées",
      ],
      o: [
        "élargir l'accès aux soins spécialisés dans les zones reculées",
        "réduire la mortalité maternelle et néonatale",
        "raccourcir les délais de diagnostic et de prise en charge",
        "apporter aux agents de santé un appui médical en temps utile",
      ],
      a: [
        "Les médecins de l'hôpital de référence organisent plusieurs fois par semaine des consultations vidéo avec les infirmiers des centres de santé de district.",
        "Les futures mères reçoivent gratuitement des SMS leur rappelant les consultations prénatales et les vaccinations.",
        "Les centres de santé ont été équipés de tablettes, de kits solaires et d'appareils de diagnostic portables.",
        "Un centre d'appels animé par des infirmiers répond jour et nuit aux questions de santé.",
      ],
      u: "patients",
    },
    es: {
      t: [
        "f:red de telemedicina",
        "m:servicio de salud móvil",
        "f:plataforma de teleconsulta",
        "m:servicio de mensajes de texto sobre salud materna",
        "f:red de diagnóstico a distancia",
        "f:línea de atención de salud digital",
      ],
      g: [
        "los centros de salud rurales",
        "las mujeres embarazadas y las madres primerizas",
        "los agentes comunitarios de salud",
        "los pacientes de zonas remotas",
      ],
      o: [
        "ampliar el acceso a la atención especializada en zonas remotas",
        "reducir la mortalidad materna y neonatal",
        "acortar los plazos de diagnóstico y tratamiento",
        "brindar al personal de salud asesoramiento médico oportuno",
      ],
      a: [
        "Los médicos del hospital de referencia realizan varias veces por semana videoconsultas con el personal de enfermería de los centros de salud.",
        "Las futuras madres reciben mensajes de texto gratuitos con recordatorios sobre los controles prenatales y las vacunas.",
        "Los centros de salud se equiparon con tabletas, paneles solares y dispositivos de diagnóstico portátiles.",
        "Un centro de llamadas atendido por personal de enfermería responde consultas de salud las 24 horas.",
      ],
      u: "pacientes",
    },
    ru: {
      t: [
        "Сеть телемедицины",
        "Мобильная служба здравоохранения",
        "Платформа телеконсультаций",
        "SMS-сервис по охране материнства",
        "Сеть дистанционной диагностики",
        "Цифровая горячая линия по вопросам здоровья",
      ],
      g: [
        "сельских фельдшерско-акушерских пунктов",
        "беременных женщин и молодых матерей",
        "общественных медицинских работников",
        "пациентов из отдалённых районов",
      ],
      o: [
        "расширить доступ к специализированной медицинской помощи в отдалённых районах",
        "снизить материнскую и младенческую смертность",
        "сократить сроки диагностики и начала лечения",
        "обеспечить медицинских работников своевременными консультациями",
      ],
      a: [
        "Врачи областной больницы несколько раз в неделю проводят видеоконсультации с фельдшерами районных медпунктов.",
        "Будущие матери бесплатно получают SMS-напоминания о плановых осмотрах и прививках.",
        "Медпункты оснащены планшетами, солнечными панелями и портативным диагностическим оборудованием.",
        "Круглосуточный колл-центр, в котором работают медицинские сёстры, отвечает на вопросы о здоровье.",
      ],
      u: "пациентов",
    },
    ar: {
      t: [
        "شبكة للطب عن بعد",
        "خدمة صحية متنقلة",
        "منصة للاستشارات الطبية عن بعد",
        "خدمة رسائل نصية لصحة الأمهات",
        "شبكة للتشخيص عن بعد",
        "منصة الخدمات الصحية الرقمية",
      ],
      g: [
        "المراكز الصحية الريفية",
        "الحوامل والأمهات الجدد",
        "العاملين الصحيين المجتمعيين",
        "المرضى في المناطق النائية",
      ],
      o: [
        "توسيع نطاق الحصول على الرعاية الصحية المتخصصة في المناطق النائية",
        "الحد من وفيات الأمهات والمواليد",
        "تقليص المدة اللازمة لتشخيص المرضى وعلاجهم",
        "تزويد العاملين الصحيين بالمشورة الطبية في الوقت المناسب",
      ],
      a: [
        "يجري أطباء المستشفى المرجعي استشارات عبر الفيديو مع ممرضي العيادات الريفية عدة مرات في الأسبوع.",
        "تتلقى الحوامل رسائل نصية مجانية للتذكير بمواعيد الفحوص السابقة للولادة والتطعيمات.",
        "جرى تجهيز العيادات بأجهزة لوحية وأنظمة للطاقة الشمسية وأجهزة تشخيص محمولة.",
        "يجيب مركز اتصال يعمل فيه ممرضون على الاستفسارات الصحية على مدار الساعة.",
      ],
      u: "مريض",
    },
    zh: {
      t: ["远程医疗网络", "移动医疗服务", "远程会诊平台", "孕产妇健康短信服务", "远程诊断网络", "数字健康热线"],
      g: ["农村卫生院", "孕产妇", "社区卫生工作者", "偏远地区患者"],
      o: [
        "扩大偏远地区获得专科医疗服务的机会",
        "降低孕产妇和新生儿死亡率",
        "缩短患者诊断和治疗所需时间",
        "为基层医务人员及时提供医疗指导",
      ],
      a: [
        "上级医院的医生每周数次通过视频与乡镇卫生院的医护人员进行会诊。",
        "孕妇可免费收到产前检查和疫苗接种提醒短信。",
        "各卫生院配备了平板电脑、太阳能供电设备和便携式诊断设备。",
        "由护士值守的呼叫中心全天候解答健康咨询，并开展健康教育宣传。",
      ],
      u: "名患者",
    },
  },
  {
    key: "hmis",
    w: 4,
    lines: ["C7.e-health", "C7.e-government", "C3"],
    sdgs: [3, 17],
    brands: ["Health", "Data", "Care"],
    en: {
      t: [
        "health management information system",
        "electronic medical records system",
        "disease surveillance platform",
        "digital immunisation registry",
        "national health data warehouse",
      ],
      g: ["district health managers", "hospital staff", "epidemiologists", "vaccination teams"],
      o: [
        "give decision-makers reliable, timely health data",
        "detect disease outbreaks earlier",
        "replace paper registers with electronic records",
        "improve vaccination coverage through better tracking",
      ],
      a: [
        "Health facilities report routine data every month through a web-based dashboard.",
        "Patient records can be consulted securely by authorised staff across facilities.",
        "Automated alerts notify surveillance officers when case numbers exceed seasonal thresholds.",
        "Data managers in every district received training in data quality and analysis.",
      ],
      u: "health workers",
    },
    fr: {
      t: [
        "m:système d'information sanitaire",
        "m:dossier médical électronique",
        "f:plateforme de surveillance épidémiologique",
        "m:registre numérique de vaccination",
        "m:entrepôt national de données de santé",
      ],
      g: [
        "les responsables sanitaires de district",
        "le personnel hospitalier",
        "les épidémiologistes",
        "les équipes de vaccination",
      ],
      o: [
        "fournir aux décideurs des données de santé fiables et actualisées",
        "détecter plus tôt les flambées épidémiques",
        "remplacer les registres papier par des dossiers électroniques",
        "améliorer la couverture vaccinale grâce à un meilleur suivi",
      ],
      a: [
        "Les formations sanitaires transmettent chaque mois leurs données de routine au moyen d'un tableau de bord en ligne.",
        "Les dossiers des patients peuvent être consultés en toute sécurité par le personnel autorisé des différents établissements.",
        "Des alertes automatiques préviennent les agents de surveillance lorsque le nombre de cas dépasse les seuils saisonniers.",
        "Les gestionnaires de données de chaque district ont été formés à la qualité et à l'analyse des données.",
      ],
      u: "agents de santé",
    },
    es: {
      t: [
        "m:sistema de información en salud",
        "f:historia clínica electrónica",
        "f:plataforma de vigilancia epidemiológica",
        "m:registro digital de vacunación",
        "m:repositorio nacional de datos de salud",
      ],
      g: [
        "los gestores sanitarios de distrito",
        "el personal hospitalario",
        "los epidemiólogos",
        "los equipos de vacunación",
      ],
      o: [
        "proporcionar a los responsables de decisiones datos de salud fiables y oportunos",
        "detectar con mayor antelación los brotes de enfermedades",
        "sustituir los registros en papel por expedientes electrónicos",
        "mejorar la cobertura de vacunación gracias a un mejor seguimiento",
      ],
      a: [
        "Los establecimientos de salud notifican mensualmente sus datos de rutina a través de un tablero en línea.",
        "El personal autorizado puede consultar de forma segura la historia clínica de los pacientes en distintos establecimientos.",
        "Alertas automáticas avisan a los equipos de vigilancia cuando el número de casos supera los umbrales estacionales.",
        "Los responsables de datos de cada distrito recibieron formación en calidad y análisis de la información.",
      ],
      u: "trabajadores de salud",
    },
    ru: {
      t: [
        "Медицинская информационная система",
        "Система электронных медицинских карт",
        "Платформа эпидемиологического надзора",
        "Электронный регистр вакцинации",
        "Национальное хранилище медицинских данных",
      ],
      g: [
        "руководителей районных служб здравоохранения",
        "медицинского персонала больниц",
        "эпидемиологов",
        "прививочных бригад",
      ],
      o: [
        "обеспечить руководителей достоверными и своевременными данными о здоровье населения",
        "раньше выявлять вспышки инфекционных заболеваний",
        "заменить бумажные журналы электронными записями",
        "повысить охват вакцинацией за счёт более точного учёта",
      ],
      a: [
        "Медицинские учреждения ежемесячно передают статистические данные через веб-панель мониторинга.",
        "Уполномоченные сотрудники разных учреждений могут безопасно просматривать медицинские карты пациентов.",
        "Система автоматически оповещает эпидемиологов, когда число случаев превышает сезонные пороговые значения.",
        "Специалисты по данным во всех районах прошли обучение по контролю качества и анализу данных.",
      ],
      u: "медицинских работников",
    },
    ar: {
      t: [
        "نظام معلومات الإدارة الصحية",
        "نظام السجلات الطبية الإلكترونية",
        "منصة لرصد الأمراض",
        "سجل إلكتروني للتطعيم",
        "مستودع وطني للبيانات الصحية",
      ],
      g: ["مديري الصحة في المناطق", "العاملين في المستشفيات", "أخصائيي علم الأوبئة", "فرق التطعيم"],
      o: [
        "تزويد صناع القرار ببيانات صحية موثوقة ومحدثة",
        "الكشف المبكر عن تفشي الأمراض",
        "الاستعاضة عن السجلات الورقية بسجلات إلكترونية",
        "تحسين التغطية بالتطعيم من خلال متابعة أفضل",
      ],
      a: [
        "ترسل المرافق الصحية بياناتها الروتينية شهرياً عبر لوحة متابعة على الويب.",
        "يمكن للموظفين المخولين الاطلاع على سجلات المرضى بأمان في مختلف المرافق.",
        "تنبه رسائل تلقائية مسؤولي الرصد عندما يتجاوز عدد الحالات المستويات الموسمية المعتادة.",
        "تلقى مسؤولو البيانات في جميع المناطق تدريباً على جودة البيانات وتحليلها.",
      ],
      u: "عامل صحي",
    },
    zh: {
      t: ["卫生管理信息系统", "电子病历系统", "疾病监测平台", "数字化免疫接种登记系统", "国家卫生健康数据中心"],
      g: ["基层卫生管理人员", "医院工作人员", "流行病学专业人员", "疫苗接种团队"],
      o: [
        "为决策者提供可靠、及时的卫生数据",
        "及早发现传染病疫情",
        "以电子记录取代纸质登记簿",
        "通过更精准的追踪提高疫苗接种覆盖率",
      ],
      a: [
        "各医疗卫生机构每月通过网络平台上报常规数据。",
        "经授权的医务人员可在不同机构之间安全调阅患者病历。",
        "当病例数超过季节性阈值时，系统自动向疾控人员发出预警。",
        "各区县的数据管理人员接受了数据质量与分析培训。",
      ],
      u: "名医务人员",
    },
  },
  {
    key: "opendata",
    w: 4,
    lines: ["C3", "C7.e-government", "C1", "C9"],
    sdgs: [16, 17],
    brands: ["Data", "Open", "Info", "Civic"],
    en: {
      t: [
        "open data portal",
        "open government data initiative",
        "public information access platform",
        "national statistics dissemination portal",
        "open budget portal",
      ],
      g: ["journalists and researchers", "software developers", "local councils", "citizens"],
      o: [
        "make public sector information freely available and reusable",
        "increase transparency in public spending",
        "encourage the reuse of government data by businesses and developers",
        "improve access to official statistics",
      ],
      a: [
        "More than a thousand datasets on budgets, schools, health facilities and public procurement are published under an open licence.",
        "All datasets can be downloaded in machine-readable formats and accessed through an application programming interface.",
        "Hackathons bring together developers, journalists and civil servants to build applications on the data.",
        "A data-request service allows users to ask agencies to publish additional information.",
      ],
      u: "users",
    },
    fr: {
      t: [
        "m:portail de données ouvertes",
        "f:initiative de données publiques ouvertes",
        "f:plateforme d'accès à l'information publique",
        "m:portail de diffusion des statistiques nationales",
        "m:portail budgétaire ouvert",
      ],
      g: ["les journalistes et les chercheurs", "les développeurs", "les conseils municipaux", "les citoyens"],
      o: [
        "rendre l'information du secteur public librement accessible et réutilisable",
        "renforcer la transparence des dépenses publiques",
        "encourager la réutilisation des données publiques par les entreprises et les développeurs",
        "faciliter l'accès aux statistiques officielles",
      ],
      a: [
        "Plus d'un millier de jeux de données sur les budgets, les écoles, les établissements de santé et les marchés publics sont publiés sous licence ouverte.",
        "Tous les jeux de données sont téléchargeables dans des formats lisibles par machine et accessibles au moyen d'une interface de programmation.",
        "Des hackathons réunissent développeurs, journalistes et fonctionnaires autour de la création d'applications fondées sur ces données.",
        "Un service de demande de données permet aux usagers de solliciter la publication d'informations supplémentaires.",
      ],
      u: "utilisateurs",
    },
    es: {
      t: [
        "m:portal de datos abiertos",
        "f:iniciativa de datos abiertos de gobierno",
        "f:plataforma de acceso a la información pública",
        "m:portal de difusión de estadísticas nacionales",
        "m:portal de presupuesto abierto",
      ],
      g: [
        "los periodistas e investigadores",
        "los desarrolladores de software",
        "los gobiernos municipales",
        "la ciudadanía",
      ],
      o: [
        "poner la información del sector público a libre disposición para su reutilización",
        "aumentar la transparencia del gasto público",
        "fomentar la reutilización de los datos públicos por empresas y desarrolladores",
        "facilitar el acceso a las estadísticas oficiales",
      ],
      a: [
        "Se publican bajo licencia abierta más de mil conjuntos de datos sobre presupuestos, escuelas, establecimientos de salud y contrataciones públicas.",
        "Todos los conjuntos de datos pueden descargarse en formatos legibles por máquina y consultarse mediante una interfaz de programación.",
        "En maratones de programación, desarrolladores, periodistas y funcionarios crean aplicaciones a partir de los datos.",
        "Un servicio de solicitudes permite a los usuarios pedir a las instituciones la publicación de información adicional.",
      ],
      u: "usuarios",
    },
    ru: {
      t: [
        "Портал открытых данных",
        "Инициатива по открытым государственным данным",
        "Платформа доступа к публичной информации",
        "Портал распространения национальной статистики",
        "Портал «Открытый бюджет»",
      ],
      g: [
        "журналистов и исследователей",
        "разработчиков программного обеспечения",
        "органов местного самоуправления",
        "граждан",
      ],
      o: [
        "сделать информацию государственного сектора свободно доступной для повторного использования",
        "повысить прозрачность государственных расходов",
        "стимулировать использование государственных данных бизнесом и разработчиками",
        "облегчить доступ к официальной статистике",
      ],
      a: [
        "Под открытой лицензией опубликовано более тысячи наборов данных о бюджетах, школах, медицинских учреждениях и госзакупках.",
        "Все наборы данных доступны для скачивания в машиночитаемых форматах и через программный интерфейс.",
        "На хакатонах разработчики, журналисты и государственные служащие создают приложения на основе открытых данных.",
        "Пользователи могут направить запрос на публикацию дополнительных сведений.",
      ],
      u: "пользователей",
    },
    ar: {
      t: [
        "بوابة البيانات المفتوحة",
        "مبادرة البيانات الحكومية المفتوحة",
        "منصة للنفاذ إلى المعلومات العامة",
        "بوابة لنشر الإحصاءات الوطنية",
        "بوابة الميزانية المفتوحة",
      ],
      g: ["الصحفيين والباحثين", "مطوري البرمجيات", "المجالس البلدية", "المواطنين"],
      o: [
        "إتاحة معلومات القطاع العام مجاناً وقابلة لإعادة الاستخدام",
        "تعزيز الشفافية في الإنفاق العام",
        "تشجيع الشركات والمطورين على إعادة استخدام البيانات الحكومية",
        "تيسير الوصول إلى الإحصاءات الرسمية",
      ],
      a: [
        "نُشرت بموجب ترخيص مفتوح أكثر من ألف مجموعة بيانات عن الميزانيات والمدارس والمرافق الصحية والمشتريات العامة.",
        "يمكن تنزيل جميع مجموعات البيانات بصيغ قابلة للقراءة آلياً والوصول إليها عبر واجهة برمجة تطبيقات.",
        "تجمع مسابقات البرمجة المطورين والصحفيين والموظفين الحكوميين لتطوير تطبيقات تستند إلى هذه البيانات.",
        "تتيح خدمة طلب البيانات للمستخدمين مطالبة الجهات الحكومية بنشر معلومات إضافية.",
      ],
      u: "مستخدم",
    },
    zh: {
      t: ["开放数据门户", "政府数据开放行动", "政府信息公开平台", "国家统计数据发布平台", "预算公开门户网站"],
      g: ["记者和研究人员", "软件开发者", "基层政府", "社会公众"],
      o: [
        "推动公共部门信息免费开放和再利用",
        "提高公共支出透明度",
        "鼓励企业和开发者利用政府数据",
        "方便公众获取官方统计数据",
      ],
      a: [
        "平台以开放许可发布了一千多个关于预算、学校、医疗机构和政府采购的数据集。",
        "所有数据集均可以机器可读格式下载，并可通过应用程序接口调用。",
        "编程马拉松活动汇聚开发者、记者和公务员，共同开发基于开放数据的应用。",
        "用户可通过数据申请服务要求有关部门公开更多信息。",
      ],
      u: "名用户",
    },
  },
  {
    key: "schools",
    w: 7,
    lines: ["C2", "C7.e-learning", "C4"],
    sdgs: [4, 9],
    brands: ["School", "Edu", "Connect", "Class"],
    en: {
      t: [
        "school connectivity initiative",
        "school broadband programme",
        "connected schools project",
        "school Internet access programme",
        "satellite connectivity programme for schools",
        "smart classroom programme",
      ],
      g: ["primary and secondary schools", "rural schools", "teachers and pupils", "girls in secondary education"],
      o: [
        "connect every public school to high-speed broadband",
        "give pupils and teachers access to online learning resources",
        "reduce the education gap between urban and rural schools",
        "make connectivity affordable for schools",
      ],
      a: [
        "Schools are connected through fibre where available and through satellite or fixed wireless links elsewhere.",
        "Each school receives a computer lab, a projector and a local content server that works offline.",
        "Teachers are trained to integrate online resources into their daily lessons.",
        "Connectivity is financed through the universal service fund and negotiated education tariffs.",
      ],
      u: "pupils",
    },
    fr: {
      t: [
        "f:initiative de connectivité des écoles",
        "m:programme d'accès des écoles au haut débit",
        "m:projet d'écoles connectées",
        "m:programme d'accès à Internet dans les écoles",
        "m:programme de connectivité par satellite pour les écoles",
        "m:programme de classes intelligentes",
      ],
      g: [
        "les écoles primaires et secondaires",
        "les écoles rurales",
        "les enseignants et les élèves",
        "les filles scolarisées dans le secondaire",
      ],
      o: [
        "raccorder chaque école publique au haut débit",
        "donner aux élèves et aux enseignants accès à des ressources pédagogiques en ligne",
        "réduire l'écart d'éducation entre écoles urbaines et rurales",
        "rendre la connectivité abordable pour les établissements scolaires",
      ],
      a: [
        "Les écoles sont raccordées par fibre optique lorsque c'est possible, sinon par satellite ou par liaison radio fixe.",
        "Chaque école reçoit une salle informatique, un vidéoprojecteur et un serveur de contenus local fonctionnant hors ligne.",
        "Les enseignants sont formés à intégrer les ressources en ligne dans leurs cours.",
        "La connectivité est financée par le fonds de service universel et par des tarifs négociés pour l'éducation.",
      ],
      u: "élèves",
    },
    es: {
      t: [
        "f:iniciativa de conectividad escolar",
        "m:programa de banda ancha para escuelas",
        "m:proyecto de escuelas conectadas",
        "m:programa de acceso a internet en las escuelas",
        "m:programa de conectividad satelital para escuelas",
        "m:programa de aulas inteligentes",
      ],
      g: [
        "las escuelas primarias y secundarias",
        "las escuelas rurales",
        "los docentes y estudiantes",
        "las niñas de educación secundaria",
      ],
      o: [
        "conectar cada escuela pública a la banda ancha de alta velocidad",
        "dar a estudiantes y docentes acceso a recursos educativos en línea",
        "reducir la brecha en educación entre escuelas urbanas y rurales",
        "hacer asequible la conectividad para las escuelas",
      ],
      a: [
        "Las escuelas se conectan por fibra óptica donde existe y, en el resto, por satélite o enlaces inalámbricos fijos.",
        "Cada escuela recibe un laboratorio de computación, un proyector y un servidor local de contenidos que funciona sin conexión.",
        "Se capacita a los docentes para integrar los recursos en línea en sus clases.",
        "La conectividad se financia con el fondo de servicio universal y con tarifas educativas negociadas.",
      ],
      u: "estudiantes",
    },
    ru: {
      t: [
        "Инициатива по подключению школ",
        "Программа широкополосного доступа для школ",
        "Проект «Подключённые школы»",
        "Программа подключения школ к интернету",
        "Спутниковая связь для сельских школ",
        "Программа «Умный класс»",
      ],
      g: ["начальных и средних школ", "сельских школ", "учителей и учеников", "старшеклассниц"],
      o: [
        "подключить каждую государственную школу к высокоскоростному широкополосному доступу",
        "обеспечить учителям и ученикам доступ к онлайн-ресурсам",
        "сократить разрыв в качестве образования между городскими и сельскими школами",
        "сделать услуги связи доступными по цене для школ",
      ],
      a: [
        "Школы подключаются по оптоволокну, а там, где его нет, — через спутник или фиксированную беспроводную связь.",
        "Каждая школа получает компьютерный класс, проектор и локальный сервер с учебными материалами, работающий без подключения к сети.",
        "Учителя проходят обучение по использованию онлайн-ресурсов на уроках.",
        "Подключение финансируется из фонда универсальных услуг связи и по льготным тарифам для образовательных учреждений.",
      ],
      u: "учащихся",
    },
    ar: {
      t: [
        "مبادرة ربط المدارس بالشبكة",
        "برنامج النطاق العريض للمدارس",
        "مشروع المدارس المتصلة",
        "برنامج ربط المدارس بالإنترنت",
        "الاتصال الساتلي للمدارس",
        "برنامج الفصول الذكية",
      ],
      g: ["المدارس الابتدائية والثانوية", "المدارس الريفية", "المعلمين والتلاميذ", "الفتيات في التعليم الثانوي"],
      o: [
        "ربط كل مدرسة حكومية بشبكة النطاق العريض عالية السرعة",
        "تمكين التلاميذ والمعلمين من الوصول إلى الموارد التعليمية على الإنترنت",
        "تقليص الفجوة التعليمية بين المدارس الحضرية والريفية",
        "جعل خدمات الاتصال في متناول المدارس",
      ],
      a: [
        "تُربط المدارس بالألياف البصرية حيثما توفرت، وبالأقمار الصناعية أو الوصلات اللاسلكية الثابتة في غير ذلك من المناطق.",
        "تحصل كل مدرسة على مختبر حاسوب وجهاز عرض وخادم محلي للمحتوى يعمل دون اتصال بالشبكة.",
        "يتلقى المعلمون تدريباً على دمج الموارد الإلكترونية في دروسهم اليومية.",
        "يُموَّل الاتصال من صندوق الخدمة الشاملة ومن خلال تعريفات تفضيلية للتعليم.",
      ],
      u: "تلميذ",
    },
    zh: {
      t: [
        "学校联网行动",
        "中小学宽带接入计划",
        "“互联学校”项目",
        "学校互联网接入计划",
        "农村学校卫星通信项目",
        "智慧教室建设项目",
      ],
      g: ["中小学", "农村学校", "师生", "中学女生"],
      o: [
        "让每一所公立学校都接入高速宽带",
        "使师生能够获取在线教育资源",
        "缩小城乡学校之间的教育差距",
        "降低学校的网络接入成本",
      ],
      a: [
        "有光纤覆盖的学校通过光纤接入，其余学校则通过卫星或固定无线方式接入。",
        "每所学校配备一间计算机教室、一台投影仪和一台可离线使用的本地教育资源服务器。",
        "项目对教师开展培训，帮助他们将在线资源融入日常教学。",
        "联网费用由普遍服务基金和教育优惠资费共同承担。",
      ],
      u: "名学生",
    },
  },
  {
    key: "elearning",
    w: 7,
    lines: ["C7.e-learning", "C4", "C3"],
    sdgs: [4],
    brands: ["Edu", "Learn", "Skill", "Class"],
    en: {
      t: [
        "online learning platform",
        "distance education programme",
        "open educational resources repository",
        "digital textbook programme",
        "educational radio and television programme",
        "virtual university",
      ],
      g: ["secondary school students", "teachers in training", "adult learners", "university students"],
      o: [
        "ensure continuity of learning when schools are closed",
        "provide quality education to learners in remote areas",
        "make textbooks and learning materials freely available",
        "support teachers with ready-to-use lesson content",
      ],
      a: [
        "The platform offers video lessons, quizzes and exercises aligned with the national curriculum.",
        "Content can be downloaded for offline use on low-cost tablets and basic phones.",
        "Lessons are also broadcast on national radio and television for households without connectivity.",
        "Teachers can track learners' progress and adapt their teaching accordingly.",
      ],
      u: "students",
    },
    fr: {
      t: [
        "f:plateforme d'apprentissage en ligne",
        "m:programme d'enseignement à distance",
        "m:référentiel de ressources éducatives libres",
        "m:programme de manuels scolaires numériques",
        "m:programme d'éducation par la radio et la télévision",
        "f:université virtuelle",
      ],
      g: ["les élèves du secondaire", "les enseignants en formation", "les apprenants adultes", "les étudiants"],
      o: [
        "assurer la continuité pédagogique en cas de fermeture des écoles",
        "offrir une éducation de qualité aux apprenants des zones isolées",
        "mettre gratuitement à disposition manuels et supports pédagogiques",
        "fournir aux enseignants des contenus de cours prêts à l'emploi",
      ],
      a: [
        "La plateforme propose des leçons vidéo, des quiz et des exercices conformes au programme national.",
        "Les contenus peuvent être téléchargés pour une utilisation hors ligne sur des tablettes et des téléphones d'entrée de gamme.",
        "Les leçons sont également diffusées à la radio et à la télévision nationales pour les foyers non connectés.",
        "Les enseignants peuvent suivre les progrès des apprenants et adapter leur pédagogie.",
      ],
      u: "apprenants",
    },
    es: {
      t: [
        "f:plataforma de aprendizaje en línea",
        "m:programa de educación a distancia",
        "m:repositorio de recursos educativos abiertos",
        "m:programa de libros de texto digitales",
        "m:programa de educación por radio y televisión",
        "f:universidad virtual",
      ],
      g: [
        "los estudiantes de secundaria",
        "los docentes en formación",
        "las personas adultas en formación",
        "los estudiantes universitarios",
      ],
      o: [
        "garantizar la continuidad del aprendizaje cuando las escuelas están cerradas",
        "ofrecer educación de calidad a estudiantes de zonas remotas",
        "poner a libre disposición libros de texto y materiales didácticos",
        "apoyar a los docentes con contenidos de clase listos para usar",
      ],
      a: [
        "La plataforma ofrece clases en video, cuestionarios y ejercicios alineados con el currículo nacional.",
        "Los contenidos pueden descargarse para usarlos sin conexión en tabletas y teléfonos básicos.",
        "Las clases también se transmiten por la radio y la televisión nacionales para los hogares sin conectividad.",
        "Los docentes pueden seguir el progreso de cada estudiante y adaptar su enseñanza.",
      ],
      u: "estudiantes",
    },
    ru: {
      t: [
        "Платформа онлайн-обучения",
        "Программа дистанционного образования",
        "Репозиторий открытых образовательных ресурсов",
        "Программа электронных учебников",
        "Образовательная программа на радио и телевидении",
        "Виртуальный университет",
      ],
      g: ["учащихся средних школ", "будущих учителей", "взрослых слушателей", "студентов вузов"],
      o: [
        "обеспечить непрерывность обучения в периоды закрытия школ",
        "предоставить качественное образование учащимся из отдалённых районов",
        "сделать учебники и учебные материалы общедоступными",
        "предоставить учителям готовые материалы для уроков",
      ],
      a: [
        "Платформа предлагает видеоуроки, тесты и упражнения в соответствии с национальной учебной программой.",
        "Материалы можно загрузить для работы без подключения на недорогих планшетах и простых телефонах.",
        "Уроки также транслируются по национальному радио и телевидению для семей без доступа к сети.",
        "Учителя могут отслеживать успеваемость учеников и корректировать обучение.",
      ],
      u: "учащихся",
    },
    ar: {
      t: [
        "منصة للتعلم الإلكتروني",
        "برنامج للتعليم عن بعد",
        "مستودع للموارد التعليمية المفتوحة",
        "برنامج الكتب المدرسية الرقمية",
        "برنامج تعليمي عبر الإذاعة والتلفزيون",
        "الجامعة الافتراضية",
      ],
      g: ["طلاب المرحلة الثانوية", "المعلمين المتدربين", "المتعلمين الكبار", "طلاب الجامعات"],
      o: [
        "ضمان استمرارية التعلم عند إغلاق المدارس",
        "توفير تعليم جيد للمتعلمين في المناطق النائية",
        "إتاحة الكتب المدرسية والمواد التعليمية مجاناً",
        "دعم المعلمين بمحتوى دروس جاهز للاستخدام",
      ],
      a: [
        "تقدم المنصة دروساً مصورة واختبارات قصيرة وتمارين متوافقة مع المنهج الوطني.",
        "يمكن تنزيل المحتوى لاستخدامه دون اتصال على أجهزة لوحية وهواتف بسيطة منخفضة التكلفة.",
        "تُبث الدروس أيضاً عبر الإذاعة والتلفزيون الوطنيين للأسر غير المتصلة بالشبكة.",
        "يستطيع المعلمون متابعة تقدم المتعلمين وتكييف أساليب التدريس وفقاً لذلك.",
      ],
      u: "طالب",
    },
    zh: {
      t: ["在线学习平台", "远程教育项目", "开放教育资源库", "数字教材推广计划", "广播电视教育节目", "虚拟大学"],
      g: ["中学生", "师范生", "成人学习者", "大学生"],
      o: [
        "确保学校停课期间教学不中断",
        "为偏远地区学习者提供优质教育",
        "免费提供教科书和教学材料",
        "为教师提供可直接使用的课程资源",
      ],
      a: [
        "平台提供与国家课程标准相衔接的视频课程、测验和练习。",
        "学习内容可下载到低成本平板电脑和普通手机上离线使用。",
        "课程还通过国家广播电台和电视台播出，覆盖没有网络的家庭。",
        "教师可以跟踪学生的学习进度并相应调整教学。",
      ],
      u: "名学生",
    },
  },
  {
    key: "agri",
    w: 8,
    lines: ["C7.e-agriculture", "C3", "C7.e-business"],
    sdgs: [2],
    brands: ["Agri", "Farm", "Crop", "Harvest"],
    en: {
      t: [
        "e-agriculture advisory service",
        "market price information system",
        "mobile extension service for farmers",
        "digital farmer registry",
        "agricultural weather information service",
        "precision irrigation pilot",
      ],
      g: ["smallholder farmers", "women farmers", "agricultural cooperatives", "pastoralists"],
      o: [
        "give farmers timely advice on planting, pests and weather",
        "help producers obtain fair prices for their crops",
        "increase yields while reducing the use of water and fertiliser",
        "strengthen food security in drought-prone areas",
      ],
      a: [
        "Farmers receive voice and text messages in local languages with seasonal forecasts and planting advice.",
        "Extension officers use tablets to register plots, record yields and report pest outbreaks.",
        "Daily prices from regional markets are published so that producers can decide where and when to sell.",
        "A call centre staffed by agronomists answers questions from farmers free of charge.",
      ],
      u: "farmers",
    },
    fr: {
      t: [
        "m:service de conseil agricole en ligne",
        "m:système d'information sur les prix des marchés",
        "m:service de vulgarisation agricole mobile",
        "m:registre numérique des agriculteurs",
        "m:service d'information agrométéorologique",
        "m:projet pilote d'irrigation de précision",
      ],
      g: [
        "les petits exploitants agricoles",
        "les agricultrices",
        "les coopératives agricoles",
        "les éleveurs pastoraux",
      ],
      o: [
        "fournir aux agriculteurs des conseils opportuns sur les semis, les ravageurs et la météo",
        "aider les producteurs à obtenir un prix équitable pour leurs récoltes",
        "augmenter les rendements tout en réduisant l'utilisation d'eau et d'engrais",
        "renforcer la sécurité alimentaire dans les zones exposées à la sécheresse",
      ],
      a: [
        "Les agriculteurs reçoivent, dans les langues locales, des messages vocaux et des SMS contenant prévisions saisonnières et conseils de semis.",
        "Les agents de vulgarisation utilisent des tablettes pour enregistrer les parcelles, les rendements et les attaques de ravageurs.",
        "Les prix pratiqués chaque jour sur les marchés régionaux sont publiés afin que les producteurs puissent choisir où et quand vendre.",
        "Un centre d'appels animé par des agronomes répond gratuitement aux questions des agriculteurs.",
      ],
      u: "agriculteurs",
    },
    es: {
      t: [
        "m:servicio de asesoría agrícola en línea",
        "m:sistema de información de precios de mercado",
        "m:servicio móvil de extensión agraria",
        "m:registro digital de productores",
        "m:servicio de información agroclimática",
        "m:proyecto piloto de riego de precisión",
      ],
      g: [
        "los pequeños agricultores",
        "las mujeres productoras",
        "las cooperativas agrícolas",
        "las comunidades ganaderas",
      ],
      o: [
        "ofrecer a los agricultores asesoramiento oportuno sobre siembra, plagas y clima",
        "ayudar a los productores a obtener precios justos por sus cosechas",
        "aumentar los rendimientos reduciendo el uso de agua y fertilizantes",
        "fortalecer la seguridad alimentaria en zonas propensas a la sequía",
      ],
      a: [
        "Los agricultores reciben mensajes de voz y de texto en lenguas locales con pronósticos estacionales y recomendaciones de siembra.",
        "Los extensionistas utilizan tabletas para registrar parcelas, rendimientos y brotes de plagas.",
        "Se publican a diario los precios de los mercados regionales para que los productores decidan dónde y cuándo vender.",
        "Un centro de llamadas atendido por agrónomos responde gratuitamente las consultas de los productores.",
      ],
      u: "agricultores",
    },
    ru: {
      t: [
        "Электронная служба агроконсультирования",
        "Информационная система рыночных цен",
        "Мобильная служба сельскохозяйственного консультирования",
        "Цифровой реестр фермеров",
        "Агрометеорологическая информационная служба",
        "Пилотный проект точного орошения",
      ],
      g: ["мелких фермеров", "женщин-фермеров", "сельскохозяйственных кооперативов", "скотоводов"],
      o: [
        "своевременно информировать фермеров о сроках посева, вредителях и погоде",
        "помочь производителям получать справедливую цену за урожай",
        "повысить урожайность при сокращении расхода воды и удобрений",
        "укрепить продовольственную безопасность в засушливых районах",
      ],
      a: [
        "Фермеры получают голосовые и SMS-сообщения на местных языках с сезонными прогнозами и рекомендациями по посеву.",
        "Агрономы-консультанты с помощью планшетов регистрируют участки, урожайность и очаги вредителей.",
        "Ежедневно публикуются цены на региональных рынках, чтобы производители могли решить, где и когда продавать продукцию.",
        "Колл-центр, где работают агрономы, бесплатно отвечает на вопросы фермеров.",
      ],
      u: "фермеров",
    },
    ar: {
      t: [
        "خدمة الإرشاد الزراعي الإلكتروني",
        "نظام معلومات أسعار الأسواق",
        "خدمة إرشاد زراعي عبر الهاتف المحمول",
        "السجل الرقمي للمزارعين",
        "خدمة معلومات الأرصاد الجوية الزراعية",
        "مشروع تجريبي للري الدقيق",
      ],
      g: ["صغار المزارعين", "المزارعات", "التعاونيات الزراعية", "الرعاة"],
      o: [
        "تزويد المزارعين بمشورة آنية بشأن الزراعة والآفات والطقس",
        "مساعدة المنتجين على الحصول على أسعار عادلة لمحاصيلهم",
        "زيادة الغلال مع ترشيد استخدام المياه والأسمدة",
        "تعزيز الأمن الغذائي في المناطق المعرضة للجفاف",
      ],
      a: [
        "يتلقى المزارعون رسائل صوتية ونصية باللغات المحلية تتضمن التوقعات الموسمية ونصائح الزراعة.",
        "يستخدم المرشدون الزراعيون أجهزة لوحية لتسجيل الحقول والغلال والإبلاغ عن انتشار الآفات.",
        "تُنشر يومياً أسعار الأسواق الإقليمية ليقرر المنتجون أين ومتى يبيعون محاصيلهم.",
        "يجيب مركز اتصال يعمل فيه مهندسون زراعيون عن أسئلة المزارعين مجاناً.",
      ],
      u: "مزارع",
    },
    zh: {
      t: [
        "农业信息咨询服务",
        "农产品市场价格信息系统",
        "农业技术推广移动服务",
        "数字化农户登记系统",
        "农业气象信息服务",
        "精准灌溉试点项目",
      ],
      g: ["小农户", "女性农民", "农民专业合作社", "牧民"],
      o: [
        "及时向农民提供播种、病虫害和天气方面的指导",
        "帮助农产品生产者获得公平价格",
        "在减少用水和化肥的同时提高产量",
        "加强干旱易发地区的粮食安全",
      ],
      a: [
        "农民通过当地语言的语音和短信接收季节性天气预报和播种建议。",
        "农技推广人员使用平板电脑登记地块、记录产量并上报病虫害情况。",
        "平台每日发布区域市场价格，帮助农民决定在何时何地销售。",
        "由农艺师值守的呼叫中心免费解答农民的问题，并开展农业教育培训。",
      ],
      u: "名农民",
    },
  },
  {
    key: "cyber",
    w: 5,
    lines: ["C5", "C4", "C10"],
    sdgs: [16, 9],
    brands: ["Cyber", "Safe", "Secure", "Shield"],
    en: {
      t: [
        "cybersecurity awareness campaign",
        "national computer incident response team",
        "cybersecurity capacity-building programme",
        "online safety education programme",
        "security operations centre for public institutions",
      ],
      g: ["small businesses", "government agencies", "schoolchildren and parents", "bank customers"],
      o: [
        "raise awareness of online fraud and phishing",
        "strengthen the country's capacity to respond to cyber incidents",
        "protect critical information infrastructure",
        "build a pool of qualified cybersecurity professionals",
      ],
      a: [
        "The campaign uses radio spots, social media and school visits to explain how to create strong passwords and recognise scams.",
        "Incident handlers from ministries and banks take part in an annual national cyber drill.",
        "A hotline allows citizens and companies to report incidents and receive guidance.",
        "Training follows international good practice and includes hands-on exercises in a virtual lab.",
      ],
      u: "participants",
    },
    fr: {
      t: [
        "f:campagne de sensibilisation à la cybersécurité",
        "f:équipe nationale de réponse aux incidents informatiques",
        "m:programme de renforcement des capacités en cybersécurité",
        "m:programme d'éducation à la sécurité en ligne",
        "m:centre des opérations de sécurité des institutions publiques",
      ],
      g: [
        "les petites entreprises",
        "les administrations publiques",
        "les écoliers et leurs parents",
        "les clients des banques",
      ],
      o: [
        "sensibiliser le public à la fraude en ligne et à l'hameçonnage",
        "renforcer la capacité du pays à répondre aux incidents informatiques",
        "protéger les infrastructures d'information critiques",
        "constituer un vivier de professionnels qualifiés de la cybersécurité",
      ],
      a: [
        "La campagne s'appuie sur des spots radio, les réseaux sociaux et des interventions en milieu scolaire pour expliquer comment créer des mots de passe robustes et repérer les escroqueries.",
        "Les équipes de gestion des incidents des ministères et des banques participent chaque année à un exercice national de cybersécurité.",
        "Une ligne d'assistance permet aux citoyens et aux entreprises de signaler des incidents et d'obtenir des conseils.",
        "La formation suit les bonnes pratiques internationales et comprend des exercices pratiques dans un laboratoire virtuel.",
      ],
      u: "participants",
    },
    es: {
      t: [
        "f:campaña de concienciación sobre ciberseguridad",
        "m:equipo nacional de respuesta a incidentes informáticos",
        "m:programa de fortalecimiento de capacidades en ciberseguridad",
        "m:programa de educación en seguridad en línea",
        "m:centro de operaciones de seguridad de instituciones públicas",
      ],
      g: [
        "las pequeñas empresas",
        "los organismos públicos",
        "los escolares y sus familias",
        "los usuarios de servicios bancarios",
      ],
      o: [
        "concienciar a la población sobre el fraude en línea y la suplantación de identidad",
        "fortalecer la capacidad del país para responder a incidentes cibernéticos",
        "proteger la infraestructura crítica de información",
        "formar una reserva de profesionales calificados en ciberseguridad",
      ],
      a: [
        "La campaña utiliza cuñas radiales, redes sociales y visitas a escuelas para explicar cómo crear contraseñas seguras y reconocer estafas.",
        "Los equipos de respuesta de ministerios y bancos participan cada año en un simulacro nacional de ciberseguridad.",
        "Una línea de ayuda permite a ciudadanos y empresas denunciar incidentes y recibir orientación.",
        "La formación sigue las buenas prácticas internacionales e incluye ejercicios prácticos en un laboratorio virtual.",
      ],
      u: "participantes",
    },
    ru: {
      t: [
        "Кампания по повышению осведомлённости в области кибербезопасности",
        "Национальная группа реагирования на компьютерные инциденты",
        "Программа наращивания потенциала в области кибербезопасности",
        "Просветительская программа по безопасности в интернете",
        "Центр мониторинга информационной безопасности государственных органов",
      ],
      g: ["малых предприятий", "государственных органов", "школьников и их родителей", "клиентов банков"],
      o: [
        "повысить осведомлённость населения о мошенничестве и фишинге в сети",
        "укрепить потенциал страны по реагированию на киберинциденты",
        "защитить критическую информационную инфраструктуру",
        "подготовить квалифицированных специалистов по кибербезопасности",
      ],
      a: [
        "В рамках кампании радиоролики, публикации в социальных сетях и уроки в школах объясняют, как создавать надёжные пароли и распознавать мошенников.",
        "Специалисты по реагированию на инциденты из министерств и банков ежегодно участвуют в национальных киберучениях.",
        "Горячая линия позволяет гражданам и компаниям сообщать об инцидентах и получать консультации.",
        "Обучение строится на международной передовой практике и включает практические занятия в виртуальной лаборатории.",
      ],
      u: "участников",
    },
    ar: {
      t: [
        "حملة للتوعية بالأمن السيبراني",
        "الفريق الوطني للاستجابة للحوادث الحاسوبية",
        "برنامج لبناء القدرات في مجال الأمن السيبراني",
        "برنامج للتثقيف بشأن السلامة على الإنترنت",
        "مركز عمليات أمنية للمؤسسات العامة",
      ],
      g: ["المؤسسات الصغيرة", "الجهات الحكومية", "تلاميذ المدارس وأولياء أمورهم", "عملاء المصارف"],
      o: [
        "التوعية بمخاطر الاحتيال والتصيد الاحتيالي عبر الشبكة",
        "تعزيز قدرة البلد على الاستجابة للحوادث السيبرانية",
        "حماية البنية التحتية الحيوية للمعلومات",
        "تكوين كوادر مؤهلة في مجال الأمن السيبراني",
      ],
      a: [
        "تعتمد الحملة على الومضات الإذاعية ووسائل التواصل الاجتماعي والزيارات المدرسية لشرح كيفية إنشاء كلمات مرور قوية واكتشاف عمليات الاحتيال.",
        "يشارك مختصو الاستجابة للحوادث في الوزارات والمصارف سنوياً في تمرين وطني للأمن السيبراني.",
        "يتيح خط ساخن للمواطنين والشركات الإبلاغ عن الحوادث والحصول على التوجيه اللازم.",
        "يتبع التدريب أفضل الممارسات الدولية ويتضمن تمارين عملية في مختبر افتراضي.",
      ],
      u: "مشارك",
    },
    zh: {
      t: [
        "网络安全意识宣传活动",
        "国家计算机应急响应小组",
        "网络安全能力建设项目",
        "网络安全教育进校园项目",
        "政务网络安全运营中心",
      ],
      g: ["小微企业", "政府机关", "中小学生及家长", "银行客户"],
      o: [
        "提高公众对网络诈骗和钓鱼攻击的防范意识",
        "增强国家应对网络安全事件的能力",
        "保护关键信息基础设施",
        "培养一批合格的网络安全专业人才",
      ],
      a: [
        "活动通过广播、社交媒体和进校园宣讲，讲解如何设置安全密码和识别诈骗。",
        "各部委和银行的应急响应人员每年参加全国网络安全演练。",
        "公众和企业可通过热线报告安全事件并获得指导。",
        "培训遵循国际良好实践，并在虚拟实验室中开展实操演练。",
      ],
      u: "名参与者",
    },
  },
  {
    key: "radio",
    w: 3,
    lines: ["C9", "C8", "C3"],
    sdgs: [16, 5],
    brands: ["Radio", "Voice", "Wave"],
    en: {
      t: [
        "community radio station",
        "network of community radio stations",
        "local radio programme on citizenship",
        "community media centre",
        "rural radio listening club",
      ],
      g: ["rural listeners", "women's groups", "indigenous communities", "young reporters"],
      o: [
        "give marginalised communities a voice in local affairs",
        "broadcast reliable information in local languages",
        "train local journalists in ethical reporting",
        "improve access to information on health, farming and public services",
      ],
      a: [
        "Programmes are produced by volunteers and broadcast in five local languages.",
        "Listeners call in or send text messages to take part in live debates with local officials.",
        "The station has been equipped with solar-powered transmitters and portable recording kits.",
        "Radio listening clubs meet weekly to discuss programmes and propose new topics.",
      ],
      u: "listeners",
    },
    fr: {
      t: [
        "f:radio communautaire",
        "m:réseau de radios communautaires",
        "f:émission de radio locale sur la citoyenneté",
        "m:centre multimédia communautaire",
        "m:club d'écoute radiophonique rural",
      ],
      g: ["les auditeurs ruraux", "les groupements de femmes", "les communautés autochtones", "les jeunes reporters"],
      o: [
        "donner la parole aux communautés marginalisées dans les affaires locales",
        "diffuser une information fiable dans les langues locales",
        "former des journalistes locaux à une pratique éthique du métier",
        "améliorer l'accès à l'information sur la santé, l'agriculture et les services publics",
      ],
      a: [
        "Les émissions sont produites par des bénévoles et diffusées dans cinq langues locales.",
        "Les auditeurs appellent ou envoient des SMS pour participer à des débats en direct avec les élus locaux.",
        "La station a été équipée d'émetteurs alimentés à l'énergie solaire et de kits d'enregistrement portables.",
        "Des clubs d'écoute se réunissent chaque semaine pour discuter des émissions et proposer de nouveaux sujets.",
      ],
      u: "auditeurs",
    },
    es: {
      t: [
        "f:radio comunitaria",
        "f:red de radios comunitarias",
        "m:programa radial local sobre ciudadanía",
        "m:centro comunitario de medios",
        "m:club rural de escucha radiofónica",
      ],
      g: ["los oyentes rurales", "los grupos de mujeres", "los pueblos indígenas", "los jóvenes reporteros"],
      o: [
        "dar voz a las comunidades marginadas en los asuntos locales",
        "difundir información fiable en lenguas locales",
        "formar a periodistas locales en prácticas informativas éticas",
        "mejorar el acceso a información sobre salud, agricultura y servicios públicos",
      ],
      a: [
        "Los programas son producidos por voluntarios y se emiten en cinco lenguas locales.",
        "Los oyentes llaman o envían mensajes de texto para participar en debates en vivo con autoridades locales.",
        "La emisora cuenta con transmisores alimentados por energía solar y equipos portátiles de grabación.",
        "Los clubes de escucha se reúnen cada semana para comentar los programas y proponer nuevos temas.",
      ],
      u: "oyentes",
    },
    ru: {
      t: [
        "Общественная радиостанция",
        "Сеть общественных радиостанций",
        "Местная радиопрограмма о гражданском участии",
        "Общественный медиацентр",
        "Клуб сельских радиослушателей",
      ],
      g: ["сельских радиослушателей", "женских групп", "коренных общин", "молодых репортёров"],
      o: [
        "дать голос маргинализированным сообществам в решении местных вопросов",
        "распространять достоверную информацию на местных языках",
        "обучить местных журналистов принципам этичной журналистики",
        "улучшить доступ к информации о здравоохранении, сельском хозяйстве и государственных услугах",
      ],
      a: [
        "Передачи готовят волонтёры; вещание ведётся на пяти местных языках.",
        "Слушатели звонят в студию или присылают SMS, чтобы участвовать в прямых дебатах с представителями местной власти.",
        "Радиостанция оснащена передатчиками на солнечных батареях и портативными комплектами для записи.",
        "Клубы радиослушателей еженедельно обсуждают передачи и предлагают новые темы.",
      ],
      u: "слушателей",
    },
    ar: {
      t: [
        "إذاعة مجتمعية",
        "شبكة من الإذاعات المجتمعية",
        "برنامج إذاعي محلي حول المواطنة",
        "مركز مجتمعي للإعلام",
        "نوادي الاستماع الإذاعي في الأرياف",
      ],
      g: ["المستمعين في الأرياف", "المجموعات النسائية", "المجتمعات الأصلية", "المراسلين الشباب"],
      o: [
        "إسماع صوت المجتمعات المهمشة في الشؤون المحلية",
        "بث معلومات موثوقة باللغات المحلية",
        "تدريب الصحفيين المحليين على الممارسة المهنية الأخلاقية",
        "تحسين الوصول إلى المعلومات المتعلقة بالصحة والزراعة والخدمات العامة",
      ],
      a: [
        "يُعد المتطوعون البرامج التي تُبث بخمس لغات محلية.",
        "يتصل المستمعون بالإذاعة أو يرسلون رسائل نصية للمشاركة في نقاشات مباشرة مع المسؤولين المحليين.",
        "زُودت المحطة بأجهزة إرسال تعمل بالطاقة الشمسية وعُدد تسجيل محمولة.",
        "تجتمع نوادي الاستماع أسبوعياً لمناقشة البرامج واقتراح مواضيع جديدة.",
      ],
      u: "مستمع",
    },
    zh: {
      t: ["社区广播电台", "社区广播电台网络", "公民意识地方广播节目", "社区媒体中心", "农村广播收听小组"],
      g: ["农村听众", "妇女团体", "土著社区", "青年通讯员"],
      o: [
        "让边缘化社区在地方事务中发出声音",
        "用当地语言传播可靠信息",
        "培训当地记者遵守新闻职业道德",
        "改善公众获取卫生、农业和公共服务信息的渠道",
      ],
      a: [
        "节目由志愿者制作，并以五种当地语言播出。",
        "听众可通过电话或短信参与与地方官员的直播讨论。",
        "电台配备了太阳能发射机和便携式录音设备。",
        "收听小组每周聚会，讨论节目并提出新的选题。",
      ],
      u: "名听众",
    },
  },
  {
    key: "library",
    w: 4,
    lines: ["C3", "C8", "C7.e-learning"],
    sdgs: [4, 16],
    brands: ["Book", "Read", "Library", "Know"],
    en: {
      t: [
        "digital library",
        "public library modernisation programme",
        "national digital archive",
        "mobile library service",
        "e-book lending service for public libraries",
      ],
      g: ["public library users", "researchers and students", "rural readers", "children and young readers"],
      o: [
        "preserve and share the nation's documentary heritage",
        "turn public libraries into community technology hubs",
        "give readers free access to books and scientific journals",
        "promote reading among children and young people",
      ],
      a: [
        "More than fifty thousand books, manuscripts and photographs have been digitised and catalogued.",
        "Librarians have been trained to help visitors use computers, search online catalogues and access e-government services.",
        "A bus equipped with laptops and e-readers visits villages every week.",
        "The collection is described using international metadata standards to ensure long-term preservation.",
      ],
      u: "readers",
    },
    fr: {
      t: [
        "f:bibliothèque numérique",
        "m:programme de modernisation des bibliothèques publiques",
        "f:archive numérique nationale",
        "m:service de bibliothèque mobile",
        "m:service de prêt de livres électroniques",
      ],
      g: [
        "les usagers des bibliothèques publiques",
        "les chercheurs et les étudiants",
        "les lecteurs des zones rurales",
        "les enfants et les jeunes lecteurs",
      ],
      o: [
        "préserver et partager le patrimoine documentaire national",
        "transformer les bibliothèques publiques en espaces technologiques de proximité",
        "offrir aux lecteurs un accès gratuit aux livres et aux revues scientifiques",
        "promouvoir la lecture chez les enfants et les jeunes",
      ],
      a: [
        "Plus de cinquante mille livres, manuscrits et photographies ont été numérisés et catalogués.",
        "Les bibliothécaires ont été formés pour aider le public à utiliser les ordinateurs, à consulter les catalogues en ligne et à accéder aux services administratifs en ligne.",
        "Un bus équipé d'ordinateurs portables et de liseuses se rend chaque semaine dans les villages.",
        "Les collections sont décrites selon les normes internationales de métadonnées afin d'en garantir la conservation à long terme.",
      ],
      u: "lecteurs",
    },
    es: {
      t: [
        "f:biblioteca digital",
        "m:programa de modernización de bibliotecas públicas",
        "m:archivo digital nacional",
        "m:servicio de biblioteca móvil",
        "m:servicio de préstamo de libros electrónicos",
      ],
      g: [
        "los usuarios de bibliotecas públicas",
        "los investigadores y estudiantes",
        "los lectores de zonas rurales",
        "los niños y jóvenes lectores",
      ],
      o: [
        "preservar y difundir el patrimonio documental del país",
        "convertir las bibliotecas públicas en centros tecnológicos comunitarios",
        "ofrecer a los lectores acceso gratuito a libros y revistas científicas",
        "fomentar la lectura entre niños y jóvenes",
      ],
      a: [
        "Se han digitalizado y catalogado más de cincuenta mil libros, manuscritos y fotografías.",
        "El personal bibliotecario recibió formación para ayudar al público a usar computadoras, consultar catálogos en línea y acceder a trámites electrónicos.",
        "Un autobús equipado con computadoras portátiles y lectores electrónicos visita las comunidades cada semana.",
        "Las colecciones se describen conforme a normas internacionales de metadatos para garantizar su preservación a largo plazo.",
      ],
      u: "lectores",
    },
    ru: {
      t: [
        "Электронная библиотека",
        "Программа модернизации публичных библиотек",
        "Национальный цифровой архив",
        "Передвижная библиотека",
        "Сервис выдачи электронных книг в публичных библиотеках",
      ],
      g: [
        "читателей публичных библиотек",
        "исследователей и студентов",
        "сельских читателей",
        "детей и юных читателей",
      ],
      o: [
        "сохранить национальное документальное наследие и обеспечить к нему доступ",
        "превратить публичные библиотеки в общественные технологические центры",
        "предоставить читателям бесплатный доступ к книгам и научным журналам",
        "популяризировать чтение среди детей и молодёжи",
      ],
      a: [
        "Оцифровано и каталогизировано более пятидесяти тысяч книг, рукописей и фотографий.",
        "Библиотекари обучены помогать посетителям пользоваться компьютерами, электронными каталогами и порталом государственных услуг.",
        "Автобус с ноутбуками и электронными книгами еженедельно посещает сёла.",
        "Фонды описываются по международным стандартам метаданных, что обеспечивает их долгосрочную сохранность.",
      ],
      u: "читателей",
    },
    ar: {
      t: [
        "المكتبة الرقمية",
        "برنامج تحديث المكتبات العامة",
        "الأرشيف الوطني الرقمي",
        "خدمة المكتبة المتنقلة",
        "خدمة إعارة الكتب الإلكترونية في المكتبات العامة",
      ],
      g: ["رواد المكتبات العامة", "الباحثين والطلاب", "القراء في المناطق الريفية", "الأطفال والقراء الشباب"],
      o: [
        "صون التراث الوثائقي الوطني وإتاحته",
        "تحويل المكتبات العامة إلى مراكز تكنولوجية مجتمعية",
        "إتاحة الكتب والمجلات العلمية للقراء مجاناً",
        "تشجيع القراءة لدى الأطفال والشباب",
      ],
      a: [
        "جرت رقمنة أكثر من خمسين ألف كتاب ومخطوطة وصورة وفهرستها.",
        "تلقى أمناء المكتبات تدريباً لمساعدة الزوار على استخدام الحواسيب والبحث في الفهارس الإلكترونية والوصول إلى الخدمات الحكومية الإلكترونية.",
        "تزور حافلة مجهزة بحواسيب محمولة وأجهزة قراءة إلكترونية القرى كل أسبوع.",
        "توصف المجموعات وفق المعايير الدولية للبيانات الوصفية لضمان حفظها على المدى الطويل.",
      ],
      u: "قارئ",
    },
    zh: {
      t: ["数字图书馆", "公共图书馆现代化项目", "国家数字档案馆", "流动图书馆服务", "公共图书馆电子书借阅服务"],
      g: ["公共图书馆读者", "科研人员和学生", "农村读者", "少年儿童读者"],
      o: [
        "保护和共享国家文献遗产",
        "将公共图书馆打造为社区科技中心",
        "让读者免费获取图书和学术期刊",
        "在青少年中推广阅读",
      ],
      a: [
        "五万多册图书、手稿和照片已完成数字化和编目。",
        "图书馆员接受了培训，能够帮助读者使用计算机、检索在线目录和办理网上政务。",
        "配备笔记本电脑和电子阅读器的流动图书车每周走进乡村。",
        "馆藏按照国际元数据标准进行著录，以确保长期保存。",
      ],
      u: "名读者",
    },
  },
  {
    key: "egov",
    w: 8,
    lines: ["C7.e-government", "C1", "C6", "C5"],
    sdgs: [16],
    brands: ["Gov", "Civic", "Citizen", "Service"],
    en: {
      t: [
        "e-government services portal",
        "one-stop shop for public services",
        "electronic civil registration system",
        "national digital identity programme",
        "online tax filing service",
        "e-procurement system",
      ],
      g: ["citizens and businesses", "municipal administrations", "rural residents", "civil servants"],
      o: [
        "allow citizens to obtain public services without travelling to government offices",
        "reduce the time and cost of administrative procedures",
        "increase transparency and reduce opportunities for corruption",
        "ensure that every birth is registered",
      ],
      a: [
        "More than two hundred administrative procedures can now be completed online, from birth certificates to business licences.",
        "Citizen service centres in every district help people who cannot use the online services themselves.",
        "Ministries share data through a secure interoperability platform so that citizens do not have to submit the same documents twice.",
        "Payments can be made by mobile money, bank card or at post offices.",
      ],
      u: "users",
    },
    fr: {
      t: [
        "m:portail de services administratifs en ligne",
        "m:guichet unique des services publics",
        "m:système électronique d'état civil",
        "m:programme national d'identité numérique",
        "m:service de télédéclaration fiscale",
        "m:système de passation électronique des marchés publics",
      ],
      g: [
        "les citoyens et les entreprises",
        "les administrations municipales",
        "les habitants des zones rurales",
        "les fonctionnaires",
      ],
      o: [
        "permettre aux citoyens d'obtenir des services publics sans se déplacer",
        "réduire les délais et les coûts des démarches administratives",
        "accroître la transparence et réduire les risques de corruption",
        "garantir l'enregistrement de chaque naissance",
      ],
      a: [
        "Plus de deux cents démarches administratives peuvent désormais être effectuées en ligne, de l'acte de naissance à la licence commerciale.",
        "Dans chaque district, des maisons de services publics accompagnent les personnes qui ne peuvent pas utiliser seules les services en ligne.",
        "Les ministères échangent leurs données au moyen d'une plateforme d'interopérabilité sécurisée, si bien que les usagers n'ont plus à fournir deux fois les mêmes pièces.",
        "Les paiements peuvent se faire par monnaie mobile, carte bancaire ou dans les bureaux de poste.",
      ],
      u: "usagers",
    },
    es: {
      t: [
        "m:portal de servicios de gobierno electrónico",
        "f:ventanilla única de servicios públicos",
        "m:sistema electrónico de registro civil",
        "m:programa nacional de identidad digital",
        "m:servicio de declaración de impuestos en línea",
        "m:sistema de contratación pública electrónica",
      ],
      g: [
        "la ciudadanía y las empresas",
        "las administraciones municipales",
        "los habitantes de zonas rurales",
        "los servidores públicos",
      ],
      o: [
        "permitir que la ciudadanía realice trámites sin acudir a oficinas públicas",
        "reducir el tiempo y el costo de los trámites administrativos",
        "aumentar la transparencia y reducir los riesgos de corrupción",
        "garantizar el registro de cada nacimiento",
      ],
      a: [
        "Más de doscientos trámites, desde actas de nacimiento hasta licencias comerciales, pueden realizarse ya en línea.",
        "En cada distrito, centros de atención ciudadana ayudan a las personas que no pueden usar por sí mismas los servicios en línea.",
        "Los ministerios intercambian datos mediante una plataforma segura de interoperabilidad, de modo que la ciudadanía no tiene que presentar dos veces los mismos documentos.",
        "Los pagos pueden hacerse con dinero móvil, tarjeta bancaria o en oficinas de correos.",
      ],
      u: "usuarios",
    },
    ru: {
      t: [
        "Портал электронных государственных услуг",
        "Центр обслуживания «одно окно»",
        "Электронная система регистрации актов гражданского состояния",
        "Национальная программа цифровой идентификации",
        "Онлайн-сервис подачи налоговых деклараций",
        "Система электронных государственных закупок",
      ],
      g: [
        "граждан и предприятий",
        "муниципальных администраций",
        "жителей сельских районов",
        "государственных служащих",
      ],
      o: [
        "дать гражданам возможность получать государственные услуги, не посещая ведомства",
        "сократить сроки и стоимость административных процедур",
        "повысить прозрачность и снизить коррупционные риски",
        "обеспечить регистрацию каждого рождения",
      ],
      a: [
        "Более двухсот административных процедур — от получения свидетельства о рождении до лицензирования бизнеса — теперь доступны онлайн.",
        "Центры обслуживания населения в каждом районе помогают тем, кто не может самостоятельно воспользоваться онлайн-услугами.",
        "Министерства обмениваются данными через защищённую платформу межведомственного взаимодействия, поэтому гражданам не нужно повторно предоставлять одни и те же документы.",
        "Оплатить услуги можно с помощью мобильного кошелька, банковской карты или в почтовом отделении.",
      ],
      u: "пользователей",
    },
    ar: {
      t: [
        "بوابة الخدمات الحكومية الإلكترونية",
        "الشباك الموحد للخدمات العامة",
        "نظام إلكتروني للسجل المدني",
        "البرنامج الوطني للهوية الرقمية",
        "خدمة تقديم الإقرارات الضريبية إلكترونياً",
        "نظام المشتريات الحكومية الإلكترونية",
      ],
      g: ["المواطنين والشركات", "الإدارات البلدية", "سكان المناطق الريفية", "موظفي الدولة"],
      o: [
        "تمكين المواطنين من الحصول على الخدمات العامة دون الحاجة إلى التنقل إلى المكاتب الحكومية",
        "تقليص مدة الإجراءات الإدارية وتكلفتها",
        "تعزيز الشفافية والحد من فرص الفساد",
        "ضمان تسجيل كل مولود",
      ],
      a: [
        "أصبح بالإمكان إنجاز أكثر من مائتي إجراء إداري عبر الإنترنت، من شهادات الميلاد إلى التراخيص التجارية.",
        "تساعد مراكز خدمة المواطنين في كل منطقة الأشخاص الذين لا يستطيعون استخدام الخدمات الإلكترونية بأنفسهم.",
        "تتبادل الوزارات البيانات عبر منصة آمنة للتشغيل البيني، فلا يضطر المواطن إلى تقديم المستندات نفسها مرتين.",
        "يمكن الدفع عبر الهاتف المحمول أو البطاقة المصرفية أو في مكاتب البريد.",
      ],
      u: "مستخدم",
    },
    zh: {
      t: [
        "电子政务服务门户",
        "政务服务“一站式”平台",
        "电子户籍登记系统",
        "国家数字身份项目",
        "网上报税服务",
        "电子政府采购系统",
      ],
      g: ["公民和企业", "市县政府", "农村居民", "公务人员"],
      o: [
        "让群众足不出户办理政务服务",
        "缩短行政审批时间、降低办事成本",
        "提高透明度，减少腐败风险",
        "确保每一名新生儿都得到登记",
      ],
      a: [
        "从出生证明到营业执照，两百多项政务服务事项现已实现网上办理。",
        "各区县的政务服务中心为无法自行使用网上服务的群众提供帮助。",
        "各部门通过安全的数据共享交换平台交换信息，群众无需重复提交相同材料。",
        "群众可以通过移动支付、银行卡或在邮政网点缴费。",
      ],
      u: "名用户",
    },
  },
  {
    key: "ecommerce",
    w: 5,
    lines: ["C7.e-business", "C6", "C4"],
    sdgs: [8, 5, 9],
    brands: ["Trade", "Market", "Pay", "Biz"],
    en: {
      t: [
        "e-commerce platform for small businesses",
        "mobile money service",
        "online marketplace for artisans",
        "digital payments programme",
        "business incubator for tech start-ups",
        "e-commerce training programme for exporters",
      ],
      g: [
        "micro and small enterprises",
        "women-owned businesses",
        "artisans and craft producers",
        "young entrepreneurs",
      ],
      o: [
        "help small businesses sell their products online",
        "bring unbanked households into the formal financial system",
        "reduce the cost of cross-border trade",
        "support the growth of innovative start-ups",
      ],
      a: [
        "Participating businesses receive help with product photography, online shop set-up and delivery logistics.",
        "Customers can pay and transfer money using basic mobile phones, without a bank account.",
        "Mentors from the private sector coach start-ups for six months and connect them with investors.",
        "Customs and tax procedures for small parcels have been simplified with partner agencies.",
      ],
      u: "businesses",
    },
    fr: {
      t: [
        "f:plateforme de commerce électronique pour les petites entreprises",
        "m:service de monnaie mobile",
        "f:place de marché en ligne pour les artisans",
        "m:programme de paiements numériques",
        "m:incubateur de jeunes pousses technologiques",
        "m:programme de formation au commerce électronique pour les exportateurs",
      ],
      g: [
        "les micro et petites entreprises",
        "les entreprises dirigées par des femmes",
        "les artisans",
        "les jeunes entrepreneurs",
      ],
      o: [
        "aider les petites entreprises à vendre leurs produits en ligne",
        "intégrer les ménages non bancarisés dans le système financier formel",
        "réduire le coût du commerce transfrontalier",
        "soutenir la croissance des jeunes pousses innovantes",
      ],
      a: [
        "Les entreprises participantes sont accompagnées pour la photographie de leurs produits, la création de leur boutique en ligne et la logistique de livraison.",
        "Les clients peuvent payer et transférer de l'argent avec un simple téléphone mobile, sans compte bancaire.",
        "Des mentors issus du secteur privé accompagnent les jeunes pousses pendant six mois et les mettent en relation avec des investisseurs.",
        "Les formalités douanières et fiscales applicables aux petits colis ont été simplifiées avec les administrations partenaires.",
      ],
      u: "entreprises",
    },
    es: {
      t: [
        "f:plataforma de comercio electrónico para pequeñas empresas",
        "m:servicio de dinero móvil",
        "m:mercado en línea para artesanos",
        "m:programa de pagos digitales",
        "f:incubadora de empresas emergentes de base tecnológica",
        "m:programa de capacitación en comercio electrónico para exportadores",
      ],
      g: [
        "las micro y pequeñas empresas",
        "las empresas lideradas por mujeres",
        "los artesanos",
        "los jóvenes emprendedores",
      ],
      o: [
        "ayudar a las pequeñas empresas a vender sus productos en línea",
        "incorporar a los hogares no bancarizados al sistema financiero formal",
        "reducir el costo del comercio transfronterizo",
        "apoyar el crecimiento de empresas emergentes innovadoras",
      ],
      a: [
        "Las empresas participantes reciben apoyo en fotografía de productos, creación de tiendas en línea y logística de entrega.",
        "Los clientes pueden pagar y transferir dinero con un teléfono móvil básico, sin necesidad de cuenta bancaria.",
        "Mentores del sector privado acompañan a las empresas emergentes durante seis meses y las conectan con inversionistas.",
        "Junto con las instituciones aliadas se simplificaron los trámites aduaneros y tributarios para envíos pequeños.",
      ],
      u: "empresas",
    },
    ru: {
      t: [
        "Платформа электронной торговли для малого бизнеса",
        "Сервис мобильных денег",
        "Онлайн-маркетплейс для ремесленников",
        "Программа развития цифровых платежей",
        "Бизнес-инкубатор для технологических стартапов",
        "Программа обучения экспортёров электронной торговле",
      ],
      g: ["микро- и малых предприятий", "женщин-предпринимателей", "ремесленников", "молодых предпринимателей"],
      o: [
        "помочь малым предприятиям продавать продукцию онлайн",
        "вовлечь домохозяйства без банковских счетов в официальную финансовую систему",
        "снизить издержки трансграничной торговли",
        "поддержать рост инновационных стартапов",
      ],
      a: [
        "Участникам помогают с фотосъёмкой товаров, созданием интернет-магазина и организацией доставки.",
        "Клиенты могут оплачивать покупки и переводить деньги с простого мобильного телефона без банковского счёта.",
        "Наставники из частного сектора в течение шести месяцев консультируют стартапы и знакомят их с инвесторами.",
        "Совместно с партнёрскими ведомствами упрощены таможенные и налоговые процедуры для небольших посылок.",
      ],
      u: "предприятий",
    },
    ar: {
      t: [
        "منصة التجارة الإلكترونية للمؤسسات الصغيرة",
        "خدمة الأموال عبر الهاتف المحمول",
        "سوق إلكترونية للحرفيين",
        "برنامج المدفوعات الرقمية",
        "حاضنة أعمال للشركات التقنية الناشئة",
        "برنامج تدريبي على التجارة الإلكترونية للمصدرين",
      ],
      g: ["المؤسسات الصغرى والصغيرة", "المشاريع التي تديرها النساء", "الحرفيين", "رواد الأعمال الشباب"],
      o: [
        "مساعدة المؤسسات الصغيرة على بيع منتجاتها عبر الإنترنت",
        "إدماج الأسر التي لا تملك حسابات مصرفية في النظام المالي الرسمي",
        "خفض تكلفة التجارة عبر الحدود",
        "دعم نمو الشركات الناشئة المبتكرة",
      ],
      a: [
        "تحصل المؤسسات المشاركة على دعم في تصوير المنتجات وإنشاء المتاجر الإلكترونية وتنظيم خدمات التوصيل.",
        "يمكن للعملاء الدفع وتحويل الأموال باستخدام هواتف محمولة بسيطة دون الحاجة إلى حساب مصرفي.",
        "يرافق موجهون من القطاع الخاص الشركات الناشئة لمدة ستة أشهر ويربطونها بالمستثمرين.",
        "جرى تبسيط الإجراءات الجمركية والضريبية للطرود الصغيرة بالتعاون مع الجهات الشريكة.",
      ],
      u: "مؤسسة",
    },
    zh: {
      t: [
        "小微企业电子商务平台",
        "移动支付服务",
        "手工艺人网上商城",
        "数字支付推广计划",
        "科技初创企业孵化器",
        "出口企业跨境电商培训项目",
      ],
      g: ["小微企业", "女性创办的企业", "手工艺人", "青年创业者"],
      o: [
        "帮助小微企业在网上销售产品",
        "让没有银行账户的家庭进入正规金融体系",
        "降低跨境贸易成本",
        "支持创新型初创企业成长",
      ],
      a: [
        "参与企业可在产品拍摄、网店搭建和物流配送等方面获得帮助。",
        "用户无需银行账户，使用普通手机即可付款和转账。",
        "来自私营部门的导师为初创企业提供为期六个月的辅导，并帮助其对接投资者。",
        "项目与合作部门一道简化了小件包裹的通关和税务手续。",
      ],
      u: "家企业",
    },
  },
  {
    key: "broadband",
    w: 7,
    lines: ["C2", "C6", "C1"],
    sdgs: [9],
    brands: ["Net", "Link", "Connect", "Reach"],
    en: {
      t: [
        "rural broadband programme",
        "community network",
        "national fibre backbone",
        "universal service connectivity project",
        "public Wi-Fi hotspots programme",
        "last-mile connectivity project",
        "community Internet centres programme",
      ],
      g: ["unconnected villages", "remote island communities", "low-income households", "health centres and schools"],
      o: [
        "bring affordable broadband to unserved rural areas",
        "lower the cost of connectivity for households and businesses",
        "extend mobile coverage to remote communities",
        "build local capacity to run and maintain community networks",
      ],
      a: [
        "Solar-powered base stations have been installed in villages beyond the reach of commercial operators.",
        "The community owns and manages the network through a local cooperative.",
        "The new fibre links connect district capitals to the national backbone and to neighbouring countries.",
        "Local technicians have been trained to install and repair equipment.",
      ],
      u: "households",
    },
    fr: {
      t: [
        "m:programme de haut débit rural",
        "m:réseau communautaire",
        "f:dorsale nationale en fibre optique",
        "m:projet de connectivité financé par le service universel",
        "m:programme de points d'accès Wi-Fi publics",
        "m:projet de connectivité du dernier kilomètre",
      ],
      g: [
        "les villages non desservis",
        "les communautés insulaires isolées",
        "les ménages à faible revenu",
        "les centres de santé et les écoles",
      ],
      o: [
        "apporter un haut débit abordable aux zones rurales non desservies",
        "réduire le coût de la connectivité pour les ménages et les entreprises",
        "étendre la couverture mobile aux communautés isolées",
        "renforcer les capacités locales d'exploitation et de maintenance des réseaux communautaires",
      ],
      a: [
        "Des stations de base alimentées à l'énergie solaire ont été installées dans des villages hors de portée des opérateurs commerciaux.",
        "La communauté possède et gère le réseau par l'intermédiaire d'une coopérative locale.",
        "Les nouvelles liaisons en fibre optique relient les chefs-lieux de district à la dorsale nationale et aux pays voisins.",
        "Des techniciens locaux ont été formés à l'installation et à la réparation des équipements.",
      ],
      u: "ménages",
    },
    es: {
      t: [
        "m:programa de banda ancha rural",
        "f:red comunitaria",
        "f:red troncal nacional de fibra óptica",
        "m:proyecto de conectividad del servicio universal",
        "m:programa de zonas wifi públicas",
        "m:proyecto de conectividad de última milla",
      ],
      g: [
        "las comunidades sin conexión",
        "las comunidades insulares aisladas",
        "los hogares de bajos ingresos",
        "los centros de salud y las escuelas",
      ],
      o: [
        "llevar banda ancha asequible a zonas rurales desatendidas",
        "reducir el costo de la conectividad para hogares y empresas",
        "ampliar la cobertura móvil a comunidades remotas",
        "fortalecer la capacidad local para operar y mantener redes comunitarias",
      ],
      a: [
        "Se instalaron estaciones base alimentadas con energía solar en comunidades fuera del alcance de los operadores comerciales.",
        "La comunidad es dueña de la red y la gestiona a través de una cooperativa local.",
        "Los nuevos enlaces de fibra conectan las cabeceras municipales con la red troncal nacional y con los países vecinos.",
        "Técnicos locales recibieron capacitación para instalar y reparar los equipos.",
      ],
      u: "hogares",
    },
    ru: {
      t: [
        "Программа развития широкополосного доступа в сельской местности",
        "Общественная сеть связи",
        "Национальная магистральная волоконно-оптическая сеть",
        "Проект подключения в рамках универсальной услуги связи",
        "Программа общественных точек Wi-Fi",
        "Проект подключения «последней мили»",
      ],
      g: [
        "неподключённых сёл",
        "жителей отдалённых островов",
        "малообеспеченных домохозяйств",
        "медицинских учреждений и школ",
      ],
      o: [
        "обеспечить доступный широкополосный доступ в сельских районах, где его нет",
        "снизить стоимость услуг связи для домохозяйств и бизнеса",
        "расширить зону покрытия мобильной связи в отдалённых населённых пунктах",
        "подготовить местных специалистов для эксплуатации и обслуживания общественных сетей",
      ],
      a: [
        "В сёлах, куда не доходят коммерческие операторы, установлены базовые станции на солнечных батареях.",
        "Сеть принадлежит местному сообществу и управляется через кооператив.",
        "Новые волоконно-оптические линии соединяют районные центры с национальной магистралью и соседними странами.",
        "Местные техники прошли обучение по монтажу и ремонту оборудования.",
      ],
      u: "домохозяйств",
    },
    ar: {
      t: [
        "برنامج النطاق العريض في المناطق الريفية",
        "شبكة مجتمعية",
        "الشبكة الوطنية الأساسية من الألياف البصرية",
        "مشروع للتوصيل ممول من صندوق الخدمة الشاملة",
        "برنامج نقاط الاتصال العامة بشبكة واي فاي",
        "مشروع للتوصيل في الميل الأخير",
      ],
      g: [
        "القرى غير المتصلة بالشبكة",
        "المجتمعات الجزرية النائية",
        "الأسر ذات الدخل المنخفض",
        "المراكز الصحية والمدارس",
      ],
      o: [
        "توفير خدمات النطاق العريض بأسعار معقولة في المناطق الريفية غير المخدومة",
        "خفض تكلفة الاتصال للأسر والشركات",
        "توسيع تغطية الشبكات المتنقلة لتشمل المجتمعات النائية",
        "بناء القدرات المحلية على تشغيل الشبكات المجتمعية وصيانتها",
      ],
      a: [
        "رُكبت محطات قاعدية تعمل بالطاقة الشمسية في قرى لا تصل إليها خدمات المشغلين التجاريين.",
        "يمتلك المجتمع المحلي الشبكة ويديرها من خلال تعاونية محلية.",
        "تربط وصلات الألياف الجديدة مراكز المحافظات بالشبكة الوطنية الأساسية وبالبلدان المجاورة.",
        "تلقى فنيون محليون تدريباً على تركيب المعدات وإصلاحها.",
      ],
      u: "أسرة",
    },
    zh: {
      t: [
        "农村宽带建设项目",
        "社区网络",
        "国家光纤骨干网",
        "电信普遍服务项目",
        "公共无线热点建设计划",
        "“最后一公里”接入项目",
      ],
      g: ["未通网村庄", "偏远海岛居民", "低收入家庭", "卫生院和学校"],
      o: [
        "为未覆盖的农村地区提供可负担的宽带服务",
        "降低家庭和企业的通信成本",
        "将移动网络覆盖扩展到偏远社区",
        "培养当地运营和维护社区网络的能力",
      ],
      a: [
        "在商业运营商未覆盖的村庄安装了太阳能供电基站。",
        "网络由社区所有，并通过当地合作社进行管理。",
        "新建光缆将各县城与国家骨干网及邻国相连。",
        "当地技术人员接受了设备安装和维修培训。",
      ],
      u: "户家庭",
    },
  },
  {
    key: "climate",
    w: 5,
    lines: ["C7.e-environment", "C2", "C7.e-science", "C7.e-agriculture"],
    sdgs: [13, 11],
    brands: ["Climate", "Green", "Eco", "Alert"],
    en: {
      t: [
        "early warning system for floods and droughts",
        "climate information service",
        "disaster risk mapping platform",
        "environmental monitoring network",
        "emergency alert system",
      ],
      g: [
        "flood-prone communities",
        "local disaster management committees",
        "coastal communities",
        "emergency services",
      ],
      o: [
        "give communities enough warning to protect lives and livelihoods",
        "improve the collection and sharing of climate data",
        "strengthen preparedness for extreme weather events",
        "support evidence-based land-use planning",
      ],
      a: [
        "Automatic weather and river-level stations send readings every fifteen minutes to a central server.",
        "Alerts are sent by cell broadcast, text message and community radio in local languages.",
        "Volunteers mapped roads, shelters and water points to support emergency planning.",
        "Satellite imagery is combined with field observations to monitor deforestation and land degradation.",
      ],
      u: "residents",
    },
    fr: {
      t: [
        "m:système d'alerte précoce aux inondations et aux sécheresses",
        "m:service d'information climatique",
        "f:plateforme de cartographie des risques de catastrophe",
        "m:réseau de surveillance environnementale",
        "m:système d'alerte d'urgence",
      ],
      g: [
        "les communautés exposées aux inondations",
        "les comités locaux de gestion des catastrophes",
        "les communautés côtières",
        "les services d'urgence",
      ],
      o: [
        "alerter suffisamment tôt les communautés pour protéger les vies et les moyens de subsistance",
        "améliorer la collecte et le partage des données climatiques",
        "mieux se préparer aux phénomènes météorologiques extrêmes",
        "appuyer une planification de l'occupation des sols fondée sur des données probantes",
      ],
      a: [
        "Des stations automatiques météorologiques et hydrométriques transmettent leurs mesures toutes les quinze minutes à un serveur central.",
        "Les alertes sont diffusées par diffusion cellulaire, par SMS et par les radios communautaires dans les langues locales.",
        "Des bénévoles ont cartographié les routes, les abris et les points d'eau pour faciliter la planification des secours.",
        "L'imagerie satellitaire est combinée aux observations de terrain pour suivre la déforestation et la dégradation des terres.",
      ],
      u: "habitants",
    },
    es: {
      t: [
        "m:sistema de alerta temprana ante inundaciones y sequías",
        "m:servicio de información climática",
        "f:plataforma de mapeo de riesgos de desastres",
        "f:red de monitoreo ambiental",
        "m:sistema de alertas de emergencia",
      ],
      g: [
        "las comunidades expuestas a inundaciones",
        "los comités locales de gestión de riesgos",
        "las comunidades costeras",
        "los servicios de emergencia",
      ],
      o: [
        "alertar a tiempo a las comunidades para proteger vidas y medios de vida",
        "mejorar la recopilación y el intercambio de información climática",
        "fortalecer la preparación ante fenómenos meteorológicos extremos",
        "apoyar una planificación territorial basada en evidencia",
      ],
      a: [
        "Estaciones automáticas meteorológicas y de nivel de los ríos envían datos cada quince minutos a un servidor central.",
        "Las alertas se difunden por difusión celular, mensajes de texto y radios comunitarias en lenguas locales.",
        "Voluntarios mapearon caminos, albergues y puntos de agua para apoyar la planificación de emergencias.",
        "Las imágenes satelitales se combinan con observaciones de campo para vigilar la deforestación y la degradación de suelos.",
      ],
      u: "habitantes",
    },
    ru: {
      t: [
        "Система раннего предупреждения о наводнениях и засухах",
        "Служба климатической информации",
        "Платформа картографирования рисков бедствий",
        "Сеть экологического мониторинга",
        "Система экстренного оповещения",
      ],
      g: [
        "населённых пунктов в зонах затопления",
        "местных комиссий по чрезвычайным ситуациям",
        "прибрежных общин",
        "экстренных служб",
      ],
      o: [
        "заблаговременно предупреждать население, чтобы защитить жизни и средства к существованию",
        "улучшить сбор климатических данных и обмен ими",
        "повысить готовность к экстремальным погодным явлениям",
        "обеспечить планирование землепользования на основе достоверных данных",
      ],
      a: [
        "Автоматические метеорологические и гидрологические посты каждые пятнадцать минут передают данные на центральный сервер.",
        "Оповещения рассылаются через сотовое вещание, SMS и общественное радио на местных языках.",
        "Волонтёры нанесли на карту дороги, пункты временного размещения и источники воды для планирования действий в чрезвычайных ситуациях.",
        "Спутниковые снимки сопоставляются с полевыми наблюдениями для мониторинга обезлесения и деградации земель.",
      ],
      u: "жителей",
    },
    ar: {
      t: [
        "نظام للإنذار المبكر بالفيضانات والجفاف",
        "خدمة المعلومات المناخية",
        "منصة لرسم خرائط مخاطر الكوارث",
        "شبكة لرصد البيئة",
        "نظام للإنذار في حالات الطوارئ",
      ],
      g: ["المجتمعات المعرضة للفيضانات", "لجان إدارة الكوارث المحلية", "المجتمعات الساحلية", "خدمات الطوارئ"],
      o: [
        "تنبيه المجتمعات في وقت كاف لحماية الأرواح وسبل العيش",
        "تحسين جمع البيانات المناخية وتبادلها",
        "تعزيز التأهب للظواهر الجوية المتطرفة",
        "دعم تخطيط استخدام الأراضي على أساس الأدلة",
      ],
      a: [
        "ترسل محطات آلية لرصد الطقس ومستوى الأنهار قراءاتها كل خمس عشرة دقيقة إلى خادم مركزي.",
        "تُرسل التنبيهات عبر البث الخلوي والرسائل النصية والإذاعات المجتمعية باللغات المحلية.",
        "رسم متطوعون خرائط للطرق والملاجئ ونقاط المياه لدعم التخطيط لحالات الطوارئ.",
        "تُدمج صور الأقمار الصناعية مع الملاحظات الميدانية لرصد إزالة الغابات وتدهور الأراضي.",
      ],
      u: "نسمة",
    },
    zh: {
      t: ["洪涝干旱预警系统", "气候信息服务", "灾害风险地图平台", "生态环境监测网络", "突发事件预警信息发布系统"],
      g: ["易受洪涝影响的社区", "基层防灾减灾委员会", "沿海社区", "应急救援部门"],
      o: [
        "提前向社区发布预警，保护生命和生计",
        "改进气候数据的收集和共享",
        "加强对极端天气事件的防范",
        "为科学的国土空间规划提供支撑",
      ],
      a: [
        "自动气象站和水位站每十五分钟向中心服务器传送一次观测数据。",
        "预警信息通过小区广播、短信和社区广播电台以当地语言发布。",
        "志愿者绘制了道路、避难场所和水源点地图，为应急规划提供支持。",
        "卫星遥感影像与实地观测相结合，用于监测森林砍伐和土地退化。",
      ],
      u: "名居民",
    },
  },
  {
    key: "ewaste",
    w: 2,
    lines: ["C7.e-environment", "C6", "C4"],
    sdgs: [12, 11, 13],
    brands: ["Green", "Eco", "Cycle"],
    en: {
      t: [
        "e-waste collection and recycling programme",
        "green ICT initiative",
        "refurbished computers programme",
        "e-waste management policy project",
      ],
      g: ["informal recyclers", "households and offices", "repair technicians", "municipal waste services"],
      o: [
        "reduce the environmental and health impact of electronic waste",
        "create decent jobs in the recycling sector",
        "extend the life of computers and phones through repair and reuse",
        "reduce the energy consumption of data centres and public networks",
      ],
      a: [
        "Collection points have been set up in shopping centres, post offices and schools.",
        "Informal recyclers receive protective equipment and training in safe dismantling.",
        "Refurbished computers are donated to schools and community centres.",
        "A national inventory of electronic waste flows was carried out with customs and environmental agencies.",
      ],
      u: "households",
    },
    fr: {
      t: [
        "m:programme de collecte et de recyclage des déchets électroniques",
        "f:initiative pour des TIC vertes",
        "m:programme d'ordinateurs reconditionnés",
        "m:projet de politique de gestion des déchets électroniques",
      ],
      g: [
        "les récupérateurs informels",
        "les ménages et les bureaux",
        "les techniciens de réparation",
        "les services municipaux de gestion des déchets",
      ],
      o: [
        "réduire l'impact environnemental et sanitaire des déchets électroniques",
        "créer des emplois décents dans la filière du recyclage",
        "prolonger la durée de vie des ordinateurs et des téléphones grâce à la réparation et au réemploi",
        "réduire la consommation d'énergie des centres de données et des réseaux publics",
      ],
      a: [
        "Des points de collecte ont été installés dans des centres commerciaux, des bureaux de poste et des écoles.",
        "Les récupérateurs informels reçoivent des équipements de protection et une formation au démantèlement sans danger.",
        "Les ordinateurs reconditionnés sont donnés à des écoles et à des centres communautaires.",
        "Un inventaire national des flux de déchets électroniques a été réalisé avec les services des douanes et de l'environnement.",
      ],
      u: "ménages",
    },
    es: {
      t: [
        "m:programa de recolección y reciclaje de residuos electrónicos",
        "f:iniciativa de TIC verdes",
        "m:programa de computadoras reacondicionadas",
        "m:proyecto de política de gestión de residuos electrónicos",
      ],
      g: [
        "los recicladores informales",
        "los hogares y las oficinas",
        "los técnicos de reparación",
        "los servicios municipales de residuos",
      ],
      o: [
        "reducir el impacto ambiental y sanitario de los residuos electrónicos",
        "crear empleo digno en el sector del reciclaje",
        "prolongar la vida útil de computadoras y teléfonos mediante la reparación y la reutilización",
        "reducir el consumo energético de los centros de datos y las redes públicas",
      ],
      a: [
        "Se instalaron puntos de recolección en centros comerciales, oficinas de correos y escuelas.",
        "Los recicladores informales reciben equipo de protección y capacitación en desmontaje seguro.",
        "Las computadoras reacondicionadas se donan a escuelas y centros comunitarios.",
        "Se elaboró un inventario nacional de flujos de residuos electrónicos con las autoridades aduaneras y ambientales.",
      ],
      u: "hogares",
    },
    ru: {
      t: [
        "Программа сбора и переработки электронных отходов",
        "Инициатива «Зелёные ИКТ»",
        "Программа восстановления компьютеров для повторного использования",
        "Проект по разработке политики обращения с электронными отходами",
      ],
      g: [
        "неформальных сборщиков вторсырья",
        "домохозяйств и организаций",
        "мастеров по ремонту техники",
        "муниципальных служб по обращению с отходами",
      ],
      o: [
        "снизить вред электронных отходов для окружающей среды и здоровья",
        "создать достойные рабочие места в сфере переработки",
        "продлить срок службы компьютеров и телефонов за счёт ремонта и повторного использования",
        "сократить энергопотребление центров обработки данных и государственных сетей",
      ],
      a: [
        "Пункты приёма техники открыты в торговых центрах, почтовых отделениях и школах.",
        "Неформальные сборщики получают средства защиты и обучаются безопасной разборке техники.",
        "Восстановленные компьютеры передаются школам и общественным центрам.",
        "Совместно с таможенной и природоохранной службами проведена национальная инвентаризация потоков электронных отходов.",
      ],
      u: "домохозяйств",
    },
    ar: {
      t: [
        "برنامج جمع النفايات الإلكترونية وإعادة تدويرها",
        "مبادرة تكنولوجيا المعلومات والاتصالات الخضراء",
        "برنامج الحواسيب المجددة",
        "مشروع سياسة إدارة النفايات الإلكترونية",
      ],
      g: ["جامعي النفايات غير النظاميين", "الأسر والمكاتب", "فنيي الإصلاح", "مصالح النفايات البلدية"],
      o: [
        "الحد من الآثار البيئية والصحية للنفايات الإلكترونية",
        "توفير فرص عمل لائق في قطاع إعادة التدوير",
        "إطالة عمر الحواسيب والهواتف من خلال الإصلاح وإعادة الاستخدام",
        "خفض استهلاك الطاقة في مراكز البيانات والشبكات العامة",
      ],
      a: [
        "أُقيمت نقاط لجمع الأجهزة في المراكز التجارية ومكاتب البريد والمدارس.",
        "يحصل جامعو النفايات غير النظاميين على معدات وقاية وتدريب على التفكيك الآمن.",
        "تُمنح الحواسيب المجددة للمدارس والمراكز المجتمعية.",
        "أُجري جرد وطني لتدفقات النفايات الإلكترونية بالتعاون مع مصالح الجمارك والبيئة.",
      ],
      u: "أسرة",
    },
    zh: {
      t: ["电子废弃物回收利用项目", "绿色信息通信技术行动", "翻新电脑捐赠项目", "电子废弃物管理政策项目"],
      g: ["非正规回收从业者", "家庭和办公场所", "维修技术人员", "市政环卫部门"],
      o: [
        "减少电子废弃物对环境和健康的影响",
        "在回收行业创造体面就业",
        "通过维修和再利用延长电脑和手机的使用寿命",
        "降低数据中心和公共网络的能耗",
      ],
      a: [
        "在商场、邮局和学校设立了回收点。",
        "非正规回收从业者获得了防护装备和安全拆解培训。",
        "翻新后的电脑捐赠给学校和社区中心，用于信息技术教育。",
        "项目与海关和环保部门合作，完成了全国电子废弃物流向调查。",
      ],
      u: "户家庭",
    },
  },
  {
    key: "gender",
    w: 4,
    lines: ["C4", "C7.e-employment", "C10", "C1"],
    sdgs: [5, 4],
    brands: ["Her", "She", "Girls", "Women"],
    en: {
      t: [
        "girls in ICT programme",
        "women's digital leadership programme",
        "coding club for girls",
        "mentoring network for women in technology",
        "ICT entrepreneurship programme for women",
      ],
      g: ["girls and young women", "female students in science and engineering", "women entrepreneurs", "rural women"],
      o: [
        "encourage girls to pursue studies and careers in science and technology",
        "close the gender gap in access to and use of ICTs",
        "increase the number of women in technical and leadership roles",
        "help women start and grow technology businesses",
      ],
      a: [
        "Girls aged twelve to eighteen attend weekly coding clubs and summer camps.",
        "Female engineers and entrepreneurs act as mentors and role models.",
        "Every year the programme celebrates International Girls in ICT Day with open days at companies and universities.",
        "Participants build mobile apps and robotics projects that address problems in their communities.",
      ],
      u: "girls and women",
    },
    fr: {
      t: [
        "m:programme Filles et TIC",
        "m:programme de leadership numérique des femmes",
        "m:club de programmation pour les filles",
        "m:réseau de mentorat pour les femmes dans la technologie",
        "m:programme d'entrepreneuriat technologique au féminin",
      ],
      g: [
        "les filles et les jeunes femmes",
        "les étudiantes en sciences et en ingénierie",
        "les femmes entrepreneures",
        "les femmes rurales",
      ],
      o: [
        "encourager les filles à s'orienter vers des études et des carrières scientifiques et technologiques",
        "réduire l'écart entre les femmes et les hommes dans l'accès aux TIC et leur utilisation",
        "accroître le nombre de femmes occupant des postes techniques et de direction",
        "aider les femmes à créer et à développer des entreprises technologiques",
      ],
      a: [
        "Des filles de douze à dix-huit ans participent chaque semaine à des clubs de programmation et à des camps d'été.",
        "Des ingénieures et des entrepreneures jouent le rôle de mentors et de modèles.",
        "Chaque année, le programme célèbre la Journée internationale des jeunes filles dans le secteur des TIC par des journées portes ouvertes dans les entreprises et les universités.",
        "Les participantes conçoivent des applications mobiles et des projets de robotique répondant à des problèmes de leur communauté.",
      ],
      u: "filles et femmes",
    },
    es: {
      t: [
        "m:programa Niñas en las TIC",
        "m:programa de liderazgo digital para mujeres",
        "m:club de programación para niñas",
        "f:red de mentoría para mujeres en tecnología",
        "m:programa de emprendimiento tecnológico para mujeres",
      ],
      g: [
        "las niñas y las jóvenes",
        "las estudiantes de ciencias e ingeniería",
        "las mujeres emprendedoras",
        "las mujeres rurales",
      ],
      o: [
        "motivar a las niñas a seguir estudios y carreras en ciencia y tecnología",
        "cerrar la brecha de género en el acceso y uso de las TIC",
        "aumentar el número de mujeres en puestos técnicos y de liderazgo",
        "ayudar a las mujeres a crear y hacer crecer empresas tecnológicas",
      ],
      a: [
        "Niñas de doce a dieciocho años participan cada semana en clubes de programación y campamentos de verano.",
        "Ingenieras y emprendedoras actúan como mentoras y referentes.",
        "Cada año el programa celebra el Día Internacional de las Niñas en las TIC con jornadas de puertas abiertas en empresas y universidades.",
        "Las participantes desarrollan aplicaciones móviles y proyectos de robótica que responden a problemas de sus comunidades.",
      ],
      u: "niñas y mujeres",
    },
    ru: {
      t: [
        "Программа «Девушки в ИКТ»",
        "Программа развития лидерских качеств женщин в сфере технологий",
        "Клуб программирования для девочек",
        "Сеть наставничества для женщин в сфере технологий",
        "Программа поддержки женского технологического предпринимательства",
      ],
      g: [
        "девочек и молодых женщин",
        "студенток технических специальностей",
        "женщин-предпринимателей",
        "сельских женщин",
      ],
      o: [
        "побудить девочек выбирать учёбу и карьеру в области науки и технологий",
        "сократить гендерный разрыв в доступе к ИКТ и их использовании",
        "увеличить число женщин на технических и руководящих должностях",
        "помочь женщинам создавать и развивать технологические компании",
      ],
      a: [
        "Девочки в возрасте от двенадцати до восемнадцати лет еженедельно занимаются в клубах программирования и летних лагерях.",
        "Женщины-инженеры и предприниматели выступают наставницами и примером для подражания.",
        "Ежегодно в рамках программы проводится Международный день «Девушки в ИКТ» с днями открытых дверей в компаниях и университетах.",
        "Участницы создают мобильные приложения и робототехнические проекты, решающие проблемы их сообществ.",
      ],
      u: "девочек и женщин",
    },
    ar: {
      t: [
        "برنامج الفتيات في مجال تكنولوجيا المعلومات والاتصالات",
        "برنامج القيادة الرقمية للمرأة",
        "نادي البرمجة للفتيات",
        "شبكة إرشاد للنساء العاملات في مجال التكنولوجيا",
        "برنامج ريادة الأعمال التكنولوجية للنساء",
      ],
      g: ["الفتيات والشابات", "طالبات العلوم والهندسة", "رائدات الأعمال", "النساء الريفيات"],
      o: [
        "تشجيع الفتيات على متابعة الدراسة والعمل في مجالات العلوم والتكنولوجيا",
        "سد الفجوة بين الجنسين في النفاذ إلى تكنولوجيا المعلومات والاتصالات واستخدامها",
        "زيادة عدد النساء في المناصب التقنية والقيادية",
        "مساعدة النساء على إنشاء الشركات التكنولوجية وتنميتها",
      ],
      a: [
        "تشارك فتيات تتراوح أعمارهن بين اثني عشر وثمانية عشر عاماً في نوادٍ أسبوعية للبرمجة ومخيمات صيفية.",
        "تؤدي مهندسات ورائدات أعمال دور المرشدات والقدوة.",
        "يحتفل البرنامج سنوياً باليوم الدولي للفتيات في مجال تكنولوجيا المعلومات والاتصالات من خلال أيام مفتوحة في الشركات والجامعات.",
        "تصمم المشاركات تطبيقات للهواتف المحمولة ومشاريع للروبوتات تعالج مشكلات في مجتمعاتهن.",
      ],
      u: "فتاة وامرأة",
    },
    zh: {
      t: [
        "“女孩与信息通信技术”项目",
        "女性数字领导力计划",
        "女孩编程俱乐部",
        "科技女性导师网络",
        "女性科技创业扶持计划",
      ],
      g: ["女童和青年女性", "理工科女大学生", "女性创业者", "农村妇女"],
      o: [
        "鼓励女孩选择科学技术领域的学业和职业",
        "缩小在获取和使用信息通信技术方面的性别差距",
        "增加担任技术和领导职务的女性人数",
        "帮助女性创办和发展科技企业",
      ],
      a: [
        "十二至十八岁的女孩每周参加编程俱乐部活动和科技教育夏令营。",
        "女工程师和女企业家担任导师和榜样。",
        "项目每年举办“国际信息通信技术女孩日”活动，组织企业和高校开放日。",
        "参与者开发移动应用和机器人项目，解决所在社区面临的问题。",
      ],
      u: "名女性",
    },
  },
  {
    key: "heritage",
    w: 3,
    lines: ["C8", "C3", "C9"],
    sdgs: [11, 4],
    brands: ["Heritage", "Culture", "Lingua", "Story"],
    en: {
      t: [
        "digital heritage archive",
        "local language content programme",
        "indigenous languages keyboard and dictionary project",
        "virtual museum",
        "oral history recording project",
      ],
      g: [
        "indigenous language speakers",
        "museums and cultural institutions",
        "local artists and musicians",
        "young content creators",
      ],
      o: [
        "preserve endangered languages and cultural expressions",
        "increase the amount of online content in local languages",
        "make cultural collections accessible to a wider public",
        "support creative industries in using new technologies",
      ],
      a: [
        "Community members recorded songs, stories and testimonies of elders, which are archived with their consent.",
        "Volunteers translated the interface of popular software and wrote encyclopaedia articles in local languages.",
        "Museum objects were photographed in high resolution and described in three languages.",
        "Keyboard layouts and spell-checkers were developed for languages that had none.",
      ],
      u: "speakers",
    },
    fr: {
      t: [
        "f:archive numérique du patrimoine",
        "m:programme de contenus en langues locales",
        "m:projet de claviers et de dictionnaires en langues autochtones",
        "m:musée virtuel",
        "m:projet d'enregistrement de la mémoire orale",
      ],
      g: [
        "les locuteurs de langues autochtones",
        "les musées et institutions culturelles",
        "les artistes et musiciens locaux",
        "les jeunes créateurs de contenus",
      ],
      o: [
        "sauvegarder les langues et les expressions culturelles menacées",
        "accroître la quantité de contenus en ligne en langues locales",
        "rendre les collections culturelles accessibles à un plus large public",
        "aider les industries créatives à tirer parti des nouvelles technologies",
      ],
      a: [
        "Des membres de la communauté ont enregistré les chants, les contes et les témoignages des anciens, archivés avec leur consentement.",
        "Des bénévoles ont traduit l'interface de logiciels courants et rédigé des articles encyclopédiques en langues locales.",
        "Les objets du musée ont été photographiés en haute définition et décrits en trois langues.",
        "Des dispositions de clavier et des correcteurs orthographiques ont été développés pour des langues qui n'en disposaient pas.",
      ],
      u: "locuteurs",
    },
    es: {
      t: [
        "m:archivo digital del patrimonio",
        "m:programa de contenidos en lenguas locales",
        "m:proyecto de teclados y diccionarios en lenguas indígenas",
        "m:museo virtual",
        "m:proyecto de registro de la memoria oral",
      ],
      g: [
        "los hablantes de lenguas indígenas",
        "los museos e instituciones culturales",
        "los artistas y músicos locales",
        "los jóvenes creadores de contenidos",
      ],
      o: [
        "preservar las lenguas y expresiones culturales en peligro",
        "aumentar la cantidad de contenidos en línea en lenguas locales",
        "acercar las colecciones culturales a un público más amplio",
        "apoyar a las industrias creativas en el uso de nuevas tecnologías",
      ],
      a: [
        "Miembros de la comunidad grabaron canciones, relatos y testimonios de las personas mayores, que se archivan con su consentimiento.",
        "Voluntarios tradujeron la interfaz de programas de uso común y redactaron artículos enciclopédicos en lenguas locales.",
        "Las piezas del museo se fotografiaron en alta resolución y se describieron en tres idiomas.",
        "Se desarrollaron distribuciones de teclado y correctores ortográficos para lenguas que no los tenían.",
      ],
      u: "hablantes",
    },
    ru: {
      t: [
        "Электронный архив культурного наследия",
        "Программа создания контента на местных языках",
        "Проект клавиатур и словарей для языков коренных народов",
        "Виртуальный музей",
        "Проект записи устной истории",
      ],
      g: [
        "носителей языков коренных народов",
        "музеев и учреждений культуры",
        "местных художников и музыкантов",
        "молодых авторов контента",
      ],
      o: [
        "сохранить исчезающие языки и формы культурного самовыражения",
        "увеличить объём онлайн-контента на местных языках",
        "сделать культурные коллекции доступными широкой публике",
        "помочь креативным индустриям осваивать новые технологии",
      ],
      a: [
        "Жители записали песни, сказания и воспоминания старейшин; записи хранятся в архиве с их согласия.",
        "Волонтёры перевели интерфейс популярных программ и написали энциклопедические статьи на местных языках.",
        "Музейные предметы сфотографированы в высоком разрешении и описаны на трёх языках.",
        "Для языков, у которых их не было, разработаны раскладки клавиатуры и средства проверки орфографии.",
      ],
      u: "носителей языка",
    },
    ar: {
      t: [
        "الأرشيف الرقمي للتراث",
        "برنامج المحتوى باللغات المحلية",
        "مشروع لوحات المفاتيح والمعاجم بلغات الشعوب الأصلية",
        "متحف افتراضي",
        "مشروع تسجيل التاريخ الشفوي",
      ],
      g: [
        "الناطقين بلغات الشعوب الأصلية",
        "المتاحف والمؤسسات الثقافية",
        "الفنانين والموسيقيين المحليين",
        "صناع المحتوى الشباب",
      ],
      o: [
        "صون اللغات وأشكال التعبير الثقافي المهددة بالاندثار",
        "زيادة المحتوى المتاح على الشبكة باللغات المحلية",
        "إتاحة المجموعات الثقافية لجمهور أوسع",
        "دعم الصناعات الإبداعية في استخدام التكنولوجيات الجديدة",
      ],
      a: [
        "سجل أفراد المجتمع أغاني كبار السن وحكاياتهم وشهاداتهم، وتُحفظ التسجيلات في الأرشيف بموافقتهم.",
        "ترجم متطوعون واجهات برمجيات شائعة وكتبوا مقالات موسوعية باللغات المحلية.",
        "صُورت مقتنيات المتحف بدقة عالية ووُصفت بثلاث لغات.",
        "طُورت تخطيطات للوحات المفاتيح ومدققات إملائية للغات لم تكن تتوفر لها.",
      ],
      u: "شخص",
    },
    zh: {
      t: [
        "数字文化遗产档案库",
        "本土语言内容建设项目",
        "少数民族语言输入法和词典项目",
        "虚拟博物馆",
        "口述历史记录项目",
      ],
      g: ["少数民族语言使用者", "博物馆和文化机构", "本地艺术家和音乐人", "青年内容创作者"],
      o: ["保护濒危语言和文化表现形式", "增加本土语言网络内容", "让更多公众接触文化藏品", "支持文化创意产业运用新技术"],
      a: [
        "社区成员录制了老人的歌谣、故事和亲历讲述，并在征得本人同意后归档保存。",
        "志愿者翻译了常用软件的界面，并用本土语言撰写百科条目。",
        "博物馆藏品经高清拍摄，并以三种语言进行著录，供学校开展乡土教育使用。",
        "为此前没有输入法和拼写检查工具的语言开发了相应工具。",
      ],
      u: "人",
    },
  },
  {
    key: "jobs",
    w: 4,
    lines: ["C7.e-employment", "C4", "C7.e-business"],
    sdgs: [8],
    brands: ["Job", "Work", "Talent", "Career"],
    en: {
      t: [
        "online job-matching platform",
        "remote work programme for young graduates",
        "online freelancing training programme",
        "labour market information system",
        "online training programme for workers with disabilities",
      ],
      g: ["young job seekers", "persons with disabilities", "returning migrants", "informal sector workers"],
      o: [
        "match job seekers with employers more quickly",
        "create remote employment opportunities for young people",
        "help informal workers access social protection and training",
        "provide reliable information on skills in demand",
      ],
      a: [
        "Job seekers create a profile, upload their certificates and receive vacancy alerts by text message.",
        "Employment offices use the system to analyse vacancies and forecast skills needs.",
        "Participants learn to find clients on freelancing platforms and to manage online payments.",
        "Employers that hire persons with disabilities receive support to make workplaces accessible.",
      ],
      u: "job seekers",
    },
    fr: {
      t: [
        "f:plateforme de mise en relation pour l'emploi",
        "m:programme de télétravail pour les jeunes diplômés",
        "m:programme de formation au travail indépendant en ligne",
        "m:système d'information sur le marché du travail",
        "f:formation en ligne pour les travailleurs handicapés",
      ],
      g: [
        "les jeunes demandeurs d'emploi",
        "les personnes handicapées",
        "les migrants de retour",
        "les travailleurs du secteur informel",
      ],
      o: [
        "mettre plus rapidement en relation demandeurs d'emploi et employeurs",
        "créer des possibilités d'emploi à distance pour les jeunes",
        "aider les travailleurs informels à accéder à la protection sociale et à la formation",
        "fournir des informations fiables sur les compétences recherchées",
      ],
      a: [
        "Les demandeurs d'emploi créent un profil, déposent leurs diplômes et reçoivent des alertes d'offres par SMS.",
        "Les agences pour l'emploi utilisent le système pour analyser les offres et anticiper les besoins en compétences.",
        "Les participants apprennent à trouver des clients sur les plateformes de travail indépendant et à gérer les paiements en ligne.",
        "Les employeurs qui recrutent des personnes handicapées sont aidés à rendre leurs locaux accessibles.",
      ],
      u: "demandeurs d'emploi",
    },
    es: {
      t: [
        "f:plataforma de intermediación laboral en línea",
        "m:programa de teletrabajo para jóvenes profesionales",
        "m:programa de formación en trabajo independiente en línea",
        "m:sistema de información del mercado laboral",
        "f:capacitación en línea para trabajadores con discapacidad",
      ],
      g: [
        "los jóvenes que buscan empleo",
        "las personas con discapacidad",
        "los migrantes retornados",
        "los trabajadores del sector informal",
      ],
      o: [
        "vincular con mayor rapidez a quienes buscan empleo con los empleadores",
        "crear oportunidades de empleo a distancia para jóvenes",
        "ayudar a los trabajadores informales a acceder a la protección social y la capacitación",
        "ofrecer información fiable sobre las competencias más demandadas",
      ],
      a: [
        "Quienes buscan empleo crean un perfil, cargan sus certificados y reciben alertas de vacantes por mensaje de texto.",
        "Las oficinas de empleo utilizan el sistema para analizar vacantes y prever necesidades de competencias.",
        "Los participantes aprenden a conseguir clientes en plataformas de trabajo independiente y a gestionar pagos en línea.",
        "Los empleadores que contratan a personas con discapacidad reciben apoyo para adaptar los lugares de trabajo.",
      ],
      u: "personas",
    },
    ru: {
      t: [
        "Онлайн-платформа подбора вакансий",
        "Программа удалённой занятости для молодых выпускников",
        "Программа обучения фрилансу",
        "Информационная система рынка труда",
        "Онлайн-обучение для работников с инвалидностью",
      ],
      g: [
        "молодых соискателей",
        "людей с инвалидностью",
        "вернувшихся трудовых мигрантов",
        "работников неформального сектора",
      ],
      o: [
        "быстрее подбирать работодателей для соискателей",
        "создать возможности удалённой работы для молодёжи",
        "помочь работникам неформального сектора получить доступ к социальной защите и обучению",
        "предоставлять достоверную информацию о востребованных навыках",
      ],
      a: [
        "Соискатели создают профиль, загружают документы об образовании и получают SMS-уведомления о вакансиях.",
        "Центры занятости используют систему для анализа вакансий и прогнозирования потребностей в кадрах.",
        "Участники учатся находить заказчиков на фриланс-платформах и принимать онлайн-платежи.",
        "Работодатели, нанимающие людей с инвалидностью, получают помощь в создании доступной среды на рабочих местах.",
      ],
      u: "соискателей",
    },
    ar: {
      t: [
        "منصة إلكترونية للتوفيق بين الباحثين عن عمل وأصحاب العمل",
        "برنامج العمل عن بعد للخريجين الشباب",
        "برنامج تدريبي على العمل الحر عبر الإنترنت",
        "نظام معلومات سوق العمل",
        "تدريب إلكتروني للعاملين من ذوي الإعاقة",
      ],
      g: ["الشباب الباحثين عن عمل", "الأشخاص ذوي الإعاقة", "المهاجرين العائدين", "العاملين في القطاع غير النظامي"],
      o: [
        "تسريع التوفيق بين الباحثين عن عمل وأصحاب العمل",
        "إتاحة فرص العمل عن بعد للشباب",
        "مساعدة العاملين في القطاع غير النظامي على الاستفادة من الحماية الاجتماعية والتدريب",
        "توفير معلومات موثوقة عن المهارات المطلوبة",
      ],
      a: [
        "ينشئ الباحثون عن عمل ملفات شخصية ويحمّلون شهاداتهم ويتلقون تنبيهات بالوظائف الشاغرة عبر الرسائل النصية.",
        "تستخدم مكاتب التشغيل النظام لتحليل الوظائف الشاغرة واستشراف الاحتياجات من المهارات.",
        "يتعلم المشاركون كيفية إيجاد العملاء على منصات العمل الحر وإدارة المدفوعات الإلكترونية.",
        "يحصل أصحاب العمل الذين يوظفون أشخاصاً ذوي إعاقة على دعم لتهيئة أماكن العمل.",
      ],
      u: "باحث عن عمل",
    },
    zh: {
      t: [
        "网上就业匹配平台",
        "青年毕业生远程就业计划",
        "网络自由职业技能培训项目",
        "劳动力市场信息系统",
        "残疾人在线职业培训项目",
      ],
      g: ["青年求职者", "残疾人", "返乡务工人员", "非正规就业人员"],
      o: [
        "加快求职者与用人单位的匹配",
        "为青年创造远程就业机会",
        "帮助非正规就业人员获得社会保障和培训",
        "提供有关紧缺技能的可靠信息",
      ],
      a: [
        "求职者可创建个人档案、上传学历证书，并通过短信接收职位推送。",
        "公共就业服务机构利用该系统分析岗位空缺并预测技能需求。",
        "学员学习如何在自由职业平台上承接业务和管理在线收款。",
        "雇用残疾人的用人单位可获得无障碍工作场所改造支持。",
      ],
      u: "名求职者",
    },
  },
  {
    key: "science",
    w: 3,
    lines: ["C7.e-science", "C2", "C11"],
    sdgs: [17, 4, 13],
    brands: ["Research", "Science", "Lab", "Open"],
    en: {
      t: [
        "national research and education network",
        "open science platform",
        "shared high-performance computing centre",
        "research data repository",
        "citizen science programme",
      ],
      g: [
        "universities and research institutes",
        "early-career researchers",
        "scientists and engineers",
        "secondary school science teachers",
      ],
      o: [
        "connect universities to each other and to global research networks",
        "make publicly funded research data openly available",
        "give researchers access to computing power for climate and health modelling",
        "involve citizens in collecting scientific observations",
      ],
      a: [
        "Universities are linked by a high-capacity network that also provides eduroam and videoconferencing services.",
        "Researchers can deposit datasets and obtain persistent identifiers for their publications.",
        "The computing centre runs climate, genomics and engineering simulations for dozens of research groups.",
        "Volunteers record observations with a smartphone app, which scientists then validate.",
      ],
      u: "researchers",
    },
    fr: {
      t: [
        "m:réseau national de recherche et d'éducation",
        "f:plateforme de science ouverte",
        "m:centre mutualisé de calcul haute performance",
        "m:entrepôt de données de recherche",
        "m:programme de sciences participatives",
      ],
      g: [
        "les universités et les instituts de recherche",
        "les jeunes chercheurs",
        "les scientifiques et les ingénieurs",
        "les professeurs de sciences du secondaire",
      ],
      o: [
        "relier les universités entre elles et aux réseaux mondiaux de recherche",
        "rendre librement accessibles les données de la recherche publique",
        "donner aux chercheurs accès à des capacités de calcul pour la modélisation du climat et de la santé",
        "associer les citoyens à la collecte d'observations scientifiques",
      ],
      a: [
        "Les universités sont reliées par un réseau à haute capacité qui fournit aussi les services eduroam et de visioconférence.",
        "Les chercheurs peuvent déposer leurs jeux de données et obtenir des identifiants pérennes pour leurs publications.",
        "Le centre de calcul exécute des simulations climatiques, génomiques et d'ingénierie pour des dizaines d'équipes de recherche.",
        "Des bénévoles consignent leurs observations au moyen d'une application mobile, puis les scientifiques les valident.",
      ],
      u: "chercheurs",
    },
    es: {
      t: [
        "f:red nacional de investigación y educación",
        "f:plataforma de ciencia abierta",
        "m:centro compartido de computación de alto rendimiento",
        "m:repositorio de datos de investigación",
        "m:programa de ciencia ciudadana",
      ],
      g: [
        "las universidades y los centros de investigación",
        "los investigadores jóvenes",
        "los científicos e ingenieros",
        "los docentes de ciencias de secundaria",
      ],
      o: [
        "conectar a las universidades entre sí y con las redes mundiales de investigación",
        "poner a libre disposición los datos de la investigación financiada con fondos públicos",
        "dar a los investigadores acceso a capacidad de cómputo para modelar el clima y la salud",
        "involucrar a la ciudadanía en la recolección de observaciones científicas",
      ],
      a: [
        "Las universidades están enlazadas por una red de alta capacidad que también ofrece los servicios de eduroam y videoconferencia.",
        "Los investigadores pueden depositar conjuntos de datos y obtener identificadores persistentes para sus publicaciones.",
        "El centro de cómputo ejecuta simulaciones climáticas, genómicas y de ingeniería para decenas de grupos de investigación.",
        "Voluntarios registran observaciones con una aplicación móvil y luego los científicos las validan.",
      ],
      u: "investigadores",
    },
    ru: {
      t: [
        "Национальная научно-образовательная сеть",
        "Платформа открытой науки",
        "Центр коллективного пользования высокопроизводительными вычислениями",
        "Репозиторий исследовательских данных",
        "Программа гражданской науки",
      ],
      g: [
        "университетов и научно-исследовательских институтов",
        "молодых учёных",
        "научных работников и инженеров",
        "школьных учителей естественных наук",
      ],
      o: [
        "соединить университеты между собой и с глобальными научными сетями",
        "обеспечить открытый доступ к данным исследований, финансируемых из бюджета",
        "предоставить исследователям вычислительные мощности для моделирования климата и здоровья",
        "привлечь граждан к сбору научных наблюдений",
      ],
      a: [
        "Университеты соединены высокоскоростной сетью, которая также предоставляет доступ к eduroam и видеоконференцсвязи.",
        "Исследователи могут размещать наборы данных и получать постоянные идентификаторы для своих публикаций.",
        "Вычислительный центр выполняет климатические, геномные и инженерные расчёты для десятков научных групп.",
        "Волонтёры фиксируют наблюдения с помощью мобильного приложения, а учёные затем их проверяют.",
      ],
      u: "исследователей",
    },
    ar: {
      t: [
        "الشبكة الوطنية للبحث والتعليم",
        "منصة العلوم المفتوحة",
        "مركز مشترك للحوسبة عالية الأداء",
        "مستودع بيانات البحث العلمي",
        "برنامج علوم المواطن",
      ],
      g: [
        "الجامعات ومعاهد البحث",
        "الباحثين في بداية مسيرتهم",
        "العلماء والمهندسين",
        "معلمي العلوم في المرحلة الثانوية",
      ],
      o: [
        "ربط الجامعات ببعضها وبشبكات البحث العالمية",
        "إتاحة بيانات البحوث الممولة من المال العام بشكل مفتوح",
        "تمكين الباحثين من الوصول إلى قدرات حوسبية لنمذجة المناخ والصحة",
        "إشراك المواطنين في جمع الملاحظات العلمية",
      ],
      a: [
        "ترتبط الجامعات بشبكة عالية السعة توفر أيضاً خدمتي eduroam والمؤتمرات المرئية.",
        "يمكن للباحثين إيداع مجموعات البيانات والحصول على معرفات دائمة لمنشوراتهم.",
        "ينفذ مركز الحوسبة عمليات محاكاة مناخية وجينومية وهندسية لعشرات الفرق البحثية.",
        "يسجل المتطوعون ملاحظاتهم بواسطة تطبيق على الهاتف الذكي، ثم يتحقق منها العلماء.",
      ],
      u: "باحث",
    },
    zh: {
      t: ["国家科研教育网络", "开放科学平台", "高性能计算共享中心", "科研数据存储库", "公众科学项目"],
      g: ["高校和科研院所", "青年科研人员", "科学家和工程师", "中学科学教师"],
      o: [
        "实现高校之间以及与全球科研网络的互联互通",
        "开放共享公共财政资助的科研数据",
        "为气候和健康建模研究提供算力支持",
        "吸引公众参与科学观测数据采集",
      ],
      a: [
        "各高校通过大容量网络互联，并可使用eduroam和视频会议服务。",
        "科研人员可以提交数据集，并为其成果获取永久标识符。",
        "计算中心为数十个科研团队开展气候、基因组和工程模拟计算。",
        "志愿者通过手机应用记录观测数据，再由科学家审核，项目也借此开展科普教育。",
      ],
      u: "名科研人员",
    },
  },
  {
    key: "policy",
    w: 5,
    lines: ["C1", "C6", "C11"],
    sdgs: [17, 16],
    brands: ["Vision", "Agenda", "Smart", "Future"],
    en: {
      t: [
        "national ICT policy",
        "national broadband plan",
        "digital transformation strategy",
        "national e-strategy",
        "multi-stakeholder ICT policy dialogue",
        "regulatory reform programme for the ICT sector",
      ],
      g: ["policy-makers", "regulators and ministries", "industry and civil society", "parliamentarians"],
      o: [
        "set clear priorities for public and private investment in ICTs",
        "align national policies with the WSIS Action Lines and the Sustainable Development Goals",
        "create a regulatory environment that encourages competition and investment",
        "involve all stakeholders in shaping the country's information society",
      ],
      a: [
        "The strategy was drafted after nationwide consultations with business, academia, civil society and local governments.",
        "An inter-ministerial committee monitors implementation and publishes an annual progress report.",
        "Key indicators are measured using internationally agreed methodologies.",
        "The reform introduced technology-neutral licensing and new rules on infrastructure sharing.",
      ],
      u: "stakeholders",
    },
    fr: {
      t: [
        "f:politique nationale des TIC",
        "m:plan national pour le haut débit",
        "f:stratégie de transformation numérique",
        "f:cyberstratégie nationale",
        "m:dialogue multipartite sur les politiques des TIC",
        "m:programme de réforme réglementaire du secteur des TIC",
      ],
      g: [
        "les décideurs",
        "les régulateurs et les ministères",
        "les entreprises et la société civile",
        "les parlementaires",
      ],
      o: [
        "fixer des priorités claires pour l'investissement public et privé dans les TIC",
        "aligner les politiques nationales sur les grandes orientations du SMSI et les objectifs de développement durable",
        "créer un cadre réglementaire favorable à la concurrence et à l'investissement",
        "associer toutes les parties prenantes à la construction de la société de l'information",
      ],
      a: [
        "La stratégie a été élaborée à l'issue de consultations nationales avec les entreprises, les universités, la société civile et les collectivités locales.",
        "Un comité interministériel suit la mise en œuvre et publie un rapport annuel d'avancement.",
        "Les principaux indicateurs sont mesurés selon des méthodologies convenues au niveau international.",
        "La réforme a introduit des licences technologiquement neutres et de nouvelles règles de partage des infrastructures.",
      ],
      u: "parties prenantes",
    },
    es: {
      t: [
        "f:política nacional de TIC",
        "m:plan nacional de banda ancha",
        "f:estrategia de transformación digital",
        "f:ciberestrategia nacional",
        "m:diálogo de múltiples partes interesadas sobre políticas de TIC",
        "m:programa de reforma regulatoria del sector de las TIC",
      ],
      g: [
        "los responsables de políticas",
        "los reguladores y ministerios",
        "las empresas y la sociedad civil",
        "los parlamentarios",
      ],
      o: [
        "fijar prioridades claras para la inversión pública y privada en TIC",
        "alinear las políticas nacionales con las líneas de acción de la CMSI y los Objetivos de Desarrollo Sostenible",
        "crear un entorno regulatorio que favorezca la competencia y la inversión",
        "involucrar a todas las partes interesadas en la construcción de la sociedad de la información",
      ],
      a: [
        "La estrategia se elaboró tras consultas en todo el país con empresas, universidades, sociedad civil y gobiernos locales.",
        "Un comité interministerial supervisa la ejecución y publica un informe anual de avance.",
        "Los principales indicadores se miden con metodologías acordadas internacionalmente.",
        "La reforma introdujo licencias tecnológicamente neutrales y nuevas normas sobre compartición de infraestructura.",
      ],
      u: "actores",
    },
    ru: {
      t: [
        "Национальная политика в области ИКТ",
        "Национальный план развития широкополосного доступа",
        "Стратегия цифровой трансформации",
        "Национальная стратегия развития информационного общества",
        "Многосторонний диалог по политике в области ИКТ",
        "Программа реформы регулирования отрасли ИКТ",
      ],
      g: [
        "органов, определяющих политику",
        "регуляторов и министерств",
        "бизнеса и гражданского общества",
        "депутатов парламента",
      ],
      o: [
        "определить чёткие приоритеты государственных и частных инвестиций в ИКТ",
        "согласовать национальную политику с направлениями деятельности ВВУИО и Целями в области устойчивого развития",
        "создать нормативную среду, стимулирующую конкуренцию и инвестиции",
        "вовлечь все заинтересованные стороны в построение информационного общества",
      ],
      a: [
        "Стратегия разработана по итогам общенациональных консультаций с бизнесом, научным сообществом, гражданским обществом и местными органами власти.",
        "Межведомственная комиссия контролирует реализацию и ежегодно публикует доклад о ходе работы.",
        "Ключевые показатели рассчитываются по международно согласованным методикам.",
        "Реформа ввела технологически нейтральное лицензирование и новые правила совместного использования инфраструктуры.",
      ],
      u: "участников",
    },
    ar: {
      t: [
        "السياسة الوطنية لتكنولوجيا المعلومات والاتصالات",
        "الخطة الوطنية للنطاق العريض",
        "استراتيجية التحول الرقمي",
        "الاستراتيجية الإلكترونية الوطنية",
        "حوار متعدد أصحاب المصلحة بشأن سياسات تكنولوجيا المعلومات والاتصالات",
        "برنامج إصلاح الإطار التنظيمي لقطاع تكنولوجيا المعلومات والاتصالات",
      ],
      g: ["صانعي السياسات", "الهيئات التنظيمية والوزارات", "القطاع الخاص والمجتمع المدني", "البرلمانيين"],
      o: [
        "تحديد أولويات واضحة للاستثمار العام والخاص في تكنولوجيا المعلومات والاتصالات",
        "مواءمة السياسات الوطنية مع خطوط عمل القمة العالمية لمجتمع المعلومات وأهداف التنمية المستدامة",
        "تهيئة بيئة تنظيمية تشجع المنافسة والاستثمار",
        "إشراك جميع أصحاب المصلحة في بناء مجتمع المعلومات",
      ],
      a: [
        "أُعدت الاستراتيجية بعد مشاورات وطنية مع القطاع الخاص والأوساط الأكاديمية والمجتمع المدني والسلطات المحلية.",
        "تتابع لجنة وزارية مشتركة التنفيذ وتنشر تقريراً سنوياً عن التقدم المحرز.",
        "تُقاس المؤشرات الرئيسية وفق منهجيات متفق عليها دولياً.",
        "أدخل الإصلاح نظام تراخيص محايداً تكنولوجياً وقواعد جديدة لتقاسم البنية التحتية.",
      ],
      u: "جهة معنية",
    },
    zh: {
      t: [
        "国家信息通信技术政策",
        "国家宽带发展规划",
        "数字化转型战略",
        "国家信息化发展战略",
        "信息通信技术政策多利益攸关方对话",
        "信息通信行业监管改革项目",
      ],
      g: ["政策制定者", "监管机构和政府部门", "企业和民间社会", "立法机构成员"],
      o: [
        "明确公共和私人信息通信技术投资的优先领域",
        "使国家政策与信息社会世界峰会行动方面和可持续发展目标相衔接",
        "营造鼓励竞争和投资的监管环境",
        "让所有利益攸关方参与信息社会建设",
      ],
      a: [
        "战略在与企业、学术界、民间社会和地方政府广泛磋商的基础上制定。",
        "部际协调委员会负责监督实施，并每年发布进展报告。",
        "主要指标采用国际公认的方法进行测算。",
        "改革引入了技术中立的许可制度和基础设施共享新规则。",
      ],
      u: "个利益攸关方",
    },
  },
  {
    key: "child",
    w: 2,
    lines: ["C5", "C10", "C4"],
    sdgs: [16, 4],
    brands: ["Safe", "Kid", "Guard"],
    en: {
      t: [
        "child online protection programme",
        "online safety helpline for children",
        "digital citizenship curriculum",
        "national reporting portal for child sexual abuse material",
      ],
      g: [
        "children and adolescents",
        "parents and caregivers",
        "teachers and school counsellors",
        "law enforcement officers",
      ],
      o: [
        "protect children from online abuse and exploitation",
        "teach children to use the web safely and responsibly",
        "help parents guide their children's use of technology",
        "strengthen cooperation between industry, police and child protection services",
      ],
      a: [
        "A free helpline staffed by trained counsellors responds to children and parents by phone and chat.",
        "Lessons on privacy, cyberbullying and critical thinking have been included in the school curriculum.",
        "Reports of illegal content are forwarded to the police and to the international hotline network.",
        "Police officers and prosecutors received specialised training in handling electronic evidence.",
      ],
      u: "children",
    },
    fr: {
      t: [
        "m:programme de protection en ligne des enfants",
        "f:ligne d'écoute pour la sécurité des enfants en ligne",
        "m:programme d'éducation à la citoyenneté numérique",
        "m:portail national de signalement des contenus pédopornographiques",
      ],
      g: [
        "les enfants et les adolescents",
        "les parents et les éducateurs",
        "les enseignants et les conseillers scolaires",
        "les agents des forces de l'ordre",
      ],
      o: [
        "protéger les enfants contre les abus et l'exploitation en ligne",
        "apprendre aux enfants à utiliser le Web de manière sûre et responsable",
        "aider les parents à accompagner l'usage que leurs enfants font des technologies",
        "renforcer la coopération entre l'industrie, la police et les services de protection de l'enfance",
      ],
      a: [
        "Une ligne d'écoute gratuite, animée par des conseillers formés, répond aux enfants et aux parents par téléphone et par messagerie.",
        "Des leçons sur la vie privée, le cyberharcèlement et l'esprit critique ont été intégrées au programme scolaire.",
        "Les signalements de contenus illicites sont transmis à la police et au réseau international de lignes d'urgence.",
        "Des policiers et des magistrats ont reçu une formation spécialisée au traitement des preuves électroniques.",
      ],
      u: "enfants",
    },
    es: {
      t: [
        "m:programa de protección de la infancia en línea",
        "f:línea de ayuda sobre seguridad en línea para niños",
        "m:programa de ciudadanía digital",
        "m:portal nacional de denuncia de material de abuso sexual infantil",
      ],
      g: [
        "los niños, niñas y adolescentes",
        "las familias y las personas cuidadoras",
        "los docentes y orientadores escolares",
        "los agentes de policía",
      ],
      o: [
        "proteger a la niñez contra el abuso y la explotación en línea",
        "enseñar a niños y niñas a usar la red de forma segura y responsable",
        "ayudar a las familias a acompañar el uso de la tecnología por parte de sus hijos",
        "fortalecer la cooperación entre la industria, la policía y los servicios de protección de la infancia",
      ],
      a: [
        "Una línea gratuita atendida por consejeros capacitados responde a niños y familias por teléfono y chat.",
        "Se incorporaron al currículo escolar lecciones sobre privacidad, ciberacoso y pensamiento crítico.",
        "Las denuncias de contenidos ilegales se remiten a la policía y a la red internacional de líneas de denuncia.",
        "Policías y fiscales recibieron capacitación especializada en el manejo de pruebas electrónicas.",
      ],
      u: "niños y niñas",
    },
    ru: {
      t: [
        "Программа защиты детей в интернете",
        "Телефон доверия по вопросам безопасности детей в сети",
        "Программа обучения цифровой грамотности и этике",
        "Национальный портал для сообщений о материалах сексуального насилия над детьми",
      ],
      g: [
        "детей и подростков",
        "родителей и опекунов",
        "учителей и школьных психологов",
        "сотрудников правоохранительных органов",
      ],
      o: [
        "защитить детей от насилия и эксплуатации в сети",
        "научить детей безопасно и ответственно пользоваться сетью",
        "помочь родителям направлять использование технологий их детьми",
        "укрепить сотрудничество между отраслью, полицией и службами защиты детей",
      ],
      a: [
        "Бесплатная линия помощи, на которой работают подготовленные консультанты, отвечает детям и родителям по телефону и в чате.",
        "В школьную программу включены уроки о защите личных данных, кибербуллинге и критическом мышлении.",
        "Сообщения о противоправном контенте передаются в полицию и в международную сеть горячих линий.",
        "Сотрудники полиции и прокуратуры прошли специальное обучение работе с электронными доказательствами.",
      ],
      u: "детей",
    },
    ar: {
      t: [
        "برنامج حماية الأطفال على الإنترنت",
        "خط مساعدة بشأن سلامة الأطفال على الشبكة",
        "منهج التربية على المواطنة الرقمية",
        "البوابة الوطنية للإبلاغ عن مواد الاعتداء الجنسي على الأطفال",
      ],
      g: ["الأطفال والمراهقين", "الآباء ومقدمي الرعاية", "المعلمين والمرشدين التربويين", "أفراد أجهزة إنفاذ القانون"],
      o: [
        "حماية الأطفال من الإساءة والاستغلال على الشبكة",
        "تعليم الأطفال استخدام الشبكة بأمان ومسؤولية",
        "مساعدة الآباء على توجيه استخدام أطفالهم للتكنولوجيا",
        "تعزيز التعاون بين القطاع الخاص والشرطة وخدمات حماية الطفل",
      ],
      a: [
        "يرد خط مساعدة مجاني يعمل فيه مستشارون مدربون على الأطفال والآباء عبر الهاتف والدردشة.",
        "أُدرجت في المناهج الدراسية دروس عن الخصوصية والتنمر الإلكتروني والتفكير النقدي.",
        "تُحال البلاغات عن المحتوى غير القانوني إلى الشرطة وإلى الشبكة الدولية لخطوط الإبلاغ.",
        "تلقى أفراد الشرطة وأعضاء النيابة العامة تدريباً متخصصاً على التعامل مع الأدلة الإلكترونية.",
      ],
      u: "طفل",
    },
    zh: {
      t: ["儿童网络保护项目", "儿童网络安全求助热线", "数字公民素养课程", "全国儿童性虐待材料举报平台"],
      g: ["儿童和青少年", "家长和监护人", "教师和学校心理辅导员", "执法人员"],
      o: [
        "保护儿童免受网络侵害和剥削",
        "教育儿童安全、负责任地使用网络",
        "帮助家长引导孩子使用科技产品",
        "加强行业、警方和儿童保护机构之间的合作",
      ],
      a: [
        "由受过培训的咨询员值守的免费热线通过电话和在线聊天为儿童和家长提供帮助。",
        "隐私保护、网络欺凌和批判性思维等内容已纳入学校网络安全教育课程。",
        "违法内容举报会转交警方和国际举报热线网络。",
        "警察和检察官接受了电子证据处理专项培训。",
      ],
      u: "名儿童",
    },
  },
  {
    key: "telecentre",
    w: 4,
    lines: ["C3", "C2", "C4"],
    sdgs: [10, 1],
    brands: ["Tele", "Community", "Access", "Hub"],
    en: {
      t: [
        "community telecentre network",
        "public access centre programme",
        "multipurpose community technology centre",
        "post office connectivity project",
        "rural information kiosk network",
      ],
      g: ["rural residents", "small traders", "farmers and fishers", "unemployed youth"],
      o: [
        "give rural residents affordable access to computers and information",
        "bring public services and information closer to communities",
        "turn post offices into community service hubs",
        "build basic ICT skills in underserved communities",
      ],
      a: [
        "Each centre offers computers, printing, scanning and assistance with online forms.",
        "Centre managers are recruited locally and trained in basic maintenance and customer service.",
        "The centres host training sessions, market information boards and video calls with relatives abroad.",
        "A small fee for services helps cover running costs, while training for vulnerable groups remains free.",
      ],
      u: "visitors",
    },
    fr: {
      t: [
        "m:réseau de télécentres communautaires",
        "m:programme de points d'accès publics",
        "m:centre communautaire polyvalent de technologie",
        "m:projet de connexion des bureaux de poste",
        "m:réseau de kiosques d'information ruraux",
      ],
      g: [
        "les habitants des zones rurales",
        "les petits commerçants",
        "les agriculteurs et les pêcheurs",
        "les jeunes sans emploi",
      ],
      o: [
        "offrir aux ruraux un accès abordable aux ordinateurs et à l'information",
        "rapprocher les services publics et l'information des communautés",
        "transformer les bureaux de poste en pôles de services de proximité",
        "développer les compétences de base en TIC dans les communautés mal desservies",
      ],
      a: [
        "Chaque centre propose des ordinateurs, l'impression, la numérisation et une aide pour remplir les formulaires en ligne.",
        "Les gérants sont recrutés localement et formés à la maintenance de base et à l'accueil du public.",
        "Les centres accueillent des formations, des tableaux d'information sur les marchés et des appels vidéo avec des proches à l'étranger.",
        "Une modeste participation aux frais couvre une partie des coûts de fonctionnement, tandis que les formations destinées aux groupes vulnérables restent gratuites.",
      ],
      u: "visiteurs",
    },
    es: {
      t: [
        "f:red de telecentros comunitarios",
        "m:programa de puntos de acceso público",
        "m:centro tecnológico comunitario multipropósito",
        "m:proyecto de conectividad de oficinas de correos",
        "f:red de quioscos de información rural",
      ],
      g: [
        "los habitantes rurales",
        "los pequeños comerciantes",
        "los agricultores y pescadores",
        "los jóvenes desempleados",
      ],
      o: [
        "dar a la población rural acceso asequible a computadoras e información",
        "acercar los servicios públicos y la información a las comunidades",
        "convertir las oficinas de correos en centros de servicios comunitarios",
        "desarrollar competencias básicas en TIC en comunidades desatendidas",
      ],
      a: [
        "Cada centro ofrece computadoras, impresión, escaneo y ayuda para llenar formularios en línea.",
        "Los administradores se contratan en la propia comunidad y reciben formación en mantenimiento básico y atención al público.",
        "Los centros acogen talleres, pizarras con información de mercados y videollamadas con familiares en el extranjero.",
        "Una pequeña tarifa por servicio cubre parte de los costos de operación, mientras que la formación para grupos vulnerables es gratuita.",
      ],
      u: "visitantes",
    },
    ru: {
      t: [
        "Сеть общественных телецентров",
        "Программа пунктов коллективного доступа",
        "Многофункциональный общественный технологический центр",
        "Проект подключения почтовых отделений",
        "Сеть сельских информационных киосков",
      ],
      g: ["сельских жителей", "мелких торговцев", "фермеров и рыбаков", "безработной молодёжи"],
      o: [
        "обеспечить сельским жителям недорогой доступ к компьютерам и информации",
        "приблизить государственные услуги и информацию к жителям",
        "превратить почтовые отделения в многофункциональные центры обслуживания",
        "развивать базовые навыки ИКТ в недостаточно обслуживаемых районах",
      ],
      a: [
        "В каждом центре можно воспользоваться компьютером, распечатать и отсканировать документы, получить помощь в заполнении онлайн-форм.",
        "Руководители центров набираются на месте и проходят обучение базовому обслуживанию техники и работе с посетителями.",
        "В центрах проводятся занятия, размещается информация о рыночных ценах, работают видеозвонки с родственниками за рубежом.",
        "Небольшая плата за услуги покрывает часть текущих расходов, а обучение для уязвимых групп остаётся бесплатным.",
      ],
      u: "посетителей",
    },
    ar: {
      t: [
        "شبكة مراكز الاتصال المجتمعية",
        "برنامج نقاط النفاذ العامة",
        "مركز مجتمعي متعدد الأغراض للتكنولوجيا",
        "مشروع ربط مكاتب البريد",
        "شبكة أكشاك المعلومات الريفية",
      ],
      g: ["سكان الأرياف", "صغار التجار", "المزارعين والصيادين", "الشباب العاطلين عن العمل"],
      o: [
        "تمكين سكان الأرياف من الوصول بتكلفة معقولة إلى الحواسيب والمعلومات",
        "تقريب الخدمات العامة والمعلومات من المجتمعات المحلية",
        "تحويل مكاتب البريد إلى مراكز خدمات مجتمعية",
        "تنمية المهارات الأساسية في تكنولوجيا المعلومات والاتصالات في المجتمعات المحرومة",
      ],
      a: [
        "يوفر كل مركز حواسيب وخدمات الطباعة والمسح الضوئي والمساعدة في ملء الاستمارات الإلكترونية.",
        "يُعيَّن مديرو المراكز من المجتمع المحلي ويتلقون تدريباً على الصيانة الأساسية وخدمة الزوار.",
        "تستضيف المراكز دورات تدريبية ولوحات لمعلومات الأسواق ومكالمات فيديو مع الأقارب في الخارج.",
        "تغطي رسوم رمزية جزءاً من تكاليف التشغيل، في حين يظل التدريب مجانياً للفئات الضعيفة.",
      ],
      u: "زائر",
    },
    zh: {
      t: ["社区信息服务中心网络", "公共上网服务点建设项目", "多功能社区科技中心", "邮政网点联网项目", "农村信息服务亭"],
      g: ["农村居民", "小商贩", "农民和渔民", "失业青年"],
      o: [
        "让农村居民以可负担的价格使用电脑和获取信息",
        "把公共服务和信息送到群众身边",
        "将邮政网点打造为社区综合服务中心",
        "在服务欠缺的社区普及基本信息通信技术技能",
      ],
      a: [
        "每个中心提供电脑使用、打印、扫描以及在线填表协助等服务。",
        "中心管理员从当地招聘，并接受基本维护和接待服务培训。",
        "中心举办培训班，发布市场信息，并提供与海外亲属视频通话的服务。",
        "少量服务收费用于弥补部分运营成本，面向弱势群体的培训则保持免费。",
      ],
      u: "人次",
    },
  },
  {
    key: "access",
    w: 2,
    lines: ["C3", "C4", "C10"],
    sdgs: [10, 4],
    brands: ["Access", "Able", "Inclusive"],
    en: {
      t: [
        "accessible ICT programme for persons with disabilities",
        "sign language video relay service",
        "accessible public websites initiative",
        "assistive technology centre",
        "audio library for blind and partially sighted readers",
      ],
      g: [
        "persons with disabilities",
        "deaf and hard-of-hearing people",
        "blind and partially sighted people",
        "older persons",
      ],
      o: [
        "make public information and services accessible to persons with disabilities",
        "provide affordable assistive technologies",
        "ensure public websites meet international accessibility standards",
        "enable deaf people to communicate with public services on an equal basis",
      ],
      a: [
        "Government websites are audited against the Web Content Accessibility Guidelines and corrected.",
        "Users can borrow screen readers, braille displays and adapted keyboards free of charge.",
        "Sign language interpreters are available by video call during office hours.",
        "Organisations of persons with disabilities took part in designing and testing every service.",
      ],
      u: "users",
    },
    fr: {
      t: [
        "m:programme de TIC accessibles aux personnes handicapées",
        "m:service de relais vidéo en langue des signes",
        "f:initiative pour l'accessibilité des sites Web publics",
        "m:centre de technologies d'assistance",
        "f:audiothèque pour les personnes aveugles et malvoyantes",
      ],
      g: [
        "les personnes handicapées",
        "les personnes sourdes et malentendantes",
        "les personnes aveugles et malvoyantes",
        "les personnes âgées",
      ],
      o: [
        "rendre l'information et les services publics accessibles aux personnes handicapées",
        "fournir des technologies d'assistance à un coût abordable",
        "garantir la conformité des sites Web publics aux normes internationales d'accessibilité",
        "permettre aux personnes sourdes de communiquer avec les services publics sur un pied d'égalité",
      ],
      a: [
        "Les sites Web de l'administration sont audités au regard des règles pour l'accessibilité des contenus Web, puis corrigés.",
        "Les usagers peuvent emprunter gratuitement des lecteurs d'écran, des afficheurs braille et des claviers adaptés.",
        "Des interprètes en langue des signes sont joignables par appel vidéo pendant les heures de bureau.",
        "Les organisations de personnes handicapées ont participé à la conception et aux tests de chaque service.",
      ],
      u: "usagers",
    },
    es: {
      t: [
        "m:programa de TIC accesibles para personas con discapacidad",
        "m:servicio de videointerpretación en lengua de señas",
        "f:iniciativa de accesibilidad de sitios web públicos",
        "m:centro de tecnologías de apoyo",
        "f:audioteca para personas ciegas y con baja visión",
      ],
      g: [
        "las personas con discapacidad",
        "las personas sordas e hipoacúsicas",
        "las personas ciegas y con baja visión",
        "las personas mayores",
      ],
      o: [
        "hacer accesibles la información y los servicios públicos para las personas con discapacidad",
        "ofrecer tecnologías de apoyo a un costo asequible",
        "garantizar que los sitios web públicos cumplan las normas internacionales de accesibilidad",
        "permitir que las personas sordas se comuniquen con los servicios públicos en igualdad de condiciones",
      ],
      a: [
        "Los sitios web del gobierno se auditan según las Pautas de Accesibilidad para el Contenido Web y se corrigen.",
        "Los usuarios pueden tomar en préstamo gratuito lectores de pantalla, líneas braille y teclados adaptados.",
        "Intérpretes de lengua de señas atienden por videollamada en horario de oficina.",
        "Las organizaciones de personas con discapacidad participaron en el diseño y la prueba de cada servicio.",
      ],
      u: "usuarios",
    },
    ru: {
      t: [
        "Программа доступных ИКТ для людей с инвалидностью",
        "Служба видеоперевода на жестовый язык",
        "Инициатива по обеспечению доступности государственных сайтов",
        "Центр ассистивных технологий",
        "Аудиобиблиотека для незрячих и слабовидящих читателей",
      ],
      g: ["людей с инвалидностью", "глухих и слабослышащих людей", "незрячих и слабовидящих людей", "пожилых людей"],
      o: [
        "сделать государственную информацию и услуги доступными для людей с инвалидностью",
        "обеспечить ценовую доступность ассистивных технологий",
        "привести государственные сайты в соответствие с международными стандартами доступности",
        "дать глухим людям возможность общаться с государственными службами наравне с другими",
      ],
      a: [
        "Государственные сайты проверяются на соответствие рекомендациям WCAG и дорабатываются.",
        "Пользователи могут бесплатно взять во временное пользование экранные дикторы, брайлевские дисплеи и адаптированные клавиатуры.",
        "В рабочее время доступны сурдопереводчики по видеосвязи.",
        "Организации людей с инвалидностью участвовали в разработке и тестировании каждого сервиса.",
      ],
      u: "пользователей",
    },
    ar: {
      t: [
        "برنامج تكنولوجيا المعلومات والاتصالات الميسرة للأشخاص ذوي الإعاقة",
        "خدمة الترجمة بلغة الإشارة عبر الفيديو",
        "مبادرة إتاحة المواقع الحكومية على الويب",
        "مركز التكنولوجيات المساعدة",
        "مكتبة صوتية للمكفوفين وضعاف البصر",
      ],
      g: ["الأشخاص ذوي الإعاقة", "الصم وضعاف السمع", "المكفوفين وضعاف البصر", "كبار السن"],
      o: [
        "إتاحة المعلومات والخدمات العامة للأشخاص ذوي الإعاقة",
        "توفير التكنولوجيات المساعدة بتكلفة معقولة",
        "ضمان امتثال المواقع الحكومية للمعايير الدولية لإتاحة الوصول",
        "تمكين الصم من التواصل مع الخدمات العامة على قدم المساواة مع غيرهم",
      ],
      a: [
        "تخضع المواقع الحكومية للتدقيق وفق إرشادات إتاحة محتوى الويب ثم تُصحح.",
        "يمكن للمستخدمين استعارة برامج قراءة الشاشة وأسطر برايل ولوحات المفاتيح المكيفة مجاناً.",
        "يتوفر مترجمو لغة الإشارة عبر مكالمات الفيديو خلال ساعات العمل.",
        "شاركت منظمات الأشخاص ذوي الإعاقة في تصميم كل خدمة واختبارها.",
      ],
      u: "مستخدم",
    },
    zh: {
      t: [
        "残疾人无障碍信息通信技术项目",
        "手语视频传译服务",
        "政府网站无障碍改造行动",
        "辅助技术服务中心",
        "盲人和低视力读者有声图书馆",
      ],
      g: ["残疾人", "聋人和听障人士", "盲人和低视力人士", "老年人"],
      o: [
        "让残疾人能够无障碍地获取公共信息和服务",
        "以可负担的价格提供辅助技术产品",
        "确保政府网站符合国际无障碍标准",
        "使聋人能够平等地与公共服务机构沟通",
      ],
      a: [
        "对照国际无障碍指南对政府网站进行评估和整改。",
        "用户可免费借用读屏软件、盲文显示器和适配键盘。",
        "工作时间内可通过视频通话获得手语翻译服务。",
        "残疾人组织参与了每项服务的设计和测试，特殊教育学校也参与了试用。",
      ],
      u: "名用户",
    },
  },
  {
    key: "media",
    w: 2,
    lines: ["C9", "C10", "C4"],
    sdgs: [16],
    brands: ["Fact", "Media", "Truth", "News"],
    en: {
      t: [
        "media and information literacy programme",
        "fact-checking network",
        "independent online news service",
        "training programme for community journalists",
      ],
      g: ["journalists and editors", "secondary school students", "social media users", "librarians and teachers"],
      o: [
        "help the public recognise misinformation and verify sources",
        "strengthen independent and pluralistic media",
        "improve the quality of local reporting",
        "promote freedom of expression and access to information",
      ],
      a: [
        "Fact-checkers publish weekly reviews of viral claims and explain how they were verified.",
        "Teachers receive lesson plans on evaluating sources, images and advertising.",
        "Local journalists are trained in data journalism, safety and ethics.",
        "Partner newsrooms share content under a common editorial charter.",
      ],
      u: "people",
    },
    fr: {
      t: [
        "m:programme d'éducation aux médias et à l'information",
        "m:réseau de vérification des faits",
        "m:service d'information indépendant en ligne",
        "m:programme de formation des journalistes communautaires",
      ],
      g: [
        "les journalistes et les rédacteurs en chef",
        "les lycéens",
        "les utilisateurs des réseaux sociaux",
        "les bibliothécaires et les enseignants",
      ],
      o: [
        "aider le public à repérer la désinformation et à vérifier les sources",
        "renforcer des médias indépendants et pluralistes",
        "améliorer la qualité de l'information locale",
        "promouvoir la liberté d'expression et l'accès à l'information",
      ],
      a: [
        "Les vérificateurs publient chaque semaine l'analyse d'affirmations virales et expliquent leur méthode.",
        "Les enseignants reçoivent des fiches pédagogiques sur l'évaluation des sources, des images et de la publicité.",
        "Des journalistes locaux sont formés au journalisme de données, à la sécurité et à la déontologie.",
        "Les rédactions partenaires partagent leurs contenus dans le cadre d'une charte éditoriale commune.",
      ],
      u: "personnes",
    },
    es: {
      t: [
        "m:programa de alfabetización mediática e informacional",
        "f:red de verificación de datos",
        "m:servicio informativo independiente en línea",
        "m:programa de formación de periodistas comunitarios",
      ],
      g: [
        "los periodistas y editores",
        "los estudiantes de secundaria",
        "los usuarios de redes sociales",
        "los bibliotecarios y docentes",
      ],
      o: [
        "ayudar a la ciudadanía a reconocer la desinformación y verificar las fuentes",
        "fortalecer medios independientes y plurales",
        "mejorar la calidad de la información local",
        "promover la libertad de expresión y el acceso a la información",
      ],
      a: [
        "Los verificadores publican cada semana el análisis de afirmaciones virales y explican cómo las comprobaron.",
        "Los docentes reciben planes de clase sobre la evaluación de fuentes, imágenes y publicidad.",
        "Periodistas locales se capacitan en periodismo de datos, seguridad y ética.",
        "Las redacciones aliadas comparten contenidos bajo una carta editorial común.",
      ],
      u: "personas",
    },
    ru: {
      t: [
        "Программа медийной и информационной грамотности",
        "Сеть проверки фактов",
        "Независимая интернет-служба новостей",
        "Программа подготовки общественных журналистов",
      ],
      g: ["журналистов и редакторов", "старшеклассников", "пользователей социальных сетей", "библиотекарей и учителей"],
      o: [
        "научить людей распознавать дезинформацию и проверять источники",
        "укрепить независимые и плюралистические СМИ",
        "повысить качество местной журналистики",
        "содействовать свободе выражения мнений и доступу к информации",
      ],
      a: [
        "Фактчекеры еженедельно публикуют разборы вирусных утверждений и объясняют, как они их проверяли.",
        "Учителя получают планы уроков по оценке источников, изображений и рекламы.",
        "Местные журналисты обучаются журналистике данных, вопросам безопасности и профессиональной этике.",
        "Редакции-партнёры обмениваются материалами в соответствии с общей редакционной хартией.",
      ],
      u: "человек",
    },
    ar: {
      t: [
        "برنامج التربية الإعلامية والمعلوماتية",
        "شبكة لتقصي صحة الأخبار",
        "خدمة إخبارية مستقلة على الإنترنت",
        "برنامج تدريب الصحفيين المجتمعيين",
      ],
      g: ["الصحفيين والمحررين", "طلاب المرحلة الثانوية", "مستخدمي وسائل التواصل الاجتماعي", "أمناء المكتبات والمعلمين"],
      o: [
        "مساعدة الجمهور على تمييز المعلومات المضللة والتحقق من المصادر",
        "دعم وسائل الإعلام المستقلة والتعددية",
        "تحسين جودة التغطية الإعلامية المحلية",
        "تعزيز حرية التعبير والحق في الوصول إلى المعلومات",
      ],
      a: [
        "ينشر مدققو الحقائق أسبوعياً تحليلات للادعاءات المنتشرة ويشرحون طريقة التحقق منها.",
        "يحصل المعلمون على خطط دروس حول تقييم المصادر والصور والإعلانات.",
        "يتلقى الصحفيون المحليون تدريباً على صحافة البيانات والسلامة المهنية وأخلاقيات المهنة.",
        "تتبادل غرف الأخبار الشريكة المحتوى في إطار ميثاق تحريري مشترك.",
      ],
      u: "شخص",
    },
    zh: {
      t: ["媒体与信息素养教育项目", "事实核查网络", "独立网络新闻服务", "社区记者培训项目"],
      g: ["记者和编辑", "高中生", "社交媒体用户", "图书馆员和教师"],
      o: [
        "帮助公众识别虚假信息并核实信息来源",
        "支持独立、多元的媒体发展",
        "提高地方新闻报道质量",
        "促进言论自由和信息获取",
      ],
      a: [
        "核查人员每周发布对热门传言的核查报告，并说明核查方法。",
        "教师可获得关于评估信息来源、图片和广告的教案。",
        "地方记者接受了数据新闻、安全和职业道德方面的培训。",
        "合作媒体依据共同的编辑章程共享内容。",
      ],
      u: "人",
    },
  },
  {
    key: "ethics",
    w: 2,
    lines: ["C10", "C5", "C1"],
    sdgs: [16, 10],
    brands: ["Ethic", "Trust", "Fair", "Data"],
    en: {
      t: [
        "data protection awareness programme",
        "ethical framework for artificial intelligence",
        "data protection authority capacity-building project",
        "responsible AI research programme",
      ],
      g: ["public administrations", "technology companies", "data protection officers", "students and researchers"],
      o: [
        "ensure that new technologies respect human rights and privacy",
        "help organisations comply with personal data protection law",
        "promote the ethical and transparent use of artificial intelligence",
        "build public trust in online services",
      ],
      a: [
        "The guidelines were drafted with philosophers, engineers, lawyers and civil society organisations.",
        "Data protection officers from ministries and companies attend a certified training course.",
        "Algorithms used in public services are assessed for bias before deployment.",
        "Public debates in several cities gathered citizens' views on the use of facial recognition.",
      ],
      u: "participants",
    },
    fr: {
      t: [
        "m:programme de sensibilisation à la protection des données",
        "f:charte éthique de l'intelligence artificielle",
        "m:projet de renforcement des capacités de l'autorité de protection des données",
        "m:programme de recherche sur l'IA responsable",
      ],
      g: [
        "les administrations publiques",
        "les entreprises technologiques",
        "les délégués à la protection des données",
        "les étudiants et les chercheurs",
      ],
      o: [
        "veiller à ce que les nouvelles technologies respectent les droits humains et la vie privée",
        "aider les organisations à se conformer à la loi sur la protection des données personnelles",
        "promouvoir un usage éthique et transparent de l'intelligence artificielle",
        "renforcer la confiance du public dans les services en ligne",
      ],
      a: [
        "La charte a été rédigée avec des philosophes, des ingénieurs, des juristes et des organisations de la société civile.",
        "Les délégués à la protection des données des ministères et des entreprises suivent une formation certifiante.",
        "Les algorithmes utilisés dans les services publics font l'objet d'une évaluation des biais avant leur déploiement.",
        "Des débats publics organisés dans plusieurs villes ont recueilli l'avis des citoyens sur la reconnaissance faciale.",
      ],
      u: "participants",
    },
    es: {
      t: [
        "m:programa de sensibilización sobre protección de datos",
        "f:guía ética para la inteligencia artificial",
        "m:proyecto de fortalecimiento de la autoridad de protección de datos",
        "m:programa de investigación sobre IA responsable",
      ],
      g: [
        "las administraciones públicas",
        "las empresas tecnológicas",
        "los delegados de protección de datos",
        "los estudiantes e investigadores",
      ],
      o: [
        "garantizar que las nuevas tecnologías respeten los derechos humanos y la privacidad",
        "ayudar a las organizaciones a cumplir la ley de protección de datos personales",
        "promover un uso ético y transparente de la inteligencia artificial",
        "fortalecer la confianza de la ciudadanía en los servicios en línea",
      ],
      a: [
        "La guía se redactó con filósofos, ingenieros, juristas y organizaciones de la sociedad civil.",
        "Los delegados de protección de datos de ministerios y empresas asisten a un curso certificado.",
        "Los algoritmos empleados en servicios públicos se evalúan para detectar sesgos antes de su implantación.",
        "Debates públicos en varias ciudades recogieron la opinión de la ciudadanía sobre el reconocimiento facial.",
      ],
      u: "participantes",
    },
    ru: {
      t: [
        "Программа повышения осведомлённости о защите персональных данных",
        "Кодекс этики в сфере искусственного интеллекта",
        "Проект укрепления потенциала органа по защите персональных данных",
        "Программа исследований в области ответственного ИИ",
      ],
      g: [
        "органов государственного управления",
        "технологических компаний",
        "специалистов по защите данных",
        "студентов и исследователей",
      ],
      o: [
        "обеспечить соблюдение прав человека и неприкосновенности частной жизни при внедрении новых технологий",
        "помочь организациям выполнять требования закона о персональных данных",
        "содействовать этичному и прозрачному использованию искусственного интеллекта",
        "укрепить доверие граждан к онлайн-сервисам",
      ],
      a: [
        "Принципы разработаны совместно с философами, инженерами, юристами и организациями гражданского общества.",
        "Специалисты по защите данных из министерств и компаний проходят сертифицированный курс обучения.",
        "Алгоритмы, используемые в государственных услугах, перед внедрением проверяются на предвзятость.",
        "Публичные обсуждения в нескольких городах позволили узнать мнение граждан о распознавании лиц.",
      ],
      u: "участников",
    },
    ar: {
      t: [
        "برنامج التوعية بحماية البيانات الشخصية",
        "المبادئ الأخلاقية للذكاء الاصطناعي",
        "مشروع بناء قدرات هيئة حماية البيانات الشخصية",
        "برنامج بحثي حول الذكاء الاصطناعي المسؤول",
      ],
      g: ["الإدارات العامة", "شركات التكنولوجيا", "مسؤولي حماية البيانات", "الطلاب والباحثين"],
      o: [
        "ضمان احترام التكنولوجيات الجديدة لحقوق الإنسان والخصوصية",
        "مساعدة المؤسسات على الامتثال لقانون حماية البيانات الشخصية",
        "تعزيز الاستخدام الأخلاقي والشفاف للذكاء الاصطناعي",
        "بناء ثقة الجمهور في الخدمات الإلكترونية",
      ],
      a: [
        "صيغت المبادئ بمشاركة فلاسفة ومهندسين وقانونيين ومنظمات من المجتمع المدني.",
        "يحضر مسؤولو حماية البيانات في الوزارات والشركات دورة تدريبية معتمدة.",
        "تخضع الخوارزميات المستخدمة في الخدمات العامة لتقييم التحيز قبل اعتمادها.",
        "جمعت نقاشات عامة في عدة مدن آراء المواطنين بشأن استخدام تقنيات التعرف على الوجه.",
      ],
      u: "مشارك",
    },
    zh: {
      t: ["个人信息保护宣传项目", "人工智能伦理准则", "个人信息保护机构能力建设项目", "负责任人工智能研究计划"],
      g: ["公共管理部门", "科技企业", "数据保护负责人", "学生和研究人员"],
      o: [
        "确保新技术尊重人权和隐私",
        "帮助机构遵守个人信息保护法律",
        "促进人工智能合乎伦理、公开透明地使用",
        "增强公众对在线服务的信任",
      ],
      a: [
        "准则由哲学家、工程师、法律专家和民间社会组织共同起草。",
        "各部委和企业的数据保护负责人参加了认证培训课程。",
        "公共服务中使用的算法在部署前须接受偏见评估。",
        "在多个城市举办的公众讨论会收集了民众对人脸识别应用的意见。",
      ],
      u: "名参与者",
    },
  },
  {
    key: "coop",
    w: 2,
    lines: ["C11", "C1", "C6"],
    sdgs: [17],
    brands: ["Bridge", "Partner", "Unity", "Regional"],
    en: {
      t: [
        "regional ICT cooperation programme",
        "South-South knowledge exchange on ICT regulation",
        "capacity-building programme for ICT regulators",
        "regional roaming and connectivity agreement",
        "cross-border fibre interconnection project",
      ],
      g: [
        "national regulatory authorities",
        "ministries in charge of ICTs",
        "regional economic communities",
        "policy experts",
      ],
      o: [
        "harmonise ICT policies and regulations across the region",
        "share good practices between countries facing similar challenges",
        "lower the cost of regional roaming and transit",
        "strengthen the participation of developing countries in international ICT forums",
      ],
      a: [
        "Regulators from member countries meet twice a year to review common guidelines.",
        "Study visits and peer reviews allow officials to learn from neighbouring countries.",
        "A regional expert network provides on-demand technical assistance.",
        "The programme has produced model laws on electronic transactions, cybercrime and data protection.",
      ],
      u: "officials",
    },
    fr: {
      t: [
        "m:programme régional de coopération dans le domaine des TIC",
        "m:échange Sud-Sud de connaissances sur la réglementation des TIC",
        "m:programme de renforcement des capacités des régulateurs des TIC",
        "m:accord régional sur l'itinérance et la connectivité",
        "m:projet d'interconnexion transfrontalière par fibre optique",
      ],
      g: [
        "les autorités nationales de régulation",
        "les ministères chargés des TIC",
        "les communautés économiques régionales",
        "les experts en politiques publiques",
      ],
      o: [
        "harmoniser les politiques et réglementations des TIC dans la région",
        "partager les bonnes pratiques entre pays confrontés à des défis similaires",
        "réduire le coût de l'itinérance et du transit régionaux",
        "renforcer la participation des pays en développement aux instances internationales sur les TIC",
      ],
      a: [
        "Les régulateurs des pays membres se réunissent deux fois par an pour examiner des lignes directrices communes.",
        "Des voyages d'étude et des examens par les pairs permettent aux responsables de tirer parti de l'expérience des pays voisins.",
        "Un réseau régional d'experts fournit une assistance technique à la demande.",
        "Le programme a produit des lois types sur les transactions électroniques, la cybercriminalité et la protection des données.",
      ],
      u: "responsables",
    },
    es: {
      t: [
        "m:programa regional de cooperación en TIC",
        "m:intercambio Sur-Sur de conocimientos sobre regulación de las TIC",
        "m:programa de fortalecimiento de capacidades para reguladores de las TIC",
        "m:acuerdo regional de itinerancia y conectividad",
        "m:proyecto de interconexión transfronteriza de fibra óptica",
      ],
      g: [
        "las autoridades reguladoras nacionales",
        "los ministerios a cargo de las TIC",
        "las comunidades económicas regionales",
        "los expertos en políticas públicas",
      ],
      o: [
        "armonizar las políticas y normas de TIC en la región",
        "compartir buenas prácticas entre países con desafíos similares",
        "reducir el costo de la itinerancia y el tránsito regionales",
        "fortalecer la participación de los países en desarrollo en los foros internacionales de TIC",
      ],
      a: [
        "Los reguladores de los países miembros se reúnen dos veces al año para revisar directrices comunes.",
        "Visitas de estudio y revisiones entre pares permiten a los funcionarios aprender de los países vecinos.",
        "Una red regional de expertos brinda asistencia técnica a demanda.",
        "El programa ha elaborado leyes modelo sobre transacciones electrónicas, ciberdelincuencia y protección de datos.",
      ],
      u: "funcionarios",
    },
    ru: {
      t: [
        "Региональная программа сотрудничества в области ИКТ",
        "Обмен опытом по линии Юг–Юг в сфере регулирования ИКТ",
        "Программа повышения квалификации регуляторов в сфере ИКТ",
        "Региональное соглашение о роуминге и связности",
        "Проект трансграничного соединения волоконно-оптических сетей",
      ],
      g: [
        "национальных регуляторных органов",
        "профильных министерств",
        "региональных экономических сообществ",
        "экспертов в области политики",
      ],
      o: [
        "гармонизировать политику и регулирование в сфере ИКТ в регионе",
        "обмениваться передовым опытом между странами со схожими проблемами",
        "снизить стоимость регионального роуминга и транзита трафика",
        "расширить участие развивающихся стран в международных форумах по ИКТ",
      ],
      a: [
        "Представители регуляторов стран-участниц дважды в год собираются для обсуждения общих руководящих принципов.",
        "Ознакомительные поездки и взаимные экспертные оценки позволяют специалистам перенимать опыт соседних стран.",
        "Региональная сеть экспертов оказывает техническую помощь по запросу.",
        "В рамках программы подготовлены модельные законы об электронных сделках, киберпреступности и защите данных.",
      ],
      u: "специалистов",
    },
    ar: {
      t: [
        "برنامج التعاون الإقليمي في مجال تكنولوجيا المعلومات والاتصالات",
        "تبادل المعارف بين بلدان الجنوب بشأن تنظيم قطاع الاتصالات",
        "برنامج بناء قدرات الهيئات التنظيمية للاتصالات",
        "اتفاق إقليمي بشأن التجوال والتوصيلية",
        "مشروع الربط العابر للحدود بالألياف البصرية",
      ],
      g: [
        "الهيئات التنظيمية الوطنية",
        "الوزارات المعنية بتكنولوجيا المعلومات والاتصالات",
        "الجماعات الاقتصادية الإقليمية",
        "خبراء السياسات",
      ],
      o: [
        "مواءمة سياسات تكنولوجيا المعلومات والاتصالات ولوائحها التنظيمية في المنطقة",
        "تبادل الممارسات الجيدة بين البلدان التي تواجه تحديات متشابهة",
        "خفض تكلفة التجوال والعبور على المستوى الإقليمي",
        "تعزيز مشاركة البلدان النامية في المحافل الدولية المعنية بتكنولوجيا المعلومات والاتصالات",
      ],
      a: [
        "يجتمع ممثلو الهيئات التنظيمية في البلدان الأعضاء مرتين في السنة لمراجعة المبادئ التوجيهية المشتركة.",
        "تتيح الزيارات الدراسية واستعراضات الأقران للمسؤولين الاستفادة من تجارب البلدان المجاورة.",
        "تقدم شبكة إقليمية من الخبراء المساعدة التقنية عند الطلب.",
        "أعد البرنامج قوانين نموذجية بشأن المعاملات الإلكترونية والجرائم السيبرانية وحماية البيانات.",
      ],
      u: "مسؤول",
    },
    zh: {
      t: [
        "区域信息通信技术合作项目",
        "南南信息通信监管经验交流项目",
        "信息通信监管机构能力建设项目",
        "区域漫游与互联互通协议",
        "跨境光缆互联项目",
      ],
      g: ["国家电信监管机构", "信息通信主管部门", "区域经济共同体", "政策专家"],
      o: [
        "协调区域内的信息通信技术政策和法规",
        "在面临类似挑战的国家之间分享良好做法",
        "降低区域漫游和转接成本",
        "加强发展中国家在国际信息通信技术论坛中的参与",
      ],
      a: [
        "成员国监管机构每年召开两次会议，审议共同的指导原则。",
        "通过考察访问和同行评议，官员们得以借鉴邻国经验。",
        "区域专家网络按需提供技术援助。",
        "项目已制定关于电子交易、网络犯罪和数据保护的示范法。",
      ],
      u: "名官员",
    },
  },
];

// ---------------------------------------------------------------------------------------------------------------
// Sentence templates per language. Placeholders: {type} {Type} {aType} {AType} {theType} {TheType} {thisType}
// {target} {target2} {goal} {goal2} {org} {Org} {partner} {Partner} {donor} {loc} {country} {year} {endYear} {n}
// {unit} {brand} {phase} {species} {tech}, and {e}/{o} for French/Spanish participle agreement. A template is
// used only when all its placeholders have a value, except "{loc?}", which may be empty. {de:x} and {a:x} contract
// the French/Spanish preposition with x's article ("de" + "le Ministère" = "du Ministère").

type Status = "planned" | "ongoing" | "completed";
type RareKind = "place" | "pest" | "crop" | "env" | "health" | "tech";

interface Lexicon {
  targets: readonly string[];
  goals: readonly string[];
  titles: readonly string[];
  summary: Readonly<Record<Status, readonly string[]>>;
  intro: Readonly<Record<Status, readonly string[]>>;
  goal2: readonly string[];
  partner: readonly string[];
  donor: readonly string[];
  results: Readonly<Record<Status, readonly string[]>>;
  focus: readonly string[];
  closing: readonly string[];
  /** Sentences that carry the controlled words; one is added when a text that needs a word lacks it. */
  carriers: readonly string[];
  rare: Readonly<Record<Exclude<RareKind, "place">, readonly string[]>>;
  phases: readonly string[];
  donors: readonly string[];
  regions: Readonly<Record<ItuRegion, string>>;
  world: string;
  inCountries: (k: number) => string;
  /** Native-script project brand names (Russian, Arabic, Chinese); Latin-script languages compose theirs. */
  brands?: readonly string[];
  /** The word that introduces a target group; a type that already has one gets no second one. */
  forWord: string;
  forTemplate: string;
  sentenceJoin: string;
  number: (n: number) => string;
}

function groupDigits(n: number, sep: string, min = 10_000): string {
  const s = String(n);
  if (n < min) return s;
  return s.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

const LEX: Readonly<Record<Lang, Lexicon>> = {
  en: {
    targets: [
      "rural communities",
      "women and girls",
      "young people",
      "persons with disabilities",
      "small and medium-sized enterprises",
      "local authorities",
      "smallholder farmers",
      "teachers",
      "older persons",
      "indigenous peoples",
      "refugees and displaced persons",
      "civil servants",
      "community health workers",
      "students",
    ],
    goals: [
      "improve the quality of life of local communities",
      "reduce inequalities in access to information and knowledge",
      "strengthen local capacity for sustainable development",
      "foster innovation and local entrepreneurship",
      "promote the inclusion of women and young people",
      "improve access to education, health care and information",
      "contribute to the achievement of the Sustainable Development Goals",
    ],
    titles: [
      "{Type} {loc}",
      "{Type} for {target}",
      "{brand}: {Type}",
      "{brand}: {Type} {loc}",
      "{country} {Type}",
      "{Type} ({phase})",
      "{Type} for {target} {loc}",
      "{Type}",
    ],
    summary: {
      ongoing: [
        "{AType} for {target} {loc?} that aims to {goal}.",
        "{Org} runs {aType} {loc?} to {goal}.",
        "The project aims to {goal} through {aType} for {target}.",
      ],
      completed: [
        "{AType} for {target} {loc?} that aimed to {goal}.",
        "{Org} ran {aType} {loc?} to {goal}.",
        "The project set out to {goal} through {aType} for {target}.",
      ],
      planned: [
        "A planned {type} for {target} {loc?} that aims to {goal}.",
        "{Org} is preparing {aType} {loc?} to {goal}.",
        "The project will {goal} through {aType} for {target}.",
      ],
    },
    intro: {
      ongoing: [
        "{Org} launched {thisType} in {year} to {goal}.",
        "Since {year}, {org} has been running {aType} for {target} {loc?}.",
        "Led by {org}, {thisType} aims to {goal}.",
        "{TheType} {loc?} was set up by {org} in {year} to {goal}.",
      ],
      completed: [
        "{Org} ran {thisType} from {year} to {endYear} to {goal}.",
        "Between {year} and {endYear}, {org} implemented {aType} for {target} {loc?}.",
        "Led by {org}, {thisType} aimed to {goal}.",
      ],
      planned: [
        "{Org} plans to launch {thisType} in {year} to {goal}.",
        "Starting in {year}, {org} will set up {aType} for {target} {loc?}.",
        "Led by {org}, {thisType} will {goal}.",
      ],
    },
    goal2: ["It also seeks to {goal2}.", "A further objective is to {goal2}.", "The project also aims to {goal2}."],
    partner: [
      "The project is implemented in partnership with {partner}.",
      "{Partner} provides technical support and training.",
      "Implementation is supported by {partner} and local authorities.",
    ],
    donor: [
      "Funding is provided by {donor}.",
      "The initiative receives financial support from {donor}.",
      "It is co-financed by {donor} and the national budget.",
    ],
    results: {
      ongoing: [
        "So far, more than {n} {unit} have benefited from the project.",
        "To date, the project has reached over {n} {unit}.",
      ],
      completed: [
        "In total, more than {n} {unit} benefited from the project.",
        "By the time it ended, the project had reached more than {n} {unit}.",
      ],
      planned: [
        "The first phase is expected to reach {n} {unit}.",
        "The project aims to reach at least {n} {unit} in its first three years.",
      ],
    },
    focus: [
      "Particular attention is paid to the needs of {target2}.",
      "Activities are designed with and for {target2}.",
    ],
    closing: [
      "Lessons learned are documented and shared with other countries through regional workshops.",
      "An independent evaluation is planned to measure the project's impact.",
      "The project contributes to the implementation of the WSIS Action Lines and the 2030 Agenda for Sustainable Development.",
      "The approach has been designed so that it can be replicated in other regions.",
      "All software developed under the project is released under an open-source licence.",
      "Monitoring data are published every year in an open report.",
      "The project also improves access to education, health care and public information.",
      "A steering committee with representatives of government, business and civil society oversees the work.",
    ],
    carriers: [
      "The project is part of the national digital transformation agenda.",
      "It helps reduce the digital divide between urban and rural areas.",
      "Particular emphasis is placed on digital inclusion and affordability.",
      "The initiative also promotes the use of digital public services.",
      "Participating sites are connected to the Internet through a mix of fibre, mobile and satellite links.",
      "Affordable Internet access is provided in community centres.",
      "Users can also reach the service over the Internet from their phones.",
      "The project works with local operators to lower the cost of Internet access.",
      "It helps close the digital divide by bringing affordable Internet access to underserved areas.",
    ],
    rare: {
      pest: ["Field teams also track outbreaks of {species}.", "An early-warning module covers {species}."],
      crop: ["Particular attention is paid to {species}, an important local crop."],
      env: ["Monitoring also covers populations of {species}."],
      health: ["Surveillance also covers {species}."],
      tech: ["The solution relies on {tech}.", "The technical platform is based on {tech}."],
    },
    phases: ["Phase II", "Phase III", "pilot phase", "scale-up phase"],
    donors: [
      "the World Bank",
      "the European Union",
      "the United Nations Development Programme",
      "the African Development Bank",
      "the Asian Development Bank",
      "the Inter-American Development Bank",
      "the Islamic Development Bank",
      "the Government of Japan",
      "the Government of Canada",
      "the Global Partnership for Education",
      "the Universal Service Fund",
      "the Korea International Cooperation Agency",
      "the Swedish International Development Cooperation Agency",
      "the International Telecommunication Union",
      "UNICEF",
      "UNESCO",
      "the Green Climate Fund",
    ],
    regions: {
      africa: "in Africa",
      americas: "in the Americas",
      "arab-states": "in the Arab region",
      "asia-pacific": "in Asia and the Pacific",
      cis: "in the CIS region",
      europe: "in Europe",
    },
    world: "worldwide",
    inCountries: (k) => (k === 2 ? "in two countries" : k === 3 ? "in three countries" : `in ${k} countries`),
    forWord: "for",
    forTemplate: "for {target}",
    sentenceJoin: " ",
    number: (n) => groupDigits(n, ",", 1000),
  },
  fr: {
    targets: [
      "les communautés rurales",
      "les femmes et les filles",
      "les jeunes",
      "les personnes handicapées",
      "les petites et moyennes entreprises",
      "les collectivités locales",
      "les petits exploitants agricoles",
      "les enseignants",
      "les personnes âgées",
      "les peuples autochtones",
      "les réfugiés et les personnes déplacées",
      "les agents de la fonction publique",
      "les agents de santé communautaires",
      "les élèves",
    ],
    goals: [
      "améliorer la qualité de vie des communautés locales",
      "réduire les inégalités d'accès à l'information et au savoir",
      "renforcer les capacités locales au service du développement durable",
      "favoriser l'innovation et l'entrepreneuriat local",
      "promouvoir l'inclusion des femmes et des jeunes",
      "améliorer l'accès à l'éducation, à la santé et à l'information",
      "contribuer à la réalisation des objectifs de développement durable",
    ],
    titles: [
      "{Type} {loc}",
      "{Type} pour {target}",
      "{brand} : {type}",
      "{brand} : {type} {loc}",
      "{Type} ({country})",
      "{Type} – {phase}",
      "{Type} pour {target} {loc}",
      "{Type}",
    ],
    summary: {
      ongoing: [
        "{AType} pour {target} {loc?}, qui vise à {goal}.",
        "{Org} met en œuvre {aType} {loc?} afin {de:goal}.",
        "Le projet vise à {goal} grâce à {aType} pour {target}.",
      ],
      completed: [
        "{AType} pour {target} {loc?}, qui visait à {goal}.",
        "{Org} a mis en œuvre {aType} {loc?} afin {de:goal}.",
        "Le projet visait à {goal} grâce à {aType} pour {target}.",
      ],
      planned: [
        "{AType} en préparation pour {target} {loc?}, qui vise à {goal}.",
        "{Org} prévoit de mettre en place {aType} {loc?} afin {de:goal}.",
        "Le projet visera à {goal} grâce à {aType} pour {target}.",
      ],
    },
    intro: {
      ongoing: [
        "{Org} a lancé {thisType} en {year} afin {de:goal}.",
        "Depuis {year}, {org} met en œuvre {aType} pour {target} {loc?}.",
        "Porté{e} par {org}, {thisType} vise à {goal}.",
        "{TheType} {loc?} a été mis{e} en place par {org} en {year}.",
      ],
      completed: [
        "{Org} a conduit {thisType} de {year} à {endYear} afin {de:goal}.",
        "De {year} à {endYear}, {org} a mis en œuvre {aType} pour {target} {loc?}.",
        "Porté{e} par {org}, {thisType} visait à {goal}.",
      ],
      planned: [
        "{Org} prévoit de lancer {thisType} en {year} afin {de:goal}.",
        "À partir de {year}, {org} mettra en place {aType} pour {target} {loc?}.",
        "Porté{e} par {org}, {thisType} visera à {goal}.",
      ],
    },
    goal2: ["Le projet vise également à {goal2}.", "Un autre objectif est {de:goal2}.", "Il s'agit aussi {de:goal2}."],
    partner: [
      "Le projet est mis en œuvre en partenariat avec {partner}.",
      "{Partner} apporte un appui technique et assure la formation.",
      "La mise en œuvre bénéficie de l'appui {de:partner} et des autorités locales.",
    ],
    donor: [
      "Le projet est financé par {donor}.",
      "Il bénéficie d'un financement {de:donor}.",
      "Il est cofinancé par {donor} et par le budget de l'État.",
    ],
    results: {
      ongoing: [
        "À ce jour, plus de {n} {unit} ont bénéficié du projet.",
        "Le projet a déjà touché plus de {n} {unit}.",
      ],
      completed: [
        "Au total, plus de {n} {unit} ont bénéficié du projet.",
        "À son achèvement, le projet avait touché plus de {n} {unit}.",
      ],
      planned: [
        "La première phase devrait toucher {n} {unit}.",
        "Le projet vise à atteindre au moins {n} {unit} au cours de ses trois premières années.",
      ],
    },
    focus: [
      "Une attention particulière est accordée aux besoins {de:target2}.",
      "Les activités sont conçues avec et pour {target2}.",
    ],
    closing: [
      "Les enseignements tirés sont documentés et partagés avec d'autres pays lors d'ateliers régionaux.",
      "Une évaluation indépendante est prévue pour mesurer l'impact du projet.",
      "Le projet contribue à la mise en œuvre des grandes orientations du SMSI et du Programme de développement durable à l'horizon 2030.",
      "L'approche a été conçue pour être reproduite dans d'autres régions.",
      "Les logiciels développés dans le cadre du projet sont publiés sous licence libre.",
      "Les données de suivi sont publiées chaque année dans un rapport ouvert.",
      "Le projet contribue aussi à améliorer l'accès à l'éducation, à la santé et à l'information publique.",
      "Un comité de pilotage réunissant l'État, le secteur privé et la société civile supervise les travaux.",
    ],
    carriers: [
      "Le projet s'inscrit dans la stratégie nationale de transformation numérique.",
      "Il contribue à réduire la fracture numérique entre villes et campagnes.",
      "L'accent est mis sur l'inclusion numérique et l'accessibilité financière.",
      "L'initiative encourage aussi le recours aux services publics en ligne et à l'économie numérique.",
      "Les sites participants sont raccordés à Internet par fibre optique, réseau mobile ou satellite.",
      "Un accès à Internet à prix abordable est proposé dans les centres communautaires.",
      "Les usagers peuvent aussi accéder au service par Internet depuis leur téléphone.",
      "Le projet travaille avec les opérateurs locaux pour réduire le coût de l'accès à Internet.",
      "Il contribue à réduire la fracture numérique en étendant l'accès à Internet aux zones mal desservies.",
    ],
    rare: {
      pest: ["Les équipes de terrain suivent aussi les infestations de {species}."],
      crop: ["Une attention particulière est portée à {species}, une culture locale importante."],
      env: ["Le suivi porte également sur les populations de {species}."],
      health: ["La surveillance couvre également {species}."],
      tech: ["La solution s'appuie sur {tech}.", "La plateforme technique repose sur {tech}."],
    },
    phases: ["phase II", "phase pilote", "deuxième phase", "phase d'extension"],
    donors: [
      "la Banque mondiale",
      "l'Union européenne",
      "le Programme des Nations Unies pour le développement",
      "la Banque africaine de développement",
      "l'Agence française de développement",
      "l'Organisation internationale de la Francophonie",
      "le Fonds de service universel",
      "le gouvernement du Canada",
      "la Coopération suisse",
      "l'Union internationale des télécommunications",
      "l'UNICEF",
      "l'UNESCO",
      "le Partenariat mondial pour l'éducation",
      "le Fonds vert pour le climat",
      "la Banque islamique de développement",
    ],
    regions: {
      africa: "en Afrique",
      americas: "dans les Amériques",
      "arab-states": "dans la région arabe",
      "asia-pacific": "en Asie-Pacifique",
      cis: "dans la région de la CEI",
      europe: "en Europe",
    },
    world: "dans le monde entier",
    inCountries: (k) => (k === 2 ? "dans deux pays" : k === 3 ? "dans trois pays" : `dans ${k} pays`),
    forWord: "pour",
    forTemplate: "pour {target}",
    sentenceJoin: " ",
    number: (n) => groupDigits(n, "\u00a0"),
  },
  es: {
    targets: [
      "las comunidades rurales",
      "las mujeres y las niñas",
      "los jóvenes",
      "las personas con discapacidad",
      "las pequeñas y medianas empresas",
      "los gobiernos locales",
      "los pequeños agricultores",
      "los docentes",
      "las personas mayores",
      "los pueblos indígenas",
      "las personas refugiadas y desplazadas",
      "los servidores públicos",
      "los promotores comunitarios de salud",
      "los estudiantes",
    ],
    goals: [
      "mejorar la calidad de vida de las comunidades locales",
      "reducir las desigualdades en el acceso a la información y el conocimiento",
      "fortalecer las capacidades locales para el desarrollo sostenible",
      "fomentar la innovación y el emprendimiento local",
      "promover la inclusión de mujeres y jóvenes",
      "mejorar el acceso a la educación, la salud y la información pública",
      "contribuir al logro de los Objetivos de Desarrollo Sostenible",
    ],
    titles: [
      "{Type} {loc}",
      "{Type} para {target}",
      "{brand}: {type}",
      "{brand}: {type} {loc}",
      "{Type} ({country})",
      "{Type} – {phase}",
      "{Type} para {target} {loc}",
      "{Type}",
    ],
    summary: {
      ongoing: [
        "{AType} para {target} {loc?} que busca {goal}.",
        "{Org} ejecuta {aType} {loc?} con el fin de {goal}.",
        "El proyecto busca {goal} mediante {aType} para {target}.",
      ],
      completed: [
        "{AType} para {target} {loc?} que buscó {goal}.",
        "{Org} ejecutó {aType} {loc?} con el fin de {goal}.",
        "El proyecto buscó {goal} mediante {aType} para {target}.",
      ],
      planned: [
        "{AType} en preparación para {target} {loc?} que busca {goal}.",
        "{Org} prevé poner en marcha {aType} {loc?} con el fin de {goal}.",
        "El proyecto buscará {goal} mediante {aType} para {target}.",
      ],
    },
    intro: {
      ongoing: [
        "{Org} puso en marcha {thisType} en {year} con el fin de {goal}.",
        "Desde {year}, {org} ejecuta {aType} para {target} {loc?}.",
        "Impulsad{o} por {org}, {thisType} busca {goal}.",
        "{TheType} {loc?} fue cread{o} por {org} en {year}.",
      ],
      completed: [
        "{Org} desarrolló {thisType} entre {year} y {endYear} con el fin de {goal}.",
        "Entre {year} y {endYear}, {org} ejecutó {aType} para {target} {loc?}.",
        "Impulsad{o} por {org}, {thisType} buscó {goal}.",
      ],
      planned: [
        "{Org} prevé poner en marcha {thisType} en {year} con el fin de {goal}.",
        "A partir de {year}, {org} implementará {aType} para {target} {loc?}.",
        "Impulsad{o} por {org}, {thisType} buscará {goal}.",
      ],
    },
    goal2: ["El proyecto también busca {goal2}.", "Otro objetivo es {goal2}.", "Asimismo, se propone {goal2}."],
    partner: [
      "El proyecto se ejecuta en alianza con {partner}.",
      "{Partner} brinda apoyo técnico y capacitación.",
      "La ejecución cuenta con el apoyo {de:partner} y de las autoridades locales.",
    ],
    donor: [
      "El proyecto está financiado por {donor}.",
      "La iniciativa recibe apoyo financiero {de:donor}.",
      "Está cofinanciado por {donor} y el presupuesto nacional.",
    ],
    results: {
      ongoing: [
        "Hasta la fecha, más de {n} {unit} se han beneficiado del proyecto.",
        "El proyecto ya ha llegado a más de {n} {unit}.",
      ],
      completed: [
        "En total, más de {n} {unit} se beneficiaron del proyecto.",
        "Al concluir, el proyecto había llegado a más de {n} {unit}.",
      ],
      planned: [
        "Se prevé que la primera fase llegue a {n} {unit}.",
        "El proyecto aspira a llegar al menos a {n} {unit} en sus tres primeros años.",
      ],
    },
    focus: [
      "Se presta especial atención a las necesidades {de:target2}.",
      "Las actividades se diseñan con y para {target2}.",
    ],
    closing: [
      "Las lecciones aprendidas se documentan y se comparten con otros países en talleres regionales.",
      "Está prevista una evaluación independiente para medir el impacto del proyecto.",
      "El proyecto contribuye a la implementación de las líneas de acción de la CMSI y de la Agenda 2030 para el Desarrollo Sostenible.",
      "El enfoque se diseñó para replicarse en otras regiones.",
      "El software desarrollado en el proyecto se publica con licencia de código abierto.",
      "Los datos de seguimiento se publican cada año en un informe abierto.",
      "El proyecto también mejora el acceso a la educación, la salud y la información pública.",
      "Un comité directivo integrado por el gobierno, el sector privado y la sociedad civil supervisa el trabajo.",
    ],
    carriers: [
      "El proyecto forma parte de la agenda nacional de transformación digital.",
      "Contribuye a reducir la brecha digital entre zonas urbanas y rurales.",
      "Se pone especial énfasis en la inclusión digital y la asequibilidad.",
      "La iniciativa también promueve el uso de los servicios de gobierno digital.",
      "Los sitios participantes se conectan a internet mediante fibra, redes móviles o satélite.",
      "Se ofrece acceso asequible a internet en los centros comunitarios.",
      "Los usuarios también pueden acceder al servicio por internet desde sus teléfonos.",
      "El proyecto trabaja con operadores locales para reducir el costo del acceso a internet.",
      "Contribuye a cerrar la brecha digital llevando acceso asequible a internet a zonas desatendidas.",
    ],
    rare: {
      pest: ["Los equipos de campo también vigilan los brotes de {species}."],
      crop: ["Se presta especial atención a {species}, un cultivo local importante."],
      env: ["El monitoreo abarca también las poblaciones de {species}."],
      health: ["La vigilancia incluye también {species}."],
      tech: ["La solución se basa en {tech}.", "La plataforma técnica se apoya en {tech}."],
    },
    phases: ["fase II", "fase piloto", "segunda fase", "fase de ampliación"],
    donors: [
      "el Banco Mundial",
      "la Unión Europea",
      "el Programa de las Naciones Unidas para el Desarrollo",
      "el Banco Interamericano de Desarrollo",
      "el Banco de Desarrollo de América Latina y el Caribe",
      "la Agencia Española de Cooperación Internacional para el Desarrollo",
      "el Fondo de Servicio Universal",
      "la Unión Internacional de Telecomunicaciones",
      "UNICEF",
      "la UNESCO",
      "el Fondo Verde para el Clima",
      "la Agencia de Cooperación Internacional de Corea",
      "el Gobierno de Canadá",
      "la Organización Panamericana de la Salud",
    ],
    regions: {
      africa: "en África",
      americas: "en las Américas",
      "arab-states": "en la región árabe",
      "asia-pacific": "en Asia y el Pacífico",
      cis: "en la región de la CEI",
      europe: "en Europa",
    },
    world: "en todo el mundo",
    inCountries: (k) => (k === 2 ? "en dos países" : k === 3 ? "en tres países" : `en ${k} países`),
    forWord: "para",
    forTemplate: "para {target}",
    sentenceJoin: " ",
    number: (n) => groupDigits(n, "."),
  },
  ru: {
    targets: [
      "сельских общин",
      "женщин и девочек",
      "молодёжи",
      "людей с инвалидностью",
      "малых и средних предприятий",
      "органов местного самоуправления",
      "мелких фермеров",
      "учителей",
      "пожилых людей",
      "коренных народов",
      "беженцев и вынужденных переселенцев",
      "государственных служащих",
      "школьников",
      "студентов",
    ],
    goals: [
      "повысить качество жизни местного населения",
      "сократить неравенство в доступе к информации и знаниям",
      "укрепить местный потенциал в интересах устойчивого развития",
      "содействовать инновациям и местному предпринимательству",
      "способствовать вовлечению женщин и молодёжи",
      "улучшить доступ к образованию, здравоохранению и информации",
      "внести вклад в достижение Целей в области устойчивого развития",
    ],
    titles: [
      "{Type} {loc}",
      "{Type} для {target}",
      "«{brand}»: {type}",
      "{Type} ({phase})",
      "Проект «{brand}»: {type} {loc?}",
      "{Type} для {target} {loc}",
      "{Type}",
    ],
    summary: {
      ongoing: [
        "{Type} для {target} {loc?}. Цель проекта — {goal}.",
        "Проект призван {goal}; его основу составляет {type} {loc?}.",
        "Цель проекта — {goal}. Ключевой компонент — {type} для {target}.",
      ],
      completed: [
        "{Type} для {target} {loc?}. Целью проекта было {goal}.",
        "Завершённый проект: {type} для {target} {loc?}. Его целью было {goal}.",
      ],
      planned: [
        "Планируемый проект: {type} для {target} {loc?}. Его цель — {goal}.",
        "Проект призван {goal}; его основой станет {type} {loc?}.",
      ],
    },
    intro: {
      ongoing: [
        "С {year} года {org} реализует проект, в центре которого — {type} для {target} {loc?}.",
        "Исполнитель проекта — {org}; его основу с {year} года составляет {type} {loc?}.",
        "Проект стартовал в {year} году; его координирует {org}.",
        "Проект реализует {org}; работа ведётся с {year} года.",
      ],
      completed: [
        "Проект реализовывался в {year}–{endYear} годах; исполнитель — {org}.",
        "Исполнитель проекта — {org}; работы велись с {year} по {endYear} год.",
        "Координатор проекта — {org}; проект завершён в {endYear} году.",
      ],
      planned: [
        "Исполнитель проекта — {org}; запуск запланирован на {year} год.",
        "Координатор проекта — {org}; начало работ намечено на {year} год.",
        "С {year} года {org} планирует реализовать проект, в центре которого — {type} для {target} {loc?}.",
      ],
    },
    goal2: ["Кроме того, проект помогает {goal2}.", "Ещё одна задача — {goal2}.", "Проект также призван {goal2}."],
    partner: [
      "Партнёр проекта — {partner}.",
      "Техническую поддержку и обучение обеспечивает {partner}.",
      "В реализации проекта участвует {partner}.",
    ],
    donor: [
      "Финансирование обеспечивает {donor}.",
      "Источник финансирования — {donor}.",
      "Проект софинансируют {donor} и государственный бюджет.",
    ],
    results: {
      ongoing: [
        "На сегодняшний день проект охватил более {n} {unit}.",
        "Услугами проекта уже воспользовались более {n} {unit}.",
      ],
      completed: [
        "В общей сложности проект охватил более {n} {unit}.",
        "За время реализации проекта помощь получили более {n} {unit}.",
      ],
      planned: [
        "На первом этапе планируется охватить не менее {n} {unit}.",
        "В течение первых трёх лет проект должен охватить не менее {n} {unit}.",
      ],
    },
    focus: ["Особое внимание уделяется потребностям {target2}.", "Мероприятия разрабатываются с участием {target2}."],
    closing: [
      "Извлечённые уроки обобщаются и распространяются на региональных семинарах.",
      "Для определения результатов проекта запланирована независимая оценка.",
      "Проект способствует реализации направлений деятельности ВВУИО и Повестки дня в области устойчивого развития на период до 2030 года.",
      "Подход разработан с расчётом на тиражирование в других регионах.",
      "Всё программное обеспечение, созданное в рамках проекта, распространяется по открытой лицензии.",
      "Данные мониторинга ежегодно публикуются в открытом отчёте.",
      "Проект также улучшает доступ к образованию, здравоохранению и государственной информации.",
      "Работу курирует руководящий комитет с участием государства, бизнеса и гражданского общества.",
    ],
    carriers: [
      "Проект помогает преодолеть цифровой разрыв между городом и селом.",
      "Особое внимание уделяется цифровой грамотности населения.",
      "Инициатива способствует развитию цифровой экономики в регионе.",
      "Проект вписывается в национальную стратегию цифровой трансформации.",
    ],
    rare: {
      pest: ["Полевые группы также отслеживают распространение вредителя {species}."],
      crop: ["Особое внимание уделяется культуре {species}."],
      env: ["Мониторинг охватывает также популяции вида {species}."],
      health: ["Эпиднадзор охватывает также {species}."],
      tech: ["Решение построено на базе {tech}.", "Техническая платформа проекта — {tech}."],
    },
    phases: ["второй этап", "пилотный этап", "этап расширения"],
    donors: [
      "Всемирный банк",
      "Европейский союз",
      "Программа развития ООН",
      "Азиатский банк развития",
      "Евразийский банк развития",
      "Международный союз электросвязи",
      "ЮНИСЕФ",
      "ЮНЕСКО",
      "Исламский банк развития",
      "Фонд универсальной услуги связи",
      "Правительство Японии",
      "Зелёный климатический фонд",
      "Корейское агентство международного сотрудничества",
    ],
    regions: {
      africa: "в Африке",
      americas: "в Северной и Южной Америке",
      "arab-states": "в арабском регионе",
      "asia-pacific": "в Азиатско-Тихоокеанском регионе",
      cis: "в регионе СНГ",
      europe: "в Европе",
    },
    world: "по всему миру",
    inCountries: (k) =>
      k === 2
        ? "в двух странах"
        : k === 3
          ? "в трёх странах"
          : k % 10 === 1 && k % 100 !== 11
            ? "в ряде стран"
            : `в ${k} странах`,
    brands: [
      "Мост знаний",
      "Шаг в будущее",
      "Новые горизонты",
      "Открытый регион",
      "Связь поколений",
      "Территория роста",
      "Равные возможности",
      "Горизонт 2030",
      "Точка доступа",
      "Вместе",
      "Импульс",
      "Перспектива",
      "Созвездие",
      "Партнёрство",
      "Навигатор",
      "Старт",
    ],
    forWord: "для",
    forTemplate: "для {target}",
    sentenceJoin: " ",
    number: (n) => groupDigits(n, "\u00a0"),
  },
  ar: {
    targets: [
      "المجتمعات الريفية",
      "النساء والفتيات",
      "الشباب",
      "الأشخاص ذوي الإعاقة",
      "المؤسسات الصغيرة والمتوسطة",
      "السلطات المحلية",
      "صغار المزارعين",
      "المعلمين",
      "كبار السن",
      "الشعوب الأصلية",
      "اللاجئين والنازحين",
      "موظفي الخدمة المدنية",
      "العاملين الصحيين المجتمعيين",
      "الطلاب",
    ],
    goals: [
      "تحسين نوعية حياة المجتمعات المحلية",
      "الحد من أوجه عدم المساواة في الوصول إلى المعلومات والمعارف",
      "تعزيز القدرات المحلية من أجل التنمية المستدامة",
      "تشجيع الابتكار وريادة الأعمال المحلية",
      "تعزيز إدماج النساء والشباب",
      "تحسين الوصول إلى التعليم والصحة والمعلومات",
      "الإسهام في تحقيق أهداف التنمية المستدامة",
    ],
    titles: [
      "{type} {loc}",
      "{type} لفائدة {target}",
      "«{brand}»: {type}",
      "{type} - {phase}",
      "مشروع «{brand}» - {type}",
      "{type} لفائدة {target} {loc}",
      "{type}",
    ],
    summary: {
      ongoing: [
        "يهدف المشروع إلى {goal} من خلال {type} {loc?}.",
        "مشروع يتمحور حول {type} لفائدة {target} {loc?}، ويهدف إلى {goal}.",
        "{type} لفائدة {target} {loc?}. ويهدف المشروع إلى {goal}.",
      ],
      completed: [
        "هدف المشروع إلى {goal} من خلال {type} {loc?}.",
        "مشروع منجز تمحور حول {type} لفائدة {target} {loc?}، وهدف إلى {goal}.",
      ],
      planned: [
        "يهدف المشروع المقترح إلى {goal} من خلال {type} {loc?}.",
        "مشروع مرتقب يتمحور حول {type} لفائدة {target} {loc?}، ويهدف إلى {goal}.",
      ],
    },
    intro: {
      ongoing: [
        "انطلق المشروع في عام {year} تحت إشراف {org}، ويهدف إلى {goal}.",
        "انطلق المشروع في عام {year} بمبادرة من {org} بهدف {goal}.",
        "بقيادة {org}، يتمحور المشروع منذ عام {year} حول {type} {loc?}.",
        "يتمحور المشروع حول {type} لفائدة {target} {loc?}، ويُنفَّذ تحت إشراف {org} منذ عام {year}.",
      ],
      completed: [
        "نُفذ المشروع بين عامي {year} و{endYear} تحت إشراف {org}، وكان يهدف إلى {goal}.",
        "نُفذ المشروع بقيادة {org} بين عامي {year} و{endYear} بهدف {goal}.",
        "تمحور المشروع حول {type} لفائدة {target} {loc?}، ونُفذ تحت إشراف {org} بين عامي {year} و{endYear}.",
      ],
      planned: [
        "من المقرر أن ينطلق المشروع في عام {year} تحت إشراف {org}، وسيهدف إلى {goal}.",
        "من المقرر أن ينطلق المشروع في عام {year} بمبادرة من {org} بهدف {goal}.",
        "يتمحور المشروع المقترح حول {type} لفائدة {target} {loc?}، ومن المقرر أن ينطلق تحت إشراف {org} في عام {year}.",
      ],
    },
    goal2: ["كما يسعى المشروع إلى {goal2}.", "ومن أهدافه أيضاً {goal2}."],
    partner: [
      "ويُنفَّذ المشروع بالشراكة مع {partner}.",
      "ويتلقى المشروع دعماً تقنياً وتدريبياً من {partner}.",
      "ويشارك في التنفيذ كل من {partner} والسلطات المحلية.",
    ],
    donor: [
      "ويحظى المشروع بتمويل من {donor}.",
      "ويُموَّل المشروع بدعم من {donor}.",
      "ويشترك في تمويله {donor} والميزانية الوطنية.",
    ],
    results: {
      ongoing: ["واستفاد من المشروع حتى الآن أكثر من {n} {unit}.", "وقد وصل المشروع حتى اليوم إلى أكثر من {n} {unit}."],
      completed: [
        "وقد استفاد من المشروع في المجموع أكثر من {n} {unit}.",
        "وعند اختتامه كان المشروع قد وصل إلى أكثر من {n} {unit}.",
      ],
      planned: [
        "ومن المتوقع أن تصل المرحلة الأولى إلى {n} {unit}.",
        "ويسعى المشروع إلى الوصول إلى {n} {unit} على الأقل خلال سنواته الثلاث الأولى.",
      ],
    },
    focus: ["ويولي المشروع اهتماماً خاصاً لاحتياجات {target2}.", "وقد صُممت الأنشطة بمشاركة {target2}."],
    closing: [
      "تُوثَّق الدروس المستفادة وتُتبادل مع بلدان أخرى في حلقات عمل إقليمية.",
      "ومن المقرر إجراء تقييم مستقل لقياس أثر المشروع.",
      "ويسهم المشروع في تنفيذ خطوط عمل القمة العالمية لمجتمع المعلومات وخطة التنمية المستدامة لعام 2030.",
      "وقد صُمم النهج بحيث يمكن تكراره في مناطق أخرى.",
      "تُنشر جميع البرمجيات التي طُورت في إطار المشروع بموجب ترخيص مفتوح المصدر.",
      "تُنشر بيانات المتابعة سنوياً في تقرير مفتوح.",
      "ويسهم المشروع أيضاً في تحسين الوصول إلى التعليم والرعاية الصحية والمعلومات العامة.",
      "ويشرف على العمل مجلس توجيهي يضم ممثلين عن الحكومة والقطاع الخاص والمجتمع المدني.",
    ],
    carriers: [
      "ويولي المشروع أهمية خاصة لتعزيز المهارات الرقمية.",
      "ويسهم المشروع في توسيع نطاق الخدمات الحكومية الرقمية.",
      "ويدعم المشروع بناء القدرات الرقمية للمجتمعات المحلية.",
      "ويعزز المشروع الثقافة الرقمية لدى الشباب.",
    ],
    rare: {
      pest: ["وتتابع الفرق الميدانية أيضاً انتشار الآفة {species}."],
      crop: ["ويولي المشروع اهتماماً خاصاً بمحصول {species}."],
      env: ["ويشمل الرصد أيضاً أعداد النوع {species}."],
      health: ["ويشمل الترصد أيضاً {species}."],
      tech: ["ويعتمد الحل التقني على {tech}."],
    },
    phases: ["المرحلة الثانية", "المرحلة التجريبية", "مرحلة التوسع"],
    donors: [
      "البنك الدولي",
      "الاتحاد الأوروبي",
      "برنامج الأمم المتحدة الإنمائي",
      "البنك الإسلامي للتنمية",
      "الصندوق العربي للإنماء الاقتصادي والاجتماعي",
      "الاتحاد الدولي للاتصالات",
      "اليونيسف",
      "اليونسكو",
      "صندوق الخدمة الشاملة",
      "الصندوق الكويتي للتنمية الاقتصادية العربية",
      "الصندوق السعودي للتنمية",
      "بنك التنمية الأفريقي",
      "الصندوق الأخضر للمناخ",
    ],
    regions: {
      africa: "في أفريقيا",
      americas: "في الأمريكتين",
      "arab-states": "في المنطقة العربية",
      "asia-pacific": "في منطقة آسيا والمحيط الهادئ",
      cis: "في منطقة كومنولث الدول المستقلة",
      europe: "في أوروبا",
    },
    world: "على الصعيد العالمي",
    inCountries: (k) =>
      k === 2 ? "في بلدين" : k === 3 ? "في ثلاثة بلدان" : k <= 10 ? `في ${k} بلدان` : `في ${k} بلداً`,
    brands: [
      "جسور",
      "آفاق",
      "نحو المستقبل",
      "تواصل",
      "أمل",
      "بوابة المستقبل",
      "معاً",
      "نماء",
      "رؤية 2030",
      "انطلاقة",
      "فرص",
      "إشراقة",
      "خطوة",
      "بناء",
      "نهضة",
    ],
    forWord: "لفائدة",
    forTemplate: "لفائدة {target}",
    sentenceJoin: " ",
    number: (n) => String(n),
  },
  zh: {
    targets: [
      "农村社区",
      "妇女和女童",
      "青年",
      "残疾人",
      "中小企业",
      "地方政府",
      "小农户",
      "教师",
      "老年人",
      "土著人民",
      "难民和流离失所者",
      "公务员",
      "社区卫生工作者",
      "学生",
    ],
    goals: [
      "改善当地社区的生活质量",
      "减少在获取信息和知识方面的不平等",
      "增强地方可持续发展能力",
      "促进创新和本地创业",
      "推动妇女和青年的融入",
      "改善教育、医疗和信息服务的可及性",
      "助力实现可持续发展目标",
    ],
    titles: [
      "{loc}{type}",
      "面向{target}的{type}",
      "“{brand}”{type}",
      "{type}（{phase}）",
      "{loc}“{brand}”{type}",
      "{loc}面向{target}的{type}",
      "{type}",
    ],
    summary: {
      ongoing: [
        "面向{target}的{type}，旨在{goal}。",
        "{loc?}{type}项目，旨在{goal}。",
        "项目旨在{goal}，主要服务对象为{target}。",
      ],
      completed: ["面向{target}的{type}，旨在{goal}，现已完成。", "{loc?}{type}项目（已完成），旨在{goal}。"],
      planned: ["拟建设面向{target}的{type}，旨在{goal}。", "{loc?}{type}项目（筹备中），旨在{goal}。"],
    },
    intro: {
      ongoing: ["{org}于{year}年启动该项目，旨在{goal}。", "该{type}面向{loc?}{target}，由{org}自{year}年起负责实施。"],
      completed: [
        "{org}于{year}年至{endYear}年实施了该项目，旨在{goal}。",
        "该{type}面向{loc?}{target}，由{org}于{year}年至{endYear}年实施。",
      ],
      planned: [
        "{org}计划于{year}年启动该项目，旨在{goal}。",
        "该{type}面向{loc?}{target}，计划由{org}于{year}年启动实施。",
      ],
    },
    goal2: ["项目还致力于{goal2}。", "此外，项目还希望{goal2}。"],
    partner: ["项目合作伙伴为{partner}。", "{partner}提供技术支持和培训。", "{partner}和地方政府共同参与实施。"],
    donor: ["项目资金由{donor}提供。", "项目得到{donor}的资金支持。", "项目由{donor}和国家财政共同出资。"],
    results: {
      ongoing: ["截至目前，已有{n}余{unit}从项目中受益。", "项目目前已覆盖{n}余{unit}。"],
      completed: ["项目累计惠及{n}余{unit}。", "项目结束时共覆盖{n}余{unit}。"],
      planned: ["项目第一阶段预计覆盖{n}{unit}。", "项目计划在头三年内至少覆盖{n}{unit}。"],
    },
    focus: ["项目特别关注{target2}的需求。", "各项活动均与{target2}共同设计。"],
    closing: [
      "项目的经验教训已整理成文，并通过区域研讨会与其他国家分享。",
      "项目计划开展独立评估，以衡量项目成效。",
      "项目有助于落实信息社会世界峰会各行动方面和《2030年可持续发展议程》。",
      "该模式可在其他地区推广复制。",
      "项目开发的全部软件均以开源许可发布。",
      "监测数据每年以公开报告形式发布。",
      "项目还改善了当地群众获得教育、医疗和公共信息的机会。",
      "由政府、企业和民间社会代表组成的指导委员会负责监督项目实施。",
    ],
    carriers: [
      "项目是国家数字化转型战略的组成部分。",
      "项目有助于弥合城乡之间的数字鸿沟。",
      "项目特别注重数字包容和服务的可负担性。",
      "项目推动了当地数字政府建设。",
    ],
    rare: {
      pest: ["实地团队还监测{species}的发生情况。"],
      crop: ["项目特别关注{species}这一重要的本地作物。"],
      env: ["监测范围还包括{species}种群。"],
      health: ["监测范围还包括{species}。"],
      tech: ["该方案基于{tech}构建。"],
    },
    phases: ["二期", "试点阶段", "扩展阶段"],
    donors: [
      "世界银行",
      "欧洲联盟",
      "联合国开发计划署",
      "亚洲开发银行",
      "亚洲基础设施投资银行",
      "国际电信联盟",
      "联合国儿童基金会",
      "联合国教科文组织",
      "电信普遍服务基金",
      "全球环境基金",
      "绿色气候基金",
      "南南合作援助基金",
    ],
    regions: {
      africa: "非洲",
      americas: "美洲",
      "arab-states": "阿拉伯地区",
      "asia-pacific": "亚太地区",
      cis: "独联体地区",
      europe: "欧洲",
    },
    world: "全球",
    inCountries: (k) => (k === 2 ? "两个国家" : k === 3 ? "三个国家" : `${k}个国家`),
    brands: [
      "星火",
      "春苗",
      "彩虹",
      "丝路",
      "连心",
      "惠民",
      "启航",
      "阳光",
      "桥梁",
      "未来",
      "同心",
      "筑梦",
      "燎原",
      "致远",
      "远航",
    ],
    forWord: "面向",
    forTemplate: "面向{target}",
    sentenceJoin: "",
    number: (n) => String(n),
  },
};

/** Second halves of Latin-script project brands ("Agri" + "Link"). */
const BRAND_ENDINGS = [
  "Link",
  "Hub",
  "Net",
  "Bridge",
  "Path",
  "Connect",
  "Reach",
  "Lab",
  "Go",
  "Pulse",
  "Now",
  "Up",
  "Wave",
  "Point",
  "Plus",
  "Box",
];

// ---------------------------------------------------------------------------------------------------------------
// Countries the texts can name. Fields: ISO code | weight (how often projects are about it) | languages whose
// entries favour it | English name (with "the" where English uses it) | French name, with its article, and
// "in" form | Spanish name and form with article | Russian nominative, "in" form (prepositional) and genitive |
// Arabic | Chinese. Every other ITU Member State can appear too, less often and without being named.

// biome-ignore format: one country per line
const COUNTRY_TEXT = `
KE|8|en|Kenya|Kenya|le Kenya|au Kenya|Kenia|Kenia|Кения|в Кении|Кении|كينيا|肯尼亚
NG|8|en|Nigeria|Nigéria|le Nigéria|au Nigéria|Nigeria|Nigeria|Нигерия|в Нигерии|Нигерии|نيجيريا|尼日利亚
GH|6|en|Ghana|Ghana|le Ghana|au Ghana|Ghana|Ghana|Гана|в Гане|Ганы|غانا|加纳
ZA|6|en|South Africa|Afrique du Sud|l'Afrique du Sud|en Afrique du Sud|Sudáfrica|Sudáfrica|Южная Африка|в Южной Африке|Южной Африки|جنوب أفريقيا|南非
UG|5|en|Uganda|Ouganda|l'Ouganda|en Ouganda|Uganda|Uganda|Уганда|в Уганде|Уганды|أوغندا|乌干达
TZ|5|en|Tanzania|Tanzanie|la Tanzanie|en Tanzanie|Tanzanía|Tanzanía|Танзания|в Танзании|Танзании|تنزانيا|坦桑尼亚
RW|6|en,fr|Rwanda|Rwanda|le Rwanda|au Rwanda|Rwanda|Rwanda|Руанда|в Руанде|Руанды|رواندا|卢旺达
ET|4|en|Ethiopia|Éthiopie|l'Éthiopie|en Éthiopie|Etiopía|Etiopía|Эфиопия|в Эфиопии|Эфиопии|إثيوبيا|埃塞俄比亚
SN|6|fr|Senegal|Sénégal|le Sénégal|au Sénégal|Senegal|el Senegal|Сенегал|в Сенегале|Сенегала|السنغال|塞内加尔
CI|5|fr|Côte d'Ivoire|Côte d'Ivoire|la Côte d'Ivoire|en Côte d'Ivoire|Côte d'Ivoire|Côte d'Ivoire|Кот-д'Ивуар|в Кот-д'Ивуаре|Кот-д'Ивуара|كوت ديفوار|科特迪瓦
CM|5|fr,en|Cameroon|Cameroun|le Cameroun|au Cameroun|Camerún|el Camerún|Камерун|в Камеруне|Камеруна|الكاميرون|喀麦隆
CD|3|fr|the Democratic Republic of the Congo|République démocratique du Congo|la République démocratique du Congo|en République démocratique du Congo|República Democrática del Congo|la República Democrática del Congo|Демократическая Республика Конго|в Демократической Республике Конго|Демократической Республики Конго|جمهورية الكونغو الديمقراطية|刚果民主共和国
BF|4|fr|Burkina Faso|Burkina Faso|le Burkina Faso|au Burkina Faso|Burkina Faso|Burkina Faso|Буркина-Фасо|в Буркина-Фасо|Буркина-Фасо|بوركينا فاسو|布基纳法索
ML|3|fr|Mali|Mali|le Mali|au Mali|Malí|Malí|Мали|в Мали|Мали|مالي|马里
BJ|4|fr|Benin|Bénin|le Bénin|au Bénin|Benin|Benin|Бенин|в Бенине|Бенина|بنن|贝宁
MG|3|fr|Madagascar|Madagascar|Madagascar|à Madagascar|Madagascar|Madagascar|Мадагаскар|на Мадагаскаре|Мадагаскара|مدغشقر|马达加斯加
NE|2|fr|Niger|Niger|le Niger|au Niger|Níger|el Níger|Нигер|в Нигере|Нигера|النيجر|尼日尔
TG|2|fr|Togo|Togo|le Togo|au Togo|Togo|el Togo|Того|в Того|Того|توغو|多哥
GN|2|fr|Guinea|Guinée|la Guinée|en Guinée|Guinea|Guinea|Гвинея|в Гвинее|Гвинеи|غينيا|几内亚
TD|1|fr|Chad|Tchad|le Tchad|au Tchad|Chad|el Chad|Чад|в Чаде|Чада|تشاد|乍得
BI|2|fr|Burundi|Burundi|le Burundi|au Burundi|Burundi|Burundi|Бурунди|в Бурунди|Бурунди|بوروندي|布隆迪
ZM|3|en|Zambia|Zambie|la Zambie|en Zambie|Zambia|Zambia|Замбия|в Замбии|Замбии|زامبيا|赞比亚
ZW|3|en|Zimbabwe|Zimbabwe|le Zimbabwe|au Zimbabwe|Zimbabwe|Zimbabwe|Зимбабве|в Зимбабве|Зимбабве|زمبابوي|津巴布韦
MW|3|en|Malawi|Malawi|le Malawi|au Malawi|Malawi|Malawi|Малави|в Малави|Малави|ملاوي|马拉维
MZ|3|en|Mozambique|Mozambique|le Mozambique|au Mozambique|Mozambique|Mozambique|Мозамбик|в Мозамбике|Мозамбика|موزامبيق|莫桑比克
NA|2|en|Namibia|Namibie|la Namibie|en Namibie|Namibia|Namibia|Намибия|в Намибии|Намибии|ناميبيا|纳米比亚
BW|2|en|Botswana|Botswana|le Botswana|au Botswana|Botswana|Botswana|Ботсвана|в Ботсване|Ботсваны|بوتسوانا|博茨瓦纳
EG|7|ar,en|Egypt|Égypte|l'Égypte|en Égypte|Egipto|Egipto|Египет|в Египте|Египта|مصر|埃及
MA|6|ar,fr|Morocco|Maroc|le Maroc|au Maroc|Marruecos|Marruecos|Марокко|в Марокко|Марокко|المغرب|摩洛哥
TN|5|ar,fr|Tunisia|Tunisie|la Tunisie|en Tunisie|Túnez|Túnez|Тунис|в Тунисе|Туниса|تونس|突尼斯
DZ|3|ar,fr|Algeria|Algérie|l'Algérie|en Algérie|Argelia|Argelia|Алжир|в Алжире|Алжира|الجزائر|阿尔及利亚
SA|6|ar|Saudi Arabia|Arabie saoudite|l'Arabie saoudite|en Arabie saoudite|Arabia Saudita|Arabia Saudita|Саудовская Аравия|в Саудовской Аравии|Саудовской Аравии|المملكة العربية السعودية|沙特阿拉伯
AE|6|ar,en|the United Arab Emirates|Émirats arabes unis|les Émirats arabes unis|aux Émirats arabes unis|Emiratos Árabes Unidos|los Emiratos Árabes Unidos|Объединённые Арабские Эмираты|в Объединённых Арабских Эмиратах|Объединённых Арабских Эмиратов|الإمارات العربية المتحدة|阿拉伯联合酋长国
JO|4|ar|Jordan|Jordanie|la Jordanie|en Jordanie|Jordania|Jordania|Иордания|в Иордании|Иордании|الأردن|约旦
LB|3|ar,fr|Lebanon|Liban|le Liban|au Liban|Líbano|el Líbano|Ливан|в Ливане|Ливана|لبنان|黎巴嫩
OM|4|ar|Oman|Oman|Oman|à Oman|Omán|Omán|Оман|в Омане|Омана|سلطنة عمان|阿曼
QA|4|ar|Qatar|Qatar|le Qatar|au Qatar|Qatar|Qatar|Катар|в Катаре|Катара|قطر|卡塔尔
SD|2|ar|Sudan|Soudan|le Soudan|au Soudan|Sudán|el Sudán|Судан|в Судане|Судана|السودان|苏丹
PS|2|ar|the State of Palestine|État de Palestine|l'État de Palestine|dans l'État de Palestine|Estado de Palestina|el Estado de Palestina|Государство Палестина|в Государстве Палестина|Государства Палестина|دولة فلسطين|巴勒斯坦国
IQ|2|ar|Iraq|Iraq|l'Iraq|en Iraq|Iraq|el Iraq|Ирак|в Ираке|Ирака|العراق|伊拉克
KW|2|ar|Kuwait|Koweït|le Koweït|au Koweït|Kuwait|Kuwait|Кувейт|в Кувейте|Кувейта|الكويت|科威特
BH|2|ar|Bahrain|Bahreïn|Bahreïn|à Bahreïn|Bahrein|Bahrein|Бахрейн|в Бахрейне|Бахрейна|البحرين|巴林
MR|2|ar,fr|Mauritania|Mauritanie|la Mauritanie|en Mauritanie|Mauritania|Mauritania|Мавритания|в Мавритании|Мавритании|موريتانيا|毛里塔尼亚
LY|1|ar|Libya|Libye|la Libye|en Libye|Libia|Libia|Ливия|в Ливии|Ливии|ليبيا|利比亚
YE|1|ar|Yemen|Yémen|le Yémen|au Yémen|Yemen|el Yemen|Йемен|в Йемене|Йемена|اليمن|也门
DJ|1|ar,fr|Djibouti|Djibouti|Djibouti|à Djibouti|Djibouti|Djibouti|Джибути|в Джибути|Джибути|جيبوتي|吉布提
BR|6|en,es|Brazil|Brésil|le Brésil|au Brésil|Brasil|el Brasil|Бразилия|в Бразилии|Бразилии|البرازيل|巴西
MX|6|es|Mexico|Mexique|le Mexique|au Mexique|México|México|Мексика|в Мексике|Мексики|المكسيك|墨西哥
CO|6|es|Colombia|Colombie|la Colombie|en Colombie|Colombia|Colombia|Колумбия|в Колумбии|Колумбии|كولومبيا|哥伦比亚
AR|4|es|Argentina|Argentine|l'Argentine|en Argentine|Argentina|la Argentina|Аргентина|в Аргентине|Аргентины|الأرجنتين|阿根廷
CL|4|es|Chile|Chili|le Chili|au Chili|Chile|Chile|Чили|в Чили|Чили|شيلي|智利
PE|4|es|Peru|Pérou|le Pérou|au Pérou|Perú|el Perú|Перу|в Перу|Перу|بيرو|秘鲁
EC|3|es|Ecuador|Équateur|l'Équateur|en Équateur|Ecuador|el Ecuador|Эквадор|в Эквадоре|Эквадора|إكوادور|厄瓜多尔
BO|2|es|Bolivia|Bolivie|la Bolivie|en Bolivie|Bolivia|Bolivia|Боливия|в Боливии|Боливии|بوليفيا|玻利维亚
CR|3|es|Costa Rica|Costa Rica|le Costa Rica|au Costa Rica|Costa Rica|Costa Rica|Коста-Рика|в Коста-Рике|Коста-Рики|كوستاريكا|哥斯达黎加
GT|2|es|Guatemala|Guatemala|le Guatemala|au Guatemala|Guatemala|Guatemala|Гватемала|в Гватемале|Гватемалы|غواتيمالا|危地马拉
DO|3|es|the Dominican Republic|République dominicaine|la République dominicaine|en République dominicaine|República Dominicana|la República Dominicana|Доминиканская Республика|в Доминиканской Республике|Доминиканской Республики|الجمهورية الدومينيكية|多米尼加共和国
UY|3|es|Uruguay|Uruguay|l'Uruguay|en Uruguay|Uruguay|el Uruguay|Уругвай|в Уругвае|Уругвая|أوروغواي|乌拉圭
PY|2|es|Paraguay|Paraguay|le Paraguay|au Paraguay|Paraguay|el Paraguay|Парагвай|в Парагвае|Парагвая|باراغواي|巴拉圭
HN|2|es|Honduras|Honduras|le Honduras|au Honduras|Honduras|Honduras|Гондурас|в Гондурасе|Гондураса|هندوراس|洪都拉斯
SV|2|es|El Salvador|El Salvador|El Salvador|en El Salvador|El Salvador|El Salvador|Сальвадор|в Сальвадоре|Сальвадора|السلفادور|萨尔瓦多
PA|2|es|Panama|Panama|le Panama|au Panama|Panamá|Panamá|Панама|в Панаме|Панамы|بنما|巴拿马
CU|2|es|Cuba|Cuba|Cuba|à Cuba|Cuba|Cuba|Куба|на Кубе|Кубы|كوبا|古巴
US|3|en|the United States|États-Unis|les États-Unis|aux États-Unis|Estados Unidos|los Estados Unidos|Соединённые Штаты|в Соединённых Штатах|Соединённых Штатов|الولايات المتحدة|美国
CA|3|en,fr|Canada|Canada|le Canada|au Canada|Canadá|el Canadá|Канада|в Канаде|Канады|كندا|加拿大
JM|2|en|Jamaica|Jamaïque|la Jamaïque|en Jamaïque|Jamaica|Jamaica|Ямайка|на Ямайке|Ямайки|جامايكا|牙买加
TT|2|en|Trinidad and Tobago|Trinité-et-Tobago|la Trinité-et-Tobago|à Trinité-et-Tobago|Trinidad y Tabago|Trinidad y Tabago|Тринидад и Тобаго|в Тринидаде и Тобаго|Тринидада и Тобаго|ترينيداد وتوباغو|特立尼达和多巴哥
HT|2|fr|Haiti|Haïti|Haïti|en Haïti|Haití|Haití|Гаити|на Гаити|Гаити|هايتي|海地
IN|9|en|India|Inde|l'Inde|en Inde|India|la India|Индия|в Индии|Индии|الهند|印度
CN|6|zh|China|Chine|la Chine|en Chine|China|China|Китай|в Китае|Китая|الصين|中国
BD|5|en|Bangladesh|Bangladesh|le Bangladesh|au Bangladesh|Bangladesh|Bangladesh|Бангладеш|в Бангладеш|Бангладеш|بنغلاديش|孟加拉国
PK|4|en|Pakistan|Pakistan|le Pakistan|au Pakistan|Pakistán|el Pakistán|Пакистан|в Пакистане|Пакистана|باكستان|巴基斯坦
ID|5|en|Indonesia|Indonésie|l'Indonésie|en Indonésie|Indonesia|Indonesia|Индонезия|в Индонезии|Индонезии|إندونيسيا|印度尼西亚
PH|5|en|the Philippines|Philippines|les Philippines|aux Philippines|Filipinas|Filipinas|Филиппины|на Филиппинах|Филиппин|الفلبين|菲律宾
MY|3|en,zh|Malaysia|Malaisie|la Malaisie|en Malaisie|Malasia|Malasia|Малайзия|в Малайзии|Малайзии|ماليزيا|马来西亚
TH|3|en|Thailand|Thaïlande|la Thaïlande|en Thaïlande|Tailandia|Tailandia|Таиланд|в Таиланде|Таиланда|تايلند|泰国
VN|3|en|Viet Nam|Viet Nam|le Viet Nam|au Viet Nam|Viet Nam|Viet Nam|Вьетнам|во Вьетнаме|Вьетнама|فييت نام|越南
LK|3|en|Sri Lanka|Sri Lanka|Sri Lanka|à Sri Lanka|Sri Lanka|Sri Lanka|Шри-Ланка|в Шри-Ланке|Шри-Ланки|سري لانكا|斯里兰卡
NP|3|en|Nepal|Népal|le Népal|au Népal|Nepal|Nepal|Непал|в Непале|Непала|نيبال|尼泊尔
JP|2|en|Japan|Japon|le Japon|au Japon|Japón|el Japón|Япония|в Японии|Японии|اليابان|日本
KR|2|en|the Republic of Korea|République de Corée|la République de Corée|en République de Corée|República de Corea|la República de Corea|Республика Корея|в Республике Корея|Республики Корея|جمهورية كوريا|大韩民国
AU|2|en|Australia|Australie|l'Australie|en Australie|Australia|Australia|Австралия|в Австралии|Австралии|أستراليا|澳大利亚
FJ|2|en|Fiji|Fidji|les Fidji|aux Fidji|Fiji|Fiji|Фиджи|на Фиджи|Фиджи|فيجي|斐济
PG|1|en|Papua New Guinea|Papouasie-Nouvelle-Guinée|la Papouasie-Nouvelle-Guinée|en Papouasie-Nouvelle-Guinée|Papua Nueva Guinea|Papua Nueva Guinea|Папуа — Новая Гвинея|в Папуа — Новой Гвинее|Папуа — Новой Гвинеи|بابوا غينيا الجديدة|巴布亚新几内亚
MN|2|en,ru|Mongolia|Mongolie|la Mongolie|en Mongolie|Mongolia|Mongolia|Монголия|в Монголии|Монголии|منغوليا|蒙古国
KH|2|en,fr|Cambodia|Cambodge|le Cambodge|au Cambodge|Camboya|Camboya|Камбоджа|в Камбодже|Камбоджи|كمبوديا|柬埔寨
LA|1|en,fr|the Lao People's Democratic Republic|République démocratique populaire lao|la République démocratique populaire lao|en République démocratique populaire lao|República Democrática Popular Lao|la República Democrática Popular Lao|Лаосская Народно-Демократическая Республика|в Лаосской Народно-Демократической Республике|Лаосской Народно-Демократической Республики|جمهورية لاو الديمقراطية الشعبية|老挝
AF|2|en|Afghanistan|Afghanistan|l'Afghanistan|en Afghanistan|Afganistán|el Afganistán|Афганистан|в Афганистане|Афганистана|أفغانستان|阿富汗
IR|1|en|Iran|Iran|l'Iran|en Iran|Irán|el Irán|Иран|в Иране|Ирана|إيران|伊朗
SG|2|en,zh|Singapore|Singapour|Singapour|à Singapour|Singapur|Singapur|Сингапур|в Сингапуре|Сингапура|سنغافورة|新加坡
RU|7|ru|the Russian Federation|Fédération de Russie|la Fédération de Russie|en Fédération de Russie|Federación de Rusia|la Federación de Rusia|Российская Федерация|в Российской Федерации|Российской Федерации|الاتحاد الروسي|俄罗斯联邦
KZ|5|ru|Kazakhstan|Kazakhstan|le Kazakhstan|au Kazakhstan|Kazajstán|Kazajstán|Казахстан|в Казахстане|Казахстана|كازاخستان|哈萨克斯坦
UZ|4|ru|Uzbekistan|Ouzbékistan|l'Ouzbékistan|en Ouzbékistan|Uzbekistán|Uzbekistán|Узбекистан|в Узбекистане|Узбекистана|أوزبكستان|乌兹别克斯坦
KG|3|ru|Kyrgyzstan|Kirghizistan|le Kirghizistan|au Kirghizistan|Kirguistán|Kirguistán|Кыргызстан|в Кыргызстане|Кыргызстана|قيرغيزستان|吉尔吉斯斯坦
AZ|3|ru|Azerbaijan|Azerbaïdjan|l'Azerbaïdjan|en Azerbaïdjan|Azerbaiyán|Azerbaiyán|Азербайджан|в Азербайджане|Азербайджана|أذربيجان|阿塞拜疆
AM|2|ru|Armenia|Arménie|l'Arménie|en Arménie|Armenia|Armenia|Армения|в Армении|Армении|أرمينيا|亚美尼亚
BY|3|ru|Belarus|Bélarus|le Bélarus|au Bélarus|Belarús|Belarús|Беларусь|в Беларуси|Беларуси|بيلاروس|白俄罗斯
TJ|2|ru|Tajikistan|Tadjikistan|le Tadjikistan|au Tadjikistan|Tayikistán|Tayikistán|Таджикистан|в Таджикистане|Таджикистана|طاجيكستان|塔吉克斯坦
TM|1|ru|Turkmenistan|Turkménistan|le Turkménistan|au Turkménistan|Turkmenistán|Turkmenistán|Туркменистан|в Туркменистане|Туркменистана|تركمانستان|土库曼斯坦
CH|4|fr,en|Switzerland|Suisse|la Suisse|en Suisse|Suiza|Suiza|Швейцария|в Швейцарии|Швейцарии|سويسرا|瑞士
FR|4|fr|France|France|la France|en France|Francia|Francia|Франция|во Франции|Франции|فرنسا|法国
ES|4|es|Spain|Espagne|l'Espagne|en Espagne|España|España|Испания|в Испании|Испании|إسبانيا|西班牙
DE|3|en|Germany|Allemagne|l'Allemagne|en Allemagne|Alemania|Alemania|Германия|в Германии|Германии|ألمانيا|德国
GB|3|en|the United Kingdom|Royaume-Uni|le Royaume-Uni|au Royaume-Uni|Reino Unido|el Reino Unido|Соединённое Королевство|в Соединённом Королевстве|Соединённого Королевства|المملكة المتحدة|英国
IT|2|en|Italy|Italie|l'Italie|en Italie|Italia|Italia|Италия|в Италии|Италии|إيطاليا|意大利
PT|2|en,es|Portugal|Portugal|le Portugal|au Portugal|Portugal|Portugal|Португалия|в Португалии|Португалии|البرتغال|葡萄牙
PL|2|en|Poland|Pologne|la Pologne|en Pologne|Polonia|Polonia|Польша|в Польше|Польши|بولندا|波兰
EE|3|en|Estonia|Estonie|l'Estonie|en Estonie|Estonia|Estonia|Эстония|в Эстонии|Эстонии|إستونيا|爱沙尼亚
UA|3|en,ru|Ukraine|Ukraine|l'Ukraine|en Ukraine|Ucrania|Ucrania|Украина|в Украине|Украины|أوكرانيا|乌克兰
GE|2|en,ru|Georgia|Géorgie|la Géorgie|en Géorgie|Georgia|Georgia|Грузия|в Грузии|Грузии|جورجيا|格鲁吉亚
MD|2|en,ru|the Republic of Moldova|République de Moldova|la République de Moldova|en République de Moldova|República de Moldova|la República de Moldova|Республика Молдова|в Республике Молдова|Республики Молдова|جمهورية مولدوفا|摩尔多瓦共和国
BE|2|fr|Belgium|Belgique|la Belgique|en Belgique|Bélgica|Bélgica|Бельгия|в Бельгии|Бельгии|بلجيكا|比利时
RS|2|en|Serbia|Serbie|la Serbie|en Serbie|Serbia|Serbia|Сербия|в Сербии|Сербии|صربيا|塞尔维亚
FI|2|en|Finland|Finlande|la Finlande|en Finlande|Finlandia|Finlandia|Финляндия|в Финляндии|Финляндии|فنلندا|芬兰
TR|3|en|Türkiye|Türkiye|la Türkiye|en Türkiye|Türkiye|Türkiye|Турция|в Турции|Турции|تركيا|土耳其
SE|2|en|Sweden|Suède|la Suède|en Suède|Suecia|Suecia|Швеция|в Швеции|Швеции|السويد|瑞典
NL|2|en|the Netherlands|Pays-Bas|les Pays-Bas|aux Pays-Bas|Países Bajos|los Países Bajos|Нидерланды|в Нидерландах|Нидерландов|هولندا|荷兰
`;

// Towns used as rare words (English, French and Spanish texts): one spelling each, single words.
// biome-ignore format: one country per line
const TOWNS = `
KE Kisumu Garissa Lodwar Kakamega Marsabit Nyeri Kitui Malindi Machakos Eldoret
NG Maiduguri Sokoto Ilorin Makurdi Owerri Yola Calabar Jalingo Lokoja Gusau
GH Tamale Bolgatanga Techiman Sunyani Koforidua Navrongo Yendi Hohoe
ZA Polokwane Mthatha Mahikeng Upington Mbombela Giyani Kimberley
UG Gulu Mbarara Arua Lira Moroto Kasese Soroti Hoima
TZ Dodoma Mwanza Mtwara Kigoma Morogoro Iringa Tabora Songea
RW Musanze Huye Rubavu Nyagatare Rusizi Muhanga
ET Mekelle Gondar Jimma Hawassa Dessie Semera Gambela
SN Ziguinchor Tambacounda Kolda Matam Louga Kédougou Podor Fatick
CI Korhogo Bouaké Odienné Daloa Séguéla Bondoukou
CM Garoua Maroua Bamenda Bertoua Ngaoundéré Ebolowa Kribi
CD Bukavu Goma Kisangani Mbandaka Kananga Kindu Bunia
BF Koudougou Ouahigouya Dori Kaya Banfora Gaoua
ML Ségou Mopti Sikasso Kayes Kidal Koutiala
BJ Parakou Natitingou Abomey Djougou Lokossa Kandi
MG Toliara Mahajanga Fianarantsoa Toamasina Antsirabe Morondava
NE Agadez Zinder Tahoua Maradi Dosso Tillabéri
TG Sokodé Dapaong Atakpamé
GN Kankan Labé Nzérékoré Boké
TD Abéché Moundou Sarh
BI Gitega Ngozi Muyinga
ZM Kasama Mongu Chipata Solwezi Mansa Livingstone
ZW Bulawayo Masvingo Gweru Mutare Hwange Chinhoyi
MW Mzuzu Zomba Karonga Mangochi Dedza
MZ Nampula Pemba Quelimane Inhambane Lichinga
NA Rundu Oshakati Keetmanshoop Otjiwarongo
BW Maun Serowe Kasane Ghanzi Francistown
EG Aswan Asyut Minya Sohag Ismailia Damanhur
MA Ouarzazate Errachidia Tiznit Guelmim Taza Azilal Chefchaouen
TN Kasserine Gafsa Jendouba Kairouan Tataouine Medenine Siliana
DZ Tamanrasset Ouargla Adrar Béchar Djelfa
SA Tabuk Najran Jazan Abha
AE Fujairah Ajman
JO Mafraq Karak Tafilah Ajloun
LB Baalbek Nabatieh Zahle
OM Salalah Nizwa Sohar Ibri
QA Dukhan Mesaieed
SD Kassala Kadugli Dongola
PS Jenin Tulkarm Qalqilya
IQ Basra Erbil Najaf
KW Jahra
MR Kiffa Atar Rosso Néma
LY Sabha Derna
YE Taiz Mukalla
DJ Tadjourah Obock
BR Manaus Petrolina Santarém Marabá Juazeiro Tefé
MX Oaxaca Chilpancingo Tapachula Zacatecas Hermosillo Campeche Juchitán
CO Quibdó Leticia Mocoa Riohacha Popayán Yopal Tumaco
AR Jujuy Catamarca Ushuaia Neuquén
CL Temuco Chillán Arica Coyhaique Copiapó Calama
PE Ayacucho Huancavelica Puno Iquitos Cajamarca Abancay Moquegua
EC Esmeraldas Riobamba Latacunga Macas
BO Cochabamba Oruro Potosí Cobija Tarija
CR Puntarenas Guápiles Talamanca
GT Huehuetenango Quetzaltenango Cobán Chimaltenango Sololá
DO Barahona Higüey Dajabón Bonao
UY Tacuarembó Artigas Paysandú
PY Caaguazú Filadelfia
HN Choluteca Juticalpa
SV Chalatenango Usulután
PA Chitré Penonomé
CU Holguín Baracoa
US Tucson Fresno Albuquerque Duluth Spokane
CA Iqaluit Whitehorse Yellowknife Moncton Chicoutimi
JM Mandeville Portmore
TT Chaguanas Arima
HT Jacmel Hinche Gonaïves
IN Bhubaneswar Raipur Ranchi Dehradun Imphal Aizawl Kohima Shillong Jodhpur Madurai Visakhapatnam Guwahati Nagpur Kozhikode Bilaspur
BD Rangpur Sylhet Barisal Khulna Kurigram Satkhira Bogura
PK Quetta Peshawar Multan Gilgit Gwadar Sukkur
ID Makassar Jayapura Kupang Ambon Mataram Pontianak Manado Palu
PH Cotabato Zamboanga Tacloban Iloilo Legazpi Tuguegarao Baguio
MY Kuching Sandakan Ipoh Miri
TH Lampang Phitsanulok Yala Surin
VN Vinh Pleiku Haiphong Kontum
LK Jaffna Batticaloa Anuradhapura Trincomalee Ratnapura
NP Pokhara Biratnagar Dhangadhi Nepalgunj Birgunj Jumla
JP Sendai Kagoshima Tottori
KR Gangneung Jeonju Cheongju
AU Broome Karratha Toowoomba
FJ Labasa Lautoka Savusavu
PG Goroka Lae Madang Wewak
MN Erdenet Darkhan Khovd Ulaangom
KH Battambang Kampot Kratie Takeo
LA Pakse Savannakhet Phonsavan
AF Herat Kandahar Bamyan Jalalabad
IR Kerman Zahedan Tabriz
CN Guiyang Lanzhou Xining Kashgar Lhasa Nanning Kunming Hohhot
RU Yakutsk Petrozavodsk Tomsk Khabarovsk Magadan Norilsk Syktyvkar
KZ Aktobe Karaganda Kyzylorda Pavlodar Semey Taraz
UZ Samarkand Bukhara Nukus Fergana Termez Urgench
KG Osh Naryn Karakol Talas Batken
AZ Ganja Lankaran Sheki Shamakhi
AM Gyumri Vanadzor Goris Dilijan
BY Grodno Vitebsk Gomel Mogilev
TJ Khujand Khorog Kulob Bokhtar
TM Dashoguz Balkanabat Turkmenabat
CH Sion Delémont Chur Bellinzona
FR Guéret Aurillac Mende Mamoudzou
ES Teruel Soria Cáceres Lugo Huesca Zamora
DE Görlitz Cottbus Schwerin
GB Inverness Aberystwyth Carlisle
IT Matera Potenza Nuoro
PT Bragança Évora
PL Rzeszów Białystok Olsztyn
EE Tartu Narva Võru
UA Chernihiv Zhytomyr Uzhhorod Kherson
GE Kutaisi Batumi Telavi Zugdidi
MD Cahul Bălți Soroca Comrat
BE Arlon Namur
RS Niš Kragujevac Subotica
FI Rovaniemi Oulu Kajaani
TR Diyarbakır Erzurum Şanlıurfa Gaziantep Kars
SE Kiruna Östersund
NL Leeuwarden Emmen
`;

// Species named by their scientific names (the genus is the rare word), with the kind of project that would name
// them: crop pests and diseases, crops, wild species, and pathogens or disease vectors.
// biome-ignore format: one kind per line
const SPECIES = `
pest|Spodoptera frugiperda|Bemisia tabaci|Tuta absoluta|Striga hermonthica|Puccinia graminis|Phytophthora infestans|Xanthomonas campestris|Helicoverpa armigera|Bactrocera dorsalis|Busseola fusca|Prostephanus truncatus|Schistocerca gregaria|Locusta migratoria|Ralstonia solanacearum|Fusarium oxysporum|Magnaporthe oryzae|Hemileia vastatrix|Cydia pomonella|Rhynchophorus ferrugineus|Chilo partellus|Maruca vitrata|Liriomyza huidobrensis|Phenacoccus manihoti|Mononychellus tanajoa|Quelea quelea|Ceratitis capitata|Pectinophora gossypiella
crop|Eragrostis tef|Digitaria exilis|Vigna subterranea|Sorghum bicolor|Pennisetum glaucum|Manihot esculenta|Ipomoea batatas|Colocasia esculenta|Dioscorea alata|Theobroma cacao|Coffea arabica|Chenopodium quinoa|Amaranthus cruentus|Moringa oleifera|Cajanus cajan|Lablab purpureus|Sesamum indicum|Arachis hypogaea|Vitellaria paradoxa|Ensete ventricosum|Oryza glaberrima|Phaseolus vulgaris|Eleusine coracana|Lupinus mutabilis|Smallanthus sonchifolius|Lepidium meyenii|Bixa orellana|Anacardium occidentale|Artocarpus altilis
env|Rhizophora mucronata|Avicennia marina|Posidonia oceanica|Acropora palmata|Eichhornia crassipes|Lates niloticus|Oreochromis niloticus|Loxodonta africana|Diceros bicornis|Chelonia mydas|Dermochelys coriacea|Balaenoptera musculus|Ailuropoda melanoleuca|Saiga tatarica|Panthera uncia|Cedrus libani|Argania spinosa|Boswellia sacra|Dracaena cinnabari|Polylepis tarapacana|Swietenia macrophylla|Bertholletia excelsa|Araucaria araucana|Nothofagus pumilio|Prosopis juliflora|Haloxylon ammodendron|Sclerocarya birrea|Adansonia digitata|Trichechus manatus|Dugong dugon|Pteropus rodricensis|Gorilla beringei|Pongo abelii|Vicugna vicugna|Tamarix aphylla|Juniperus procera|Podocarpus falcatus|Ceiba pentandra|Hippocampus kuda
health|Anopheles gambiae|Aedes aegypti|Plasmodium falciparum|Mycobacterium tuberculosis|Vibrio cholerae|Trypanosoma brucei|Schistosoma mansoni|Onchocerca volvulus|Wuchereria bancrofti|Leishmania donovani|Glossina morsitans|Salmonella typhi|Neisseria meningitidis|Dracunculus medinensis|Brucella melitensis|Treponema pallidum|Culex quinquefasciatus|Triatoma infestans|Shigella dysenteriae|Cryptosporidium parvum|Giardia lamblia
`;

const SPECIES_THEMES: Readonly<Record<"pest" | "crop" | "env" | "health", readonly string[]>> = {
  pest: ["agri"],
  crop: ["agri"],
  env: ["climate", "science"],
  health: ["telemed", "hmis"],
};

/** Open-source tools and protocols, with the themes whose projects would name them. */
// biome-ignore format: one theme per line
const TECH = `
telemed|OpenMRS|Bahmni|OpenEMR|Tamanu|Jitsi
hmis|DHIS2|iHRIS|SORMAS|CommCare|OpenIMIS|OpenELIS|OpenSRP|mUzima
opendata|CKAN|Wikidata|Dataverse|GeoNode|Metabase
schools|Kiwix|OpenWrt
elearning|Moodle|Kolibri|Siyavula|Chamilo|Sugarizer
agri|RapidPro|KoBoToolbox|FarmOS|ODK
cyber|Keycloak|Zabbix|OpenVPN|WireGuard|MISP|Suricata
radio|Icecast|Rivendell
library|Koha|DSpace|Omeka|eGranary
egov|MOSIP|OpenCRVS|OpenG2P|Drupal|Matomo
ecommerce|Mojaloop|Mifos|Odoo
broadband|LibreMesh|Freifunk|LoRaWAN
climate|QGIS|OpenStreetMap|Ushahidi|Grafana|PostGIS|GeoServer
science|Jupyter|Zenodo
gender|Arduino
heritage|Mukurtu
child|Primero
access|NVDA|eSpeak
telecentre|Nextcloud
media|Mastodon
`;

// ---------------------------------------------------------------------------------------------------------------
// Organisation name banks. French and Spanish heads carry their gender ("f:Association") so that the article can
// be put in front of them in running text ("l'Association…", "la Fundación…").

type StakeholderType =
  | "government"
  | "private-sector"
  | "civil-society"
  | "academia"
  | "technical-community"
  | "international-organization";

const STAKEHOLDER_WEIGHTS = weighted<StakeholderType>([
  ["government", 30],
  ["civil-society", 22],
  ["private-sector", 15],
  ["academia", 12],
  ["technical-community", 8],
  ["international-organization", 13],
]);

/** An international organisation: name (gendered for French and Spanish) and the region it works in, if one. */
type IntlOrg = readonly [string, ItuRegion | null];

interface OrgBank {
  ministries: readonly string[];
  agencies: readonly string[];
  civilHeads: readonly string[];
  civilTopics: readonly string[];
  companySuffixes: readonly string[];
  legalForms: readonly string[];
  /** Arabic and Chinese company names are built from these words rather than from Latin syllables. */
  companyNames?: readonly string[];
  academia: readonly string[];
  technical: readonly string[];
  intl: readonly IntlOrg[];
  /** Country offices of UN agencies; "{loc}" is "in Kenya" in the language. */
  offices: readonly string[];
}

const ORG_BANKS: Readonly<Record<Lang, OrgBank>> = {
  en: {
    ministries: [
      "Ministry of Information and Communications Technology",
      "Ministry of Education",
      "Ministry of Health",
      "Ministry of Agriculture",
      "Ministry of Communications",
      "Ministry of Public Service",
      "Ministry of Youth and Sports",
      "Ministry of Gender and Social Affairs",
      "Ministry of Science and Innovation",
      "Ministry of Environment",
      "Ministry of Local Government",
      "Ministry of Finance",
    ],
    agencies: [
      "ICT Authority",
      "Communications Regulatory Authority",
      "National Statistics Office",
      "e-Government Agency",
      "Universal Service Fund",
      "Postal Corporation",
      "Meteorological Department",
      "Disaster Management Agency",
      "Data Protection Commission",
      "National Library",
    ],
    civilHeads: [
      "Foundation",
      "Network",
      "Association",
      "Alliance",
      "Initiative",
      "Trust",
      "Society",
      "Collective",
      "Centre",
      "Forum",
    ],
    civilTopics: [
      "Rural Development",
      "Community Media",
      "Open Knowledge",
      "Youth Innovation",
      "Women in Technology",
      "Access to Information",
      "Community Health",
      "Farmers' Voice",
      "Inclusive Technology",
      "Civic Technology",
      "Child Rights",
      "Open Source",
      "Media Development",
      "Education for All",
      "Sustainable Futures",
      "Green Technology",
      "Disability Rights",
      "Local Content",
      "Rural Connectivity",
      "Citizen Science",
      "Peace and Development",
      "Literacy",
      "Social Innovation",
      "Human Rights",
      "Information Society",
      "Smart Villages",
    ],
    companySuffixes: [
      "Technologies",
      "Networks",
      "Solutions",
      "Systems",
      "Labs",
      "Telecom",
      "Software",
      "Consulting",
      "Analytics",
      "Mobile",
      "Communications",
      "Innovations",
    ],
    legalForms: ["", "", " Ltd", " Limited", " PLC"],
    academia: [
      "National University of {cof}",
      "{cadj} Institute of Technology",
      "{cadj} Open University",
      "{cadj} University of Science and Technology",
      "School of Computing, National University of {cof}",
      "ICT Research Centre, {cadj} Institute of Technology",
      "{cadj} Polytechnic",
      "Centre for Development Informatics, {cadj} University of Science and Technology",
    ],
    technical: [
      "{cadj} Network Operators Group",
      "{cadj} Research and Education Network",
      "{cadj} Domain Name Registry",
      "{cadj} Open Source Community",
      "{cadj} Computer Emergency Response Team",
      "{cadj} Wireless Community Network",
      "{cadj} Telecommunications Engineers Association",
      "{cadj} GIS Society",
    ],
    intl: [
      ["International Telecommunication Union", null],
      ["UNESCO", null],
      ["United Nations Development Programme", null],
      ["Food and Agriculture Organization of the United Nations", null],
      ["World Health Organization", null],
      ["UNICEF", null],
      ["World Bank Group", null],
      ["African Development Bank", "africa"],
      ["Asian Development Bank", "asia-pacific"],
      ["Inter-American Development Bank", "americas"],
      ["Islamic Development Bank", "arab-states"],
      ["African Union Commission", "africa"],
      ["Smart Africa Secretariat", "africa"],
      ["Economic Community of West African States", "africa"],
      ["East African Community", "africa"],
      ["Southern African Development Community", "africa"],
      ["Asia-Pacific Telecommunity", "asia-pacific"],
      ["Inter-American Telecommunication Commission", "americas"],
      ["Regional Commonwealth in the Field of Communications", "cis"],
      ["Arab ICT Organization", "arab-states"],
      ["Caribbean Telecommunications Union", "americas"],
      ["Pacific Islands Telecommunications Association", "asia-pacific"],
      ["Commonwealth Telecommunications Organisation", null],
      ["Association for Progressive Communications", null],
      ["United Nations Economic Commission for Africa", "africa"],
      ["United Nations Economic and Social Commission for Asia and the Pacific", "asia-pacific"],
      ["United Nations Economic Commission for Latin America and the Caribbean", "americas"],
      ["United Nations Economic and Social Commission for Western Asia", "arab-states"],
      ["United Nations Economic Commission for Europe", "europe"],
      ["International Labour Organization", null],
      ["United Nations Conference on Trade and Development", null],
      ["Universal Postal Union", null],
    ],
    offices: [
      "UNDP Country Office {loc}",
      "UNICEF Country Office {loc}",
      "UNESCO Office {loc}",
      "FAO Representation {loc}",
      "WHO Country Office {loc}",
    ],
  },
  fr: {
    ministries: [
      "m:Ministère de la Communication et des Postes",
      "m:Ministère de l'Éducation nationale",
      "m:Ministère de la Santé publique",
      "m:Ministère de l'Agriculture",
      "m:Ministère des Télécommunications",
      "m:Ministère de la Fonction publique",
      "m:Ministère de la Jeunesse et des Sports",
      "m:Ministère de la Femme et de la Famille",
      "m:Ministère de l'Enseignement supérieur et de la Recherche",
      "m:Ministère de l'Environnement",
      "m:Ministère de la Décentralisation",
      "m:Ministère des Finances",
    ],
    agencies: [
      "f:Autorité de régulation des télécommunications",
      "f:Agence de l'informatique de l'État",
      "m:Institut national de la statistique",
      "f:Agence nationale de la météorologie",
      "m:Fonds de service universel",
      "f:Société nationale des postes",
      "f:Commission de protection des données personnelles",
      "f:Bibliothèque nationale",
      "f:Agence nationale de gestion des catastrophes",
      "f:Agence de développement de l'administration électronique",
    ],
    civilHeads: [
      "f:Association",
      "f:Fondation",
      "m:Réseau",
      "m:Collectif",
      "m:Centre",
      "f:Alliance",
      "f:Coalition",
      "f:Organisation",
    ],
    civilTopics: [
      "pour le développement rural",
      "des médias communautaires",
      "pour le libre accès au savoir",
      "des jeunes innovateurs",
      "des femmes dans la technologie",
      "pour l'accès à l'information",
      "pour la santé communautaire",
      "des producteurs agricoles",
      "pour les technologies inclusives",
      "pour la citoyenneté active",
      "pour les droits de l'enfant",
      "des logiciels libres",
      "pour le développement des médias",
      "pour l'éducation de base",
      "pour un avenir durable",
      "des technologies vertes",
      "des personnes handicapées",
      "pour les contenus locaux",
      "pour la connectivité rurale",
      "pour la science citoyenne",
      "pour la paix et le développement",
      "pour l'alphabétisation",
      "pour l'innovation sociale",
      "pour les droits humains",
    ],
    companySuffixes: [
      "Technologies",
      "Réseaux",
      "Solutions",
      "Systèmes",
      "Télécom",
      "Conseil",
      "Informatique",
      "Services",
    ],
    legalForms: ["", " SA", " SARL", " SAS"],
    academia: [
      "f:Université virtuelle",
      "f:École supérieure polytechnique",
      "m:Institut supérieur d'informatique",
      "f:École nationale supérieure des télécommunications",
      "m:Centre de recherche en informatique",
      "f:Université des sciences et technologies",
      "m:Laboratoire d'informatique appliquée",
      "f:École nationale d'administration",
    ],
    technical: [
      "m:Groupe des opérateurs de réseaux",
      "m:Réseau national de recherche et d'éducation",
      "m:Registre national des noms de domaine",
      "f:Communauté du logiciel libre",
      "f:Équipe d'intervention en cas d'urgence informatique",
      "f:Association des ingénieurs en télécommunications",
      "f:Société de géomatique",
    ],
    intl: [
      ["f:Union internationale des télécommunications", null],
      ["f:Organisation des Nations Unies pour l'éducation, la science et la culture", null],
      ["m:Programme des Nations Unies pour le développement", null],
      ["f:Organisation des Nations Unies pour l'alimentation et l'agriculture", null],
      ["f:Organisation mondiale de la Santé", null],
      ["m:Fonds des Nations Unies pour l'enfance", null],
      ["f:Banque mondiale", null],
      ["f:Banque africaine de développement", "africa"],
      ["f:Commission de l'Union africaine", "africa"],
      ["f:Organisation internationale de la Francophonie", null],
      ["f:Communauté économique des États de l'Afrique de l'Ouest", "africa"],
      ["f:Commission économique pour l'Afrique", "africa"],
      ["m:Secrétariat de Smart Africa", "africa"],
      ["f:Union africaine des télécommunications", "africa"],
      ["f:Conférence des Nations Unies sur le commerce et le développement", null],
      ["f:Organisation internationale du Travail", null],
      ["f:Union postale universelle", null],
      ["f:Agence universitaire de la Francophonie", null],
    ],
    offices: [
      "m:Bureau du PNUD {loc}",
      "m:Bureau de l'UNICEF {loc}",
      "m:Bureau de l'UNESCO {loc}",
      "f:Représentation de la FAO {loc}",
    ],
  },
  es: {
    ministries: [
      "m:Ministerio de Tecnologías de la Información y las Comunicaciones",
      "m:Ministerio de Educación",
      "m:Ministerio de Salud",
      "m:Ministerio de Agricultura",
      "m:Ministerio de Comunicaciones",
      "m:Ministerio de Desarrollo Social",
      "m:Ministerio de la Mujer",
      "m:Ministerio de Ciencia, Tecnología e Innovación",
      "m:Ministerio de Ambiente",
      "m:Ministerio de Economía",
      "m:Ministerio del Interior",
      "m:Ministerio de Trabajo",
    ],
    agencies: [
      "f:Agencia de Gobierno Electrónico",
      "m:Instituto Nacional de Estadística",
      "f:Comisión de Regulación de Comunicaciones",
      "m:Fondo de Servicio Universal",
      "m:Servicio Meteorológico Nacional",
      "f:Biblioteca Nacional",
      "f:Autoridad de Protección de Datos Personales",
      "f:Agencia Nacional de Gestión de Riesgos",
      "m:Servicio Postal Nacional",
    ],
    civilHeads: [
      "f:Fundación",
      "f:Asociación",
      "f:Red",
      "m:Colectivo",
      "m:Centro",
      "f:Alianza",
      "f:Coalición",
      "f:Corporación",
    ],
    civilTopics: [
      "para el Desarrollo Rural",
      "de Medios Comunitarios",
      "por el Conocimiento Abierto",
      "de Jóvenes Innovadores",
      "de Mujeres en Tecnología",
      "por el Acceso a la Información",
      "de Salud Comunitaria",
      "de Productores Agrícolas",
      "por la Tecnología Inclusiva",
      "de Tecnología Cívica",
      "por los Derechos de la Niñez",
      "de Software Libre",
      "para el Desarrollo de los Medios",
      "para la Innovación Social",
      "por la Alfabetización",
      "de Personas con Discapacidad",
      "para la Conectividad Rural",
      "de Ciencia Ciudadana",
      "para la Paz y el Desarrollo",
      "por los Derechos Humanos",
      "para el Futuro Sostenible",
      "de Tecnologías Verdes",
    ],
    companySuffixes: [
      "Tecnologías",
      "Redes",
      "Soluciones",
      "Sistemas",
      "Telecomunicaciones",
      "Consultores",
      "Software",
      "Servicios",
    ],
    legalForms: ["", " SAS", " SRL", " SpA"],
    academia: [
      "f:Universidad Nacional",
      "f:Universidad Tecnológica",
      "m:Instituto Tecnológico",
      "f:Universidad Pedagógica",
      "m:Centro de Investigación en Informática",
      "f:Escuela Politécnica",
      "f:Universidad Abierta y a Distancia",
      "f:Facultad de Ingeniería de la Universidad Nacional",
    ],
    technical: [
      "m:Grupo de Operadores de Red",
      "f:Red Nacional Académica de Investigación y Educación",
      "m:Registro de Nombres de Dominio",
      "f:Comunidad de Software Libre",
      "m:Equipo de Respuesta a Incidentes de Seguridad Informática",
      "f:Asociación de Ingenieros de Telecomunicaciones",
      "f:Sociedad de Geomática",
    ],
    intl: [
      ["f:Unión Internacional de Telecomunicaciones", null],
      ["f:Organización de las Naciones Unidas para la Educación, la Ciencia y la Cultura", null],
      ["m:Programa de las Naciones Unidas para el Desarrollo", null],
      ["f:Organización de las Naciones Unidas para la Alimentación y la Agricultura", null],
      ["f:Organización Panamericana de la Salud", "americas"],
      ["m:Fondo de las Naciones Unidas para la Infancia", null],
      ["m:Banco Mundial", null],
      ["m:Banco Interamericano de Desarrollo", "americas"],
      ["f:Comisión Económica para América Latina y el Caribe", "americas"],
      ["f:Comisión Interamericana de Telecomunicaciones", "americas"],
      ["f:Organización de los Estados Americanos", "americas"],
      ["m:Banco de Desarrollo de América Latina y el Caribe", "americas"],
      ["f:Secretaría General Iberoamericana", null],
      ["f:Organización Internacional del Trabajo", null],
    ],
    offices: [
      "f:Oficina del PNUD {loc}",
      "f:Oficina de UNICEF {loc}",
      "f:Oficina de la UNESCO {loc}",
      "f:Representación de la FAO {loc}",
    ],
  },
  ru: {
    ministries: [
      "Министерство цифрового развития",
      "Министерство связи и информатизации",
      "Министерство образования",
      "Министерство здравоохранения",
      "Министерство сельского хозяйства",
      "Министерство труда и социальной защиты населения",
      "Министерство экономического развития",
      "Министерство науки и высшего образования",
      "Министерство экологии и природных ресурсов",
      "Министерство по чрезвычайным ситуациям",
      "Министерство финансов",
    ],
    agencies: [
      "Агентство по информатизации и связи",
      "Национальный статистический комитет",
      "Государственная служба регулирования связи",
      "Фонд универсальной услуги связи",
      "Национальная библиотека",
      "Гидрометеорологическая служба",
      "Агентство по защите персональных данных",
      "Центр электронного правительства",
    ],
    civilHeads: [
      "Общественный фонд",
      "Ассоциация",
      "Общественное объединение",
      "Некоммерческое партнёрство",
      "Фонд развития",
      "Автономная некоммерческая организация",
      "Центр",
    ],
    civilTopics: [
      "Мост знаний",
      "Открытый регион",
      "Сельская инициатива",
      "Женщины в ИТ",
      "Новое поколение",
      "Зелёный мир",
      "Гражданская инициатива",
      "Информационное общество",
      "Наследие",
      "Содействие",
      "Развитие",
      "Доступная среда",
      "Горизонт",
      "Перспектива",
      "Равные возможности",
      "Молодые лидеры",
      "Открытый код",
      "Светлое будущее",
      "Солнечный круг",
      "Право на информацию",
    ],
    companySuffixes: ["", " Телеком", " Софт", " Системс", " Нет", " Консалтинг", " Технологии"],
    legalForms: ["ООО", "АО", "ТОО", "ЗАО"],
    academia: [
      "Национальный университет",
      "Государственный технический университет",
      "Университет информационных технологий",
      "Институт математики и информатики",
      "Университет связи",
      "Академия наук",
      "Государственный университет",
      "Институт цифрового развития",
    ],
    technical: [
      "Ассоциация операторов связи",
      "Национальная научно-образовательная сеть",
      "Координационный центр национального домена",
      "Служба реагирования на компьютерные инциденты",
      "Сообщество разработчиков открытого ПО",
      "Ассоциация инженеров связи",
      "Геоинформационное общество",
      "Ассоциация пользователей ИКТ",
      "Союз молодых программистов",
      "Ассоциация женщин в науке и технологиях",
    ],
    intl: [
      ["Международный союз электросвязи", null],
      ["Программа развития ООН", null],
      ["ЮНЕСКО", null],
      ["ЮНИСЕФ", null],
      ["Всемирный банк", null],
      ["Региональное содружество в области связи", "cis"],
      ["Евразийская экономическая комиссия", "cis"],
      ["Европейская экономическая комиссия ООН", "europe"],
      ["Азиатский банк развития", "asia-pacific"],
      ["Продовольственная и сельскохозяйственная организация ООН", null],
      ["Всемирная организация здравоохранения", null],
      ["Исполнительный комитет СНГ", "cis"],
      ["Евразийский банк развития", "cis"],
      ["Международная организация труда", null],
      ["Экономическая и социальная комиссия ООН для Азии и Тихого океана", "asia-pacific"],
    ],
    offices: ["Представительство ПРООН {loc}", "Представительство ЮНИСЕФ {loc}", "Бюро ЮНЕСКО {loc}"],
  },
  ar: {
    ministries: [
      "وزارة الاتصالات وتكنولوجيا المعلومات",
      "وزارة التربية والتعليم",
      "وزارة الصحة",
      "وزارة الزراعة",
      "وزارة التعليم العالي والبحث العلمي",
      "وزارة الشباب والرياضة",
      "وزارة التضامن الاجتماعي",
      "وزارة البيئة",
      "وزارة الاقتصاد الرقمي",
      "وزارة المالية",
      "وزارة الداخلية",
      "وزارة التنمية الإدارية",
    ],
    agencies: [
      "الجهاز القومي لتنظيم الاتصالات",
      "هيئة تنظيم قطاع الاتصالات",
      "المعهد الوطني للإحصاء",
      "الهيئة الوطنية للأمن السيبراني",
      "صندوق الخدمة الشاملة",
      "المكتبة الوطنية",
      "الهيئة العامة للأرصاد الجوية",
      "هيئة حماية البيانات الشخصية",
      "البريد الوطني",
      "هيئة الحكومة الإلكترونية",
    ],
    civilHeads: ["جمعية", "مؤسسة", "شبكة", "منظمة", "مركز", "رابطة", "ائتلاف"],
    civilTopics: [
      "تنمية المجتمع الريفي",
      "الإعلام المجتمعي",
      "المعرفة المفتوحة",
      "الشباب المبتكرين",
      "المرأة والتكنولوجيا",
      "الحق في الوصول إلى المعلومات",
      "الصحة المجتمعية",
      "المزارعين",
      "التكنولوجيا للجميع",
      "حقوق الطفل",
      "البرمجيات الحرة",
      "تطوير الإعلام",
      "التعليم للجميع",
      "التنمية المستدامة",
      "ذوي الإعاقة",
      "المحتوى العربي",
      "محو الأمية",
      "الابتكار الاجتماعي",
      "السلام والتنمية",
      "حقوق الإنسان",
    ],
    companySuffixes: [
      " للاتصالات",
      " لتقنية المعلومات",
      " للحلول الذكية",
      " للبرمجيات",
      " للأنظمة المتكاملة",
      " للخدمات الإلكترونية",
      " للتقنيات الحديثة",
    ],
    legalForms: [],
    companyNames: [
      "الأفق",
      "المستقبل",
      "الرواد",
      "النخبة",
      "البيان",
      "الريادة",
      "الإبداع",
      "المدار",
      "الجسر",
      "الواحة",
      "النجم",
      "الفجر",
      "السحابة",
      "المنارة",
      "القمة",
      "الأمل",
      "البوابة",
      "الإتقان",
      "الرؤية",
      "الأثير",
    ],
    academia: [
      "المعهد العالي للاتصالات",
      "المعهد الوطني لتكنولوجيا المعلومات",
      "كلية الحاسبات والمعلومات",
      "مركز بحوث تكنولوجيا المعلومات",
      "الجامعة الافتراضية",
      "جامعة العلوم والتكنولوجيا",
      "المعهد العالي للعلوم التطبيقية والتكنولوجيا",
      "كلية الهندسة",
    ],
    technical: [
      "الفريق الوطني للاستجابة لطوارئ الحاسوب",
      "الشبكة الوطنية للبحث والتعليم",
      "جمعية مهندسي الاتصالات",
      "مجتمع البرمجيات مفتوحة المصدر",
      "سجل أسماء النطاقات الوطني",
      "الجمعية الجغرافية المعلوماتية",
    ],
    intl: [
      ["الاتحاد الدولي للاتصالات", null],
      ["منظمة الأمم المتحدة للتربية والعلم والثقافة", null],
      ["برنامج الأمم المتحدة الإنمائي", null],
      ["منظمة الأغذية والزراعة للأمم المتحدة", null],
      ["منظمة الصحة العالمية", null],
      ["منظمة الأمم المتحدة للطفولة", null],
      ["البنك الدولي", null],
      ["البنك الإسلامي للتنمية", "arab-states"],
      ["اللجنة الاقتصادية والاجتماعية لغربي آسيا", "arab-states"],
      ["جامعة الدول العربية", "arab-states"],
      ["المنظمة العربية لتكنولوجيات الاتصال والمعلومات", "arab-states"],
      ["الصندوق العربي للإنماء الاقتصادي والاجتماعي", "arab-states"],
      ["الأمانة العامة لمجلس التعاون لدول الخليج العربية", "arab-states"],
      ["المنظمة العربية للتربية والثقافة والعلوم", "arab-states"],
    ],
    offices: ["مكتب برنامج الأمم المتحدة الإنمائي {loc}", "مكتب اليونيسف {loc}", "مكتب اليونسكو {loc}"],
  },
  // Chinese: ministries of other countries follow the country's name ("肯尼亚卫生部"); agencies are provincial
  // departments ("云南省教育厅"), civil heads city associations ("昆明市…"), civil topics national foundations
  // ("中国…"); academia names follow a city ("成都理工大学"); company names are two-character brands.
  zh: {
    ministries: ["信息通信技术部", "教育部", "卫生部", "农业部", "通信部", "邮电部", "环境部", "电信监管局"],
    agencies: [
      "教育厅",
      "卫生健康委员会",
      "农业农村厅",
      "通信管理局",
      "科学技术厅",
      "大数据管理局",
      "人力资源和社会保障厅",
      "民政厅",
    ],
    civilHeads: [
      "青少年发展基金会",
      "乡村发展协会",
      "妇女发展促进会",
      "信息化促进会",
      "助残协会",
      "公益服务中心",
      "社区发展中心",
      "科普协会",
      "志愿者协会",
    ],
    civilTopics: [
      "乡村发展基金会",
      "青少年发展基金会",
      "妇女发展基金会",
      "残疾人福利基金会",
      "信息协会",
      "科普教育基金会",
    ],
    companySuffixes: [
      "科技有限公司",
      "信息技术有限公司",
      "通信技术股份有限公司",
      "网络科技有限公司",
      "软件有限公司",
      "智能科技有限公司",
    ],
    legalForms: [],
    companyNames: [
      "华信",
      "中联",
      "智通",
      "云创",
      "星网",
      "天讯",
      "博达",
      "创源",
      "联拓",
      "恒泰",
      "远驰",
      "鼎峰",
      "瑞航",
      "安宇",
      "卓辰",
      "海睿",
      "光迅",
      "新维",
      "腾盛",
      "信科",
    ],
    academia: ["大学", "理工大学", "师范大学", "信息工程学院", "职业技术学院", "邮电大学", "农业大学", "医科大学"],
    technical: ["计算机应急响应小组", "科研教育网", "网络运营者组织", "开源社区", "通信学会"],
    intl: [
      ["国际电信联盟", null],
      ["联合国开发计划署", null],
      ["联合国教科文组织", null],
      ["联合国粮食及农业组织", null],
      ["世界卫生组织", null],
      ["联合国儿童基金会", null],
      ["世界银行", null],
      ["亚洲开发银行", "asia-pacific"],
      ["亚洲基础设施投资银行", "asia-pacific"],
      ["亚太电信组织", "asia-pacific"],
      ["联合国亚洲及太平洋经济社会委员会", "asia-pacific"],
      ["国际劳工组织", null],
    ],
    offices: ["联合国开发计划署驻{loc}代表处", "联合国儿童基金会驻{loc}办事处", "联合国教科文组织驻{loc}办事处"],
  },
};

/** China's own bodies, for Chinese entries about China. */
const CN_BODIES = {
  national: [
    "中华人民共和国工业和信息化部",
    "中华人民共和国教育部",
    "国家卫生健康委员会",
    "中华人民共和国农业农村部",
    "中华人民共和国科学技术部",
    "中华人民共和国生态环境部",
    "中华人民共和国人力资源和社会保障部",
    "国家广播电视总局",
    "国家互联网信息办公室",
  ],
  provinces: [
    "云南省",
    "贵州省",
    "甘肃省",
    "四川省",
    "河南省",
    "湖南省",
    "江西省",
    "山东省",
    "浙江省",
    "广东省",
    "陕西省",
    "青海省",
    "福建省",
    "湖北省",
    "安徽省",
    "河北省",
  ],
  cities: [
    "昆明",
    "贵阳",
    "成都",
    "兰州",
    "西宁",
    "南宁",
    "长沙",
    "杭州",
    "广州",
    "深圳",
    "武汉",
    "西安",
    "合肥",
    "福州",
    "郑州",
    "南昌",
  ],
  technical: [
    "中国互联网络信息中心",
    "国家计算机网络应急技术处理协调中心",
    "中国教育和科研计算机网",
    "中国通信学会",
    "开放原子开源基金会",
  ],
  academies: ["中国科学院软件研究所", "中国科学院计算技术研究所", "中国科学院空天信息创新研究院"],
} as const;

/** Syllables for Latin-script company and brand names. */
// biome-ignore format: compact list
const SYLLABLES = ["za", "ne", "ko", "li", "ta", "ve", "ri", "so", "ma", "ka", "lu", "te", "xo", "bi", "da", "ny", "ra", "mo", "vi", "fi", "zu", "ki", "pa", "sa"];
// biome-ignore format: compact list
const SYLLABLE_ENDS = ["n", "x", "r", "l", "s", "q", "tek", "", "ia", "o"];

// ---------------------------------------------------------------------------------------------------------------
// Contact names. Russian, Arabic and Chinese names carry a Latin transliteration for the e-mail address.

type NamePair = readonly [native: string, latin: string];
type Names = { first: readonly string[]; last: readonly string[] };

// biome-ignore format: compact name lists
const PEOPLE: {
  en: Names;
  fr: Names;
  es: Names;
  ru: { male: readonly string[]; female: readonly string[]; last: readonly string[] };
  ar: { male: readonly NamePair[]; female: readonly NamePair[]; last: readonly NamePair[] };
  zh: { first: readonly NamePair[]; last: readonly NamePair[] };
} = {
  en: {
    first: [
      "Amina", "John", "Priya", "Grace", "Fatima", "David", "Samuel", "Aisha", "Rahul", "Maria", "Joseph", "Peter",
      "Esther", "Kwame", "Mei", "Ali", "Sarah", "Daniel", "Ngozi", "Tariq", "Emily", "Ravi", "Joyce", "Michael",
      "Wanjiru", "Arjun", "Linda", "Tendai", "Nadia", "Oluwaseun", "Hannah", "Ibrahim", "Rosa", "Kofi", "Anjali",
      "Thomas", "Zainab", "James", "Chipo", "Farhan",
    ],
    last: [
      "Mwangi", "Okafor", "Sharma", "Nguyen", "Mensah", "Banda", "Otieno", "Smith", "Patel", "Khan", "Hossain",
      "Santos", "Dlamini", "Mutua", "Adeyemi", "Kumar", "Reyes", "Chowdhury", "Owusu", "Phiri", "Kamau", "Garcia",
      "Brown", "Tan", "Wong", "Wilson", "Abubakar", "Nakamura", "Silva", "Moyo", "Achieng", "Rahman", "Fernando",
      "Bello", "Mokoena", "Asante", "Haque", "Perera", "Lee", "Nyambura",
    ],
  },
  fr: {
    first: [
      "Aminata", "Moussa", "Fatou", "Jean", "Marie", "Ibrahima", "Awa", "Pierre", "Sophie", "Mamadou", "Aïcha",
      "Claire", "Ousmane", "Mariam", "Yves", "Nathalie", "Abdoulaye", "Khadija", "Luc", "Adama", "Isabelle",
      "Cheikh", "Salimata", "Hervé", "Rokia", "Thierry", "Céline", "Boubacar", "Élodie", "Karim",
    ],
    last: [
      "Diallo", "Traoré", "Ndiaye", "Koné", "Diop", "Ouédraogo", "Sow", "Camara", "Bamba", "Kaboré", "Martin",
      "Dubois", "Lefèvre", "Mbaye", "Sanogo", "Coulibaly", "Touré", "Fofana", "Kouassi", "Yao", "Rakoto",
      "Hakizimana", "Mukamana", "Benali", "Laurent", "Girard", "Nkurunziza", "Mbarga", "Tchoumi", "Sall",
    ],
  },
  es: {
    first: [
      "María", "José", "Ana", "Luis", "Carmen", "Carlos", "Lucía", "Juan", "Sofía", "Diego", "Valentina", "Miguel",
      "Gabriela", "Andrés", "Daniela", "Javier", "Paula", "Fernando", "Camila", "Ricardo", "Isabel", "Jorge", "Rosa",
      "Pedro", "Elena", "Alejandro", "Ximena", "Mateo", "Florencia", "Raúl",
    ],
    last: [
      "García", "Rodríguez", "Martínez", "López", "González", "Hernández", "Pérez", "Sánchez", "Ramírez", "Torres",
      "Flores", "Gómez", "Díaz", "Vargas", "Castillo", "Jiménez", "Moreno", "Romero", "Herrera", "Medina", "Aguilar",
      "Quispe", "Mamani", "Huamán", "Castro", "Ortiz", "Rojas", "Mendoza", "Guzmán", "Salazar", "Cruz",
    ],
  },
  ru: {
    male: ["Алексей", "Дмитрий", "Нурлан", "Азамат", "Тимур", "Сергей", "Бахтиёр", "Арман", "Олег", "Рустам", "Андрей", "Ильхом"],
    female: ["Айгуль", "Елена", "Мадина", "Ольга", "Гульнара", "Наталья", "Дильноза", "Анна", "Жанна", "Татьяна", "Асель", "Ирина"],
    last: [
      "Иванов", "Петров", "Ахмедов", "Касымов", "Абдуллаев", "Смирнов", "Кузнецов", "Алиев", "Мамедов", "Исмаилов",
      "Жумабаев", "Токтогулов", "Садыков", "Рахимов", "Волков", "Козлов", "Попов", "Гасанов", "Оганесян", "Григорян",
      "Лукашевич", "Ким", "Пак", "Бекмуратов",
    ],
  },
  ar: {
    male: [
      ["محمد", "mohamed"], ["أحمد", "ahmed"], ["علي", "ali"], ["خالد", "khaled"], ["يوسف", "youssef"],
      ["عمر", "omar"], ["حسن", "hassan"], ["سامي", "sami"], ["كريم", "karim"], ["طارق", "tarek"],
    ],
    female: [
      ["فاطمة", "fatima"], ["مريم", "mariam"], ["ليلى", "leila"], ["نور", "nour"], ["سارة", "sara"],
      ["هدى", "houda"], ["أمل", "amal"], ["رانية", "rania"], ["سلمى", "salma"], ["دينا", "dina"],
    ],
    last: [
      ["المنصوري", "almansouri"], ["الحسيني", "alhusseini"], ["بن علي", "benali"], ["العمري", "alomari"],
      ["الزهراني", "alzahrani"], ["الخطيب", "alkhatib"], ["حداد", "haddad"], ["الشريف", "alsharif"],
      ["عبد الله", "abdallah"], ["بوزيد", "bouzid"], ["القاسمي", "alqasimi"], ["العلوي", "alalaoui"],
      ["الفاسي", "elfassi"], ["الراشد", "alrashed"], ["سليمان", "soliman"], ["منصور", "mansour"],
      ["النجار", "alnajjar"], ["يعقوب", "yacoub"], ["الأحمد", "alahmad"], ["التونسي", "ettounsi"],
    ],
  },
  zh: {
    last: [
      ["王", "wang"], ["李", "li"], ["张", "zhang"], ["刘", "liu"], ["陈", "chen"], ["杨", "yang"], ["黄", "huang"],
      ["赵", "zhao"], ["吴", "wu"], ["周", "zhou"], ["徐", "xu"], ["孙", "sun"], ["马", "ma"], ["朱", "zhu"],
      ["胡", "hu"], ["郭", "guo"], ["何", "he"], ["林", "lin"], ["高", "gao"], ["罗", "luo"],
    ],
    first: [
      ["伟", "wei"], ["芳", "fang"], ["娜", "na"], ["敏", "min"], ["静", "jing"], ["丽", "li"], ["强", "qiang"],
      ["磊", "lei"], ["军", "jun"], ["洋", "yang"], ["勇", "yong"], ["艳", "yan"], ["杰", "jie"], ["涛", "tao"],
      ["明", "ming"], ["超", "chao"], ["秀英", "xiuying"], ["建华", "jianhua"], ["晓东", "xiaodong"],
      ["海燕", "haiyan"], ["志强", "zhiqiang"], ["玉兰", "yulan"], ["文博", "wenbo"], ["雨婷", "yuting"],
    ],
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Reference data, derived once.

const MATRIX = (matrixFile as { matrix: Record<string, Record<string, readonly string[]>> }).matrix;

const LANGS: readonly Lang[] = ["en", "fr", "es", "ru", "ar", "zh"];
const LANG_PICK = weighted(LANGS.map((l) => [l, LANGUAGE_SHARES[l]] as const));
const LATIN: ReadonlySet<Lang> = new Set(["en", "fr", "es"]);

const STATUS_PICK = weighted<Status>([
  ["planned", 10],
  ["ongoing", 50],
  ["completed", 40],
]);

const THEME_BY_KEY = new Map(THEMES.map((t) => [t.key, t]));
const THEME_PICK = weighted(THEMES.map((t) => [t, t.w] as const));

function themeByKey(key: string): Theme {
  const t = THEME_BY_KEY.get(key);
  if (!t) throw new Error(`synthetic: unknown theme ${key}`);
  return t;
}

const ITU_REGION = new Map<string, ItuRegion>();
for (const c of COUNTRIES) if (c.ituRegion) ITU_REGION.set(c.alpha2, c.ituRegion);
const ITU_CODES = [...ITU_REGION.keys()];
const REGIONS: readonly ItuRegion[] = ["africa", "americas", "arab-states", "asia-pacific", "cis", "europe"];

interface NamedCountry {
  code: string;
  w: number;
  langs: readonly string[];
  region: ItuRegion;
  en: string;
  enBare: string;
  frNom: string;
  frArt: string;
  frLoc: string;
  esNom: string;
  esArt: string;
  ruNom: string;
  ruLoc: string;
  ruGen: string;
  ar: string;
  zh: string;
}

const NAMED = new Map<string, NamedCountry>();
for (const line of COUNTRY_TEXT.trim().split("\n")) {
  const f = line.split("|");
  if (f.length !== 14) throw new Error(`synthetic: bad country line ${line}`);
  const [code, w, langs, en, frNom, frArt, frLoc, esNom, esArt, ruNom, ruLoc, ruGen, ar, zh] = f as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const region = ITU_REGION.get(code);
  if (!region) throw new Error(`synthetic: ${code} is not an ITU Member State`);
  NAMED.set(code, {
    code,
    w: Number(w),
    langs: langs.split(","),
    region,
    en,
    enBare: en.replace(/^the /, ""),
    frNom,
    frArt,
    frLoc,
    esNom,
    esArt,
    ruNom,
    ruLoc,
    ruGen,
    ar,
    zh,
  });
}

function named(code: string): NamedCountry {
  const c = NAMED.get(code);
  if (!c) throw new Error(`synthetic: no text for country ${code}`);
  return c;
}

/** How often a country is the subject of an entry in a language: named countries more, their languages' more. */
function countryWeight(code: string, lang: Lang): number {
  const c = NAMED.get(code);
  const region = ITU_REGION.get(code);
  if (!c) {
    let w = 0.4;
    if (lang === "ar" && region === "arab-states") w *= 4;
    if (lang === "ru" && region === "cis") w *= 4;
    if (lang === "es" && region === "americas") w *= 2;
    if (lang === "fr" && region === "africa") w *= 2;
    return w;
  }
  if (!c.langs.includes(lang)) return c.w;
  if (lang === "zh") return c.w * (code === "CN" ? 150 : 10);
  return c.w * (lang === "en" ? 2 : 8);
}

type Picker<T> = { items: T[]; cum: number[] };

function countryPicker(lang: Lang, codes: readonly string[]): Picker<string> {
  return weighted(codes.map((code) => [code, countryWeight(code, lang)] as const));
}

const COUNTRY_PICK = Object.fromEntries(LANGS.map((l) => [l, countryPicker(l, ITU_CODES)])) as Record<
  Lang,
  Picker<string>
>;
const NAMED_PICK = Object.fromEntries(LANGS.map((l) => [l, countryPicker(l, [...NAMED.keys()])])) as Record<
  Lang,
  Picker<string>
>;
const REGION_PICK = Object.fromEntries(
  LANGS.map((l) => [
    l,
    Object.fromEntries(
      REGIONS.map((reg) => [
        reg,
        countryPicker(
          l,
          ITU_CODES.filter((c) => ITU_REGION.get(c) === reg),
        ),
      ]),
    ),
  ]),
) as Record<Lang, Record<ItuRegion, Picker<string>>>;

// Rare words: towns, species (genus) and technologies, handed out in turn so each appears, and rarely.

interface RareWord {
  word: string;
  kind: RareKind;
  /** What the text shows: the town, the binomial or the tool. */
  text: string;
  country: string | null;
  themes: readonly string[] | null;
}

const RARE: RareWord[] = [];
for (const line of TOWNS.trim().split("\n")) {
  const [code, ...towns] = line.trim().split(/\s+/);
  if (!code || !NAMED.has(code)) throw new Error(`synthetic: towns for unknown country ${code}`);
  for (const town of towns) RARE.push({ word: town, kind: "place", text: town, country: code, themes: null });
}
for (const line of SPECIES.trim().split("\n")) {
  const [kind, ...names] = line.split("|") as ["pest" | "crop" | "env" | "health", ...string[]];
  for (const name of names) {
    RARE.push({ word: name.split(" ")[0] ?? name, kind, text: name, country: null, themes: SPECIES_THEMES[kind] });
  }
}
for (const line of TECH.trim().split("\n")) {
  const [theme, ...tools] = line.split("|") as [string, ...string[]];
  themeByKey(theme);
  for (const tool of tools) RARE.push({ word: tool, kind: "tech", text: tool, country: null, themes: [theme] });
}
{
  const seen = new Set<string>();
  for (const w of RARE) {
    const k = w.word.toLowerCase();
    if (seen.has(k) || !/^[\p{L}\p{N}]+$/u.test(w.word)) throw new Error(`synthetic: bad rare word ${w.word}`);
    seen.add(k);
  }
}

/**
 * Rare words: names of towns (used in English, French and Spanish texts, which are then set in that town), species
 * (genus of a scientific name) and open-source tools; single words, none used anywhere else. About 8% of entries get
 * one, handed out in turn, so in 100,000 entries every one occurs, 8 to 20 times each (well under 0.1%).
 */
export const RARE_WORDS: readonly string[] = RARE.map((w) => w.word);

const RARE_RATE = 0.08;

// ---------------------------------------------------------------------------------------------------------------
// Small text helpers

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function lowerFirst(s: string): string {
  const second = s.charAt(1);
  if (second && second === second.toUpperCase() && second !== second.toLowerCase()) return s; // "SMS-…", "ИКТ"
  if (/^[A-Za-z]/.test(s)) return s;
  return s.charAt(0).toLowerCase() + s.slice(1);
}

function gendered(s: string): { g: "m" | "f"; text: string } {
  if (s.startsWith("m:") || s.startsWith("f:")) return { g: s.charAt(0) as "m" | "f", text: s.slice(2) };
  return { g: "m", text: s };
}

const FR_VOWEL = /^[aeiouyàâäéèêëîïôöûü]/i;

function frArticle(text: string, g: "m" | "f"): string {
  if (FR_VOWEL.test(text)) return `l'${text}`;
  return g === "f" ? `la ${text}` : `le ${text}`;
}

function esArticle(text: string, g: "m" | "f"): string {
  return g === "f" ? `la ${text}` : `el ${text}`;
}

/** French or Spanish "de"/"à"/"a" in front of a noun phrase, contracted with its article. */
function contract(lang: Lang, prep: "de" | "a", np: string): string {
  if (lang === "fr") {
    if (prep === "de") {
      if (np.startsWith("le ")) return `du ${np.slice(3)}`;
      if (np.startsWith("les ")) return `des ${np.slice(4)}`;
      if (FR_VOWEL.test(np) || /^h/i.test(np)) return `d'${np}`;
      return `de ${np}`;
    }
    if (np.startsWith("le ")) return `au ${np.slice(3)}`;
    if (np.startsWith("les ")) return `aux ${np.slice(4)}`;
    return `à ${np}`;
  }
  if (lang === "es") {
    if (np.startsWith("el ")) return `${prep === "de" ? "del" : "al"} ${np.slice(3)}`;
    return `${prep} ${np}`;
  }
  return np;
}

function ascii(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/ł/g, "l")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "");
}

const CYR_LAT: Readonly<Record<string, string>> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  е: "e",
  ё: "e",
  ж: "zh",
  з: "z",
  и: "i",
  й: "i",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ю: "iu",
  я: "ia",
};

function translitRu(s: string): string {
  let out = "";
  for (const ch of s.toLowerCase()) out += CYR_LAT[ch] ?? ch;
  return out;
}

const LAT_CYR: Readonly<Record<string, string>> = {
  a: "а",
  b: "б",
  d: "д",
  e: "е",
  f: "ф",
  i: "и",
  k: "к",
  l: "л",
  m: "м",
  n: "н",
  o: "о",
  p: "п",
  q: "к",
  r: "р",
  s: "с",
  t: "т",
  u: "у",
  v: "в",
  x: "кс",
  y: "и",
  z: "з",
};

function cyrillic(latin: string): string {
  let out = "";
  for (const ch of latin.toLowerCase()) out += LAT_CYR[ch] ?? ch;
  return cap(out);
}

function brandWord(r: Rng): string {
  const n = chance(r, 0.7) ? 2 : 1;
  let s = "";
  for (let i = 0; i < n; i++) s += pick(r, SYLLABLES);
  return cap(s + pick(r, SYLLABLE_ENDS));
}

const STOP = new Set([
  "and",
  "the",
  "et",
  "la",
  "le",
  "les",
  "l",
  "des",
  "du",
  "d",
  "y",
  "el",
  "los",
  "las",
  "del",
  "e",
  "en",
  "a",
  "i",
]);

/** Function words that a domain made of words leaves out ("ministryhealth", not "ministryofhealth"). */
const LINKING = new Set(["of", "for", "de", "pour", "para", "por", "in", "on", "at", "au", "aux", "to"]);

/** A domain label from an organisation name: its initials ("moh") or its main words ("openknowledge"). */
function slugOf(r: Rng, base: string): string {
  const words = base
    .split(/[\s,'’\-–]+/)
    .map(ascii)
    .filter((w) => w && !STOP.has(w));
  const initials = words.map((w) => w.charAt(0)).join("");
  if (initials.length >= 3 && initials.length <= 7 && chance(r, 0.7)) return initials;
  const joined = words
    .filter((w) => !LINKING.has(w))
    .slice(0, 2)
    .join("");
  return joined.slice(0, 24) || initials || "info";
}

function randomLabel(r: Rng): string {
  const letters = "abcdefghiklmnoprstuvwyz";
  const n = intBetween(r, 3, 5);
  let s = "";
  for (let i = 0; i < n; i++) s += letters.charAt(Math.floor(r() * letters.length));
  return s;
}

const GOV_SUFFIX: Readonly<Record<string, string>> = {
  FR: "gouv.fr",
  SN: "gouv.sn",
  CI: "gouv.ci",
  BJ: "gouv.bj",
  ML: "gouv.ml",
  NE: "gouv.ne",
  TG: "gouv.tg",
  HT: "gouv.ht",
  CD: "gouv.cd",
  BF: "gov.bf",
  MX: "gob.mx",
  AR: "gob.ar",
  CL: "gob.cl",
  PE: "gob.pe",
  EC: "gob.ec",
  GT: "gob.gt",
  DO: "gob.do",
  HN: "gob.hn",
  SV: "gob.sv",
  PA: "gob.pa",
  BO: "gob.bo",
  ES: "gob.es",
  CR: "go.cr",
  KE: "go.ke",
  UG: "go.ug",
  TZ: "go.tz",
  JP: "go.jp",
  KR: "go.kr",
  TH: "go.th",
  ID: "go.id",
  US: "gov",
  GB: "gov.uk",
  CA: "gc.ca",
  DE: "bund.de",
  CH: "admin.ch",
  BE: "belgium.be",
};
const AC_COUNTRIES = new Set([
  "KE",
  "UG",
  "TZ",
  "ZA",
  "GB",
  "IN",
  "JP",
  "KR",
  "ID",
  "TH",
  "LK",
  "BD",
  "RW",
  "ZW",
  "MW",
  "IR",
]);
const PLAIN_TLD = new Set([
  "FR",
  "BE",
  "CH",
  "DE",
  "IT",
  "PL",
  "FI",
  "SE",
  "NL",
  "EE",
  "PT",
  "ES",
  "CA",
  "SN",
  "CI",
  "RU",
]);

function tld(code: string): string {
  return code === "GB" ? "uk" : code.toLowerCase();
}

function domainFor(r: Rng, type: StakeholderType, label: string, home: string | null): string {
  if (!home) return `${label}.${chance(r, 0.4) ? "int" : "org"}`;
  const cc = tld(home);
  switch (type) {
    case "government":
      return `${label}.${GOV_SUFFIX[home] ?? `gov.${cc}`}`;
    case "academia":
      if (home === "US") return `${label}.edu`;
      return `${label}.${AC_COUNTRIES.has(home) ? `ac.${cc}` : PLAIN_TLD.has(home) ? cc : `edu.${cc}`}`;
    case "civil-society":
      return `${label}.${chance(r, 0.6) ? "org" : PLAIN_TLD.has(home) ? cc : `org.${cc}`}`;
    case "private-sector":
      return `${label}.${chance(r, 0.5) ? "com" : PLAIN_TLD.has(home) ? cc : `com.${cc}`}`;
    case "technical-community":
      return `${label}.${pick(r, ["net", "org", cc])}`;
    default:
      return `${label}.${chance(r, 0.5) ? "org" : cc}`;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Organisations

interface Org {
  lang: Lang;
  type: StakeholderType;
  name: string;
  /** The name as it stands in a sentence ("the Ministry of Health of Kenya", "l'Association …"). */
  prose: string;
  home: string | null;
  region: ItuRegion | null;
  /** The name mentions its country, so its projects are in that country. */
  named: boolean;
  domain: string;
  /** Themes the name suggests (a ministry of health runs health projects); null if it suggests none. */
  themes: readonly string[] | null;
}

/** What an organisation's name says it works on, in any of the six languages. */
const THEME_HINTS: readonly (readonly [RegExp, readonly string[]])[] = [
  [/health|santé|salud|здравоохран|الصحة|卫生|医/i, ["telemed", "hmis"]],
  [
    /educat|éducation|enseignement|educación|pedagóg|образован|التربية|التعليم|教育|师范/i,
    ["schools", "elearning", "skills", "library"],
  ],
  [/agricult|farmer|agricole|agrícola|productores|сельского хозяйства|фермер|الزراعة|المزارعين|农/i, ["agri"]],
  [
    /environment|environnement|ambiente|эколог|البيئة|环境|生态|\bgreen\b|\bvertes?\b|\bverdes?\b|зелён/i,
    ["climate", "ewaste"],
  ],
  [/meteor|météo|гидромет|الأرصاد|disaster|catastroph|riesgos|чрезвычайн|الكوارث/i, ["climate"]],
  [/youth|jeunes|jóvenes|jeunesse|молод|الشباب|青少年|sport/i, ["skills", "jobs", "gender"]],
  [/gender|women|femme|mujer|женщин|المرأة|妇女|famille/i, ["gender", "child"]],
  [/child|enfant|niñez|الطفل|儿童/i, ["child"]],
  [/statist|estadíst|статист|الإحصاء|统计/i, ["opendata"]],
  [
    /data protection|protection des données|protección de datos|персональных данных|حماية البيانات/i,
    ["ethics", "cyber"],
  ],
  [/librar|bibliothèque|biblioteca|библиотек|المكتبة|图书/i, ["library", "heritage"]],
  [/postal|postes|correo|почт|البريد|邮/i, ["telecentre", "ecommerce"]],
  [
    /regulat|régulation|regulación|регулирован|تنظيم|监管|operators|opérateurs|operadores|операторов/i,
    ["broadband", "policy", "coop"],
  ],
  [
    /universal service|service universel|servicio universal|универсальн|الخدمة الشاملة|普遍服务/i,
    ["broadband", "schools"],
  ],
  [/cyber|emergency response|urgence informatique|incidentes|инцидент|لطوارئ الحاسوب|应急/i, ["cyber", "child"]],
  [
    /e-government|administration électronique|gobierno electrónico|электронного правительства|الحكومة الإلكترونية|public service|fonction publique|interior|décentralisation|local government|التنمية الإدارية|الداخلية|民政/i,
    ["egov", "opendata"],
  ],
  [
    /financ|econom|économ|экономи|المالية|الاقتصاد|trade|commerce|trabajo|labour|труда|人力资源/i,
    ["ecommerce", "jobs", "policy"],
  ],
  [/scien|recherche|investigación|research|науки|البحث العلمي|科学|研究/i, ["science", "opendata"]],
  [/media|médias|medios|СМИ|الإعلام|媒体/i, ["radio", "media"]],
  [/disabilit|handicap|discapacidad|инвалид|الإعاقة|助残|残疾/i, ["access"]],
  [/literacy|alphabétisation|alfabetización|محو الأمية/i, ["skills", "library"]],
  [/content|contenus|contenidos|المحتوى|heritage|patrimoine|наследие/i, ["heritage"]],
  [/connectivit|connectivité|conectividad|wireless|связи|الاتصالات|通信|电信/i, ["broadband", "telecentre", "schools"]],
  [
    /open source|logiciel libre|software libre|открытого ПО|открытый код|البرمجيات الحرة|开源/i,
    ["opendata", "science", "elearning"],
  ],
  [/telecommunication|télécommunication|telecomunicacion/i, ["broadband", "coop", "policy"]],
  [/\bGIS\b|géomatique|geomática|геоинформац|الجغرافية/i, ["climate", "opendata"]],
  [/domain|domaine|dominio|домена|النطاقات/i, ["cyber", "policy"]],
  [
    /research and education|recherche et d'éducation|investigación y educación|научно-образовательная|للبحث والتعليم|科研教育/i,
    ["science"],
  ],
];

function themeHints(name: string): readonly string[] | null {
  const keys = new Set<string>();
  for (const [re, themes] of THEME_HINTS) if (re.test(name)) for (const t of themes) keys.add(t);
  return keys.size ? [...keys] : null;
}

interface OrgDraft {
  name: string;
  prose: string;
  base: string;
  home: string | null;
  region: ItuRegion | null;
  named: boolean;
}

function draftOrg(r: Rng, lang: Lang, type: StakeholderType): OrgDraft {
  const bank = ORG_BANKS[lang];
  const nc = named(pickCumulative(r, NAMED_PICK[lang].items, NAMED_PICK[lang].cum));
  const anyHome = pickCumulative(r, COUNTRY_PICK[lang].items, COUNTRY_PICK[lang].cum);
  const plain = (name: string, prose: string, base: string, home: string | null, isNamed: boolean): OrgDraft => ({
    name,
    prose,
    base,
    home,
    region: home ? (ITU_REGION.get(home) ?? null) : null,
    named: isNamed,
  });
  const intl = (): OrgDraft => {
    const [raw, region] = pick(r, bank.intl);
    const { g, text } = gendered(raw);
    const prose =
      lang === "en"
        ? /^[A-Z]+$/.test(text)
          ? text
          : `the ${text}`
        : lang === "fr"
          ? frArticle(text, g)
          : lang === "es"
            ? /^[A-Z]+$/.test(text)
              ? text
              : esArticle(text, g)
            : text;
    return { name: text, prose, base: text, home: null, region, named: false };
  };
  const office = (): OrgDraft => {
    const { g, text } = gendered(pick(r, bank.offices));
    const loc =
      lang === "en"
        ? `in ${nc.en}`
        : lang === "fr"
          ? nc.frLoc
          : lang === "es"
            ? `en ${nc.esArt}`
            : lang === "ru"
              ? nc.ruLoc
              : lang === "ar"
                ? `في ${nc.ar}`
                : nc.zh;
    const name = text.replace("{loc}", loc);
    const prose =
      lang === "en" ? `the ${name}` : lang === "fr" ? frArticle(name, g) : lang === "es" ? esArticle(name, g) : name;
    return plain(name, prose, text.replace(/\s*\{loc\}/, ""), nc.code, true);
  };

  switch (lang) {
    case "en": {
      switch (type) {
        case "government": {
          if (chance(r, 0.5)) {
            const m = pick(r, bank.ministries);
            return plain(`${m}, ${nc.enBare}`, `the ${m} of ${nc.en}`, m, nc.code, true);
          }
          const a = pick(r, bank.agencies);
          const name = `${nc.enBare} ${a}`;
          return plain(name, `the ${name}`, a, nc.code, true);
        }
        case "civil-society": {
          const topic = pick(r, bank.civilTopics);
          const head = pick(r, bank.civilHeads);
          if (chance(r, 0.5)) {
            const name = `${head} for ${topic}`;
            return plain(name, `the ${name}`, name, anyHome, false);
          }
          if (chance(r, 0.45)) {
            const name = `${topic} ${head} ${nc.enBare}`;
            return plain(name, `the ${name}`, `${topic} ${head}`, nc.code, true);
          }
          const name = `${topic} ${head}`;
          return plain(name, `the ${name}`, name, anyHome, false);
        }
        case "private-sector": {
          const brand = brandWord(r);
          const name = `${brand} ${pick(r, bank.companySuffixes)}${pick(r, bank.legalForms)}`;
          return plain(name, name, brand, anyHome, false);
        }
        case "academia":
        case "technical-community": {
          const pattern = pick(r, type === "academia" ? bank.academia : bank.technical);
          const name = pattern.replace("{cof}", nc.en).replace("{cadj}", nc.enBare);
          return plain(name, `the ${name}`, pattern.replace(/\{c\w+\}/, "").trim(), nc.code, true);
        }
        default:
          return chance(r, 0.7) ? intl() : office();
      }
    }
    case "fr":
    case "es": {
      const de = (np: string) => contract(lang, "de", np);
      const cArt = lang === "fr" ? nc.frArt : nc.esArt;
      const article = (text: string, g: "m" | "f") => (lang === "fr" ? frArticle(text, g) : esArticle(text, g));
      const withCountry = (raw: string, always: boolean): OrgDraft => {
        const { g, text } = gendered(raw);
        if (always || chance(r, 0.45)) {
          const name = `${text} ${de(cArt)}`;
          return plain(name, article(name, g), text, nc.code, true);
        }
        return plain(text, article(text, g), text, anyHome, false);
      };
      switch (type) {
        case "government":
          return withCountry(pick(r, chance(r, 0.55) ? bank.ministries : bank.agencies), true);
        case "civil-society": {
          const head = pick(r, bank.civilHeads);
          return withCountry(`${head} ${pick(r, bank.civilTopics)}`, false);
        }
        case "private-sector": {
          const brand = brandWord(r);
          const name = `${brand} ${pick(r, bank.companySuffixes)}${pick(r, bank.legalForms)}`;
          return plain(name, name, brand, anyHome, false);
        }
        case "academia":
          return withCountry(pick(r, bank.academia), true);
        case "technical-community":
          return withCountry(pick(r, bank.technical), true);
        default:
          return chance(r, 0.7) ? intl() : office();
      }
    }
    case "ru": {
      switch (type) {
        case "government": {
          const head = pick(r, chance(r, 0.55) ? bank.ministries : bank.agencies);
          const name = `${head} ${nc.ruGen}`;
          return plain(name, name, head, nc.code, true);
        }
        case "civil-society": {
          const head = pick(r, bank.civilHeads);
          const brand = pick(r, bank.civilTopics);
          if (chance(r, 0.4)) {
            const name = `${head} «${brand}» (${nc.ruNom})`;
            return plain(name, name, `${head} ${brand}`, nc.code, true);
          }
          const name = `${head} «${brand}»`;
          return plain(name, name, `${head} ${brand}`, anyHome, false);
        }
        case "private-sector": {
          const latin = brandWord(r);
          const name = `${pick(r, bank.legalForms)} «${cyrillic(latin)}${pick(r, bank.companySuffixes)}»`;
          return plain(name, name, latin, anyHome, false);
        }
        case "academia":
        case "technical-community": {
          const head = pick(r, type === "academia" ? bank.academia : bank.technical);
          const name = `${head} ${nc.ruGen}`;
          return plain(name, name, head, nc.code, true);
        }
        default:
          return chance(r, 0.7) ? intl() : office();
      }
    }
    case "ar": {
      const country = (name: string, base: string, always: boolean): OrgDraft =>
        always || chance(r, 0.4)
          ? plain(`${name} - ${nc.ar}`, `${name} - ${nc.ar}`, base, nc.code, true)
          : plain(name, name, base, anyHome, false);
      switch (type) {
        case "government": {
          const head = pick(r, chance(r, 0.55) ? bank.ministries : bank.agencies);
          return country(head, head, true);
        }
        case "civil-society": {
          const name = `${pick(r, bank.civilHeads)} ${pick(r, bank.civilTopics)}`;
          return country(name, name, false);
        }
        case "private-sector": {
          const name = `شركة ${pick(r, bank.companyNames ?? [])}${pick(r, bank.companySuffixes)}`;
          return country(name, name, false);
        }
        case "academia":
          return country(pick(r, bank.academia), "", true);
        case "technical-community":
          return country(pick(r, bank.technical), "", true);
        default:
          return chance(r, 0.7) ? intl() : office();
      }
    }
    case "zh": {
      // Chinese entries are mostly about China: its ministries and provincial departments, city associations and
      // companies, universities and institutes. Bodies of other countries are named "<country><body>".
      const cn = nc.code === "CN";
      const city = pick(r, CN_BODIES.cities);
      const province = pick(r, CN_BODIES.provinces);
      switch (type) {
        case "government": {
          if (!cn) return plain(`${nc.zh}${pick(r, bank.ministries)}`, "", "", nc.code, true);
          const name = chance(r, 0.35) ? pick(r, CN_BODIES.national) : `${province}${pick(r, bank.agencies)}`;
          return plain(name, name, "", "CN", true);
        }
        case "civil-society": {
          if (!cn) return plain(`${nc.zh}${pick(r, bank.civilHeads)}`, "", "", nc.code, true);
          const name = chance(r, 0.6) ? `${city}市${pick(r, bank.civilHeads)}` : `中国${pick(r, bank.civilTopics)}`;
          return plain(name, name, "", "CN", true);
        }
        case "private-sector": {
          const prefix = cn ? city : nc.zh;
          const name = `${chance(r, 0.6) ? prefix : ""}${pick(r, bank.companyNames ?? [])}${pick(r, bank.companySuffixes)}`;
          return plain(name, name, "", nc.code, false);
        }
        case "academia": {
          if (!cn)
            return plain(
              `${nc.zh}${pick(r, ["国立大学", "科技大学", "信息技术学院", "开放大学"])}`,
              "",
              "",
              nc.code,
              true,
            );
          const name = chance(r, 0.85) ? `${city}${pick(r, bank.academia)}` : pick(r, CN_BODIES.academies);
          return plain(name, name, "", "CN", true);
        }
        case "technical-community": {
          if (!cn) return plain(`${nc.zh}${pick(r, bank.technical)}`, "", "", nc.code, true);
          const name = chance(r, 0.4)
            ? pick(r, CN_BODIES.technical)
            : `${province}${pick(r, ["通信学会", "计算机学会"])}`;
          return plain(name, name, "", "CN", true);
        }
        default:
          return chance(r, 0.7) ? intl() : office();
      }
    }
  }
}

function makeOrg(r: Rng, lang: Lang, type: StakeholderType, taken: Set<string>): Org | null {
  for (let attempt = 0; attempt < 30; attempt++) {
    const d = draftOrg(r, lang, type);
    // Not maskOf: its cache is for the constant phrase banks, and names would make it grow with every world.
    if (taken.has(d.name) || CONTROLLED[lang].some((c) => containsWord(d.name, c.word))) continue;
    taken.add(d.name);
    const label =
      LATIN.has(lang) && d.base
        ? slugOf(r, d.base)
        : lang === "ru" && d.base
          ? slugOf(r, translitRu(d.base))
          : randomLabel(r);
    return {
      lang,
      type,
      name: d.name,
      prose: d.prose || d.name,
      home: d.home,
      region: d.region,
      named: d.named,
      domain: domainFor(r, type, label, d.home),
      themes: themeHints(d.name),
    };
  }
  return null;
}

/** About 3,200 organisations across the six languages; entries pick them with a Zipf-like skew. */
const ORG_POOL_SIZE = 3200;

interface World {
  orgs: Record<Lang, Org[]>;
  orgCum: Record<Lang, number[]>;
  local: Record<Lang, Map<string, Org[]>>;
  rare: { latin: RareWord[]; other: RareWord[]; latinAt: number; otherAt: number };
}

function buildWorld(r: Rng): World {
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

function nextRare(w: World, lang: Lang): RareWord {
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

function pickOrg(r: Rng, w: World, lang: Lang): Org {
  return pickCumulative(r, w.orgs[lang], w.orgCum[lang]);
}

// ---------------------------------------------------------------------------------------------------------------
// Where a project is: the countries it lists, its scope, and how its text names the place.

type Scope = "national" | "regional" | "international" | "global";

type Place =
  | { kind: "country"; code: string }
  | { kind: "town"; code: string; town: string }
  | { kind: "region"; region: ItuRegion }
  | { kind: "multi"; k: number }
  | { kind: "global"; k: number }
  | { kind: "none" };

interface Geo {
  countries: string[];
  scope: Scope;
  place: Place;
}

function addDistinct(r: Rng, picker: Picker<string>, into: string[], k: number): void {
  for (let tries = 0; into.length < k && tries < 60; tries++) {
    const c = pickCumulative(r, picker.items, picker.cum);
    if (!into.includes(c)) into.push(c);
  }
}

function pickGeo(r: Rng, lang: Lang, org: Org, rare: RareWord | null): Geo {
  if (rare?.kind === "place" && rare.country) {
    const countries = [rare.country];
    if (chance(r, 0.12)) addDistinct(r, REGION_PICK[lang][named(rare.country).region], countries, 2);
    return {
      countries,
      scope: countries.length > 1 ? "regional" : "national",
      place: { kind: "town", code: rare.country, town: rare.text },
    };
  }
  const intl = org.type === "international-organization";
  if (chance(r, intl ? 0.22 : 0.035)) {
    if (chance(r, 0.5)) return { countries: [], scope: "global", place: { kind: "global", k: 0 } };
    const countries: string[] = [];
    const k = intBetween(r, 4, 24);
    addDistinct(r, COUNTRY_PICK[lang], countries, k);
    return { countries, scope: "global", place: { kind: "global", k: countries.length } };
  }
  const k = intl
    ? pickCumulative(r, [1, 2, 3], cumulative([40, 25, 35]))
    : pickCumulative(r, [1, 2, 3], cumulative([72, 16, 12]));
  let first: string;
  if (org.home && (org.named || chance(r, 0.85))) first = org.home;
  else if (org.region)
    first = pickCumulative(r, REGION_PICK[lang][org.region].items, REGION_PICK[lang][org.region].cum);
  else first = pickCumulative(r, COUNTRY_PICK[lang].items, COUNTRY_PICK[lang].cum);
  const countries = [first];
  if (k === 1) {
    const u = r();
    return {
      countries,
      scope: u < 0.9 ? "national" : u < 0.96 ? "regional" : "international",
      place: { kind: "country", code: first },
    };
  }
  const region = ITU_REGION.get(first) ?? "africa";
  const sameRegion = org.region !== null || chance(r, 0.75);
  addDistinct(r, sameRegion ? REGION_PICK[lang][region] : COUNTRY_PICK[lang], countries, k);
  if (countries.length === 1) return { countries, scope: "national", place: { kind: "country", code: first } };
  if (sameRegion)
    return { countries, scope: chance(r, 0.85) ? "regional" : "international", place: { kind: "region", region } };
  return {
    countries,
    scope: chance(r, 0.9) ? "international" : "global",
    place: { kind: "multi", k: countries.length },
  };
}

function placeText(r: Rng, lang: Lang, place: Place): { loc: string; country: string } {
  const lex = LEX[lang];
  switch (place.kind) {
    case "country": {
      const c = NAMED.get(place.code);
      if (!c) return { loc: "", country: "" };
      switch (lang) {
        case "en":
          return { loc: `in ${c.en}`, country: c.enBare };
        case "fr":
          return { loc: c.frLoc, country: c.frNom };
        case "es":
          return { loc: `en ${c.esArt}`, country: c.esNom };
        case "ru":
          return { loc: c.ruLoc, country: c.ruNom };
        case "ar":
          return { loc: `في ${c.ar}`, country: c.ar };
        default:
          return { loc: c.zh, country: c.zh };
      }
    }
    case "town": {
      const c = named(place.code);
      if (lang === "en") return { loc: `in ${place.town}, ${c.enBare}`, country: "" };
      if (lang === "fr") return { loc: `à ${place.town} (${c.frNom})`, country: "" };
      return { loc: `en ${place.town} (${c.esNom})`, country: "" };
    }
    case "region":
      return { loc: lex.regions[place.region], country: "" };
    case "multi":
      return { loc: lex.inCountries(place.k), country: "" };
    case "global":
      return { loc: place.k > 3 && chance(r, 0.5) ? lex.inCountries(place.k) : lex.world, country: "" };
    default:
      return { loc: "", country: "" };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Action Lines, SDGs and targets

/** Per Action Line: the SDGs the matrix links to it, with their targets. */
const LINKS = new Map(
  Object.entries(MATRIX).map(([line, goals]) => [line, Object.entries(goals).map(([g, t]) => [Number(g), t] as const)]),
);

function linesFor(r: Rng, theme: Theme): string[] {
  const out = [at(theme.lines, 0)];
  const second = theme.lines[1];
  if (second && chance(r, 0.55)) out.push(second);
  for (const line of theme.lines.slice(2)) if (out.length < 3 && chance(r, 0.18)) out.push(line);
  return out;
}

/** SDGs and targets that the WSIS–SDG matrix links to the entry's Action Lines, favouring the theme's own goals. */
function sdgsFor(r: Rng, lines: readonly string[], theme: Theme): { sdgs: number[]; targets: string[] } {
  const linked = new Map<number, Set<string>>();
  for (const line of lines) {
    for (const [g, targets] of LINKS.get(line) ?? []) {
      let set = linked.get(g);
      if (!set) {
        set = new Set();
        linked.set(g, set);
      }
      for (const t of targets) set.add(t);
    }
  }
  if (linked.size === 0 || chance(r, 0.07)) return { sdgs: [], targets: [] };
  const chosen = new Set<number>();
  for (const g of theme.sdgs) if (linked.has(g) && chance(r, 0.9)) chosen.add(g);
  const keys = [...linked.keys()];
  const extra = pickCumulative(r, [0, 1, 2, 3], cumulative([40, 35, 20, 5]));
  for (let i = 0; i < extra; i++) chosen.add(pick(r, keys));
  if (chosen.size === 0) chosen.add(pick(r, keys));
  const sdgs = [...chosen].sort((a, b) => a - b);
  const targets: string[] = [];
  if (chance(r, 0.8)) {
    for (const g of sdgs)
      for (const t of linked.get(g) ?? []) if (targets.length < 6 && chance(r, 0.4)) targets.push(t);
  }
  return { sdgs, targets };
}

// ---------------------------------------------------------------------------------------------------------------
// Dates

const DAY = 86_400_000;
const YEAR = 365.25 * DAY;
const MIN_START = Date.UTC(2005, 0, 1);
const MAX_START = Date.UTC(2026, 11, 31);
const PUBLISHED_END = Date.UTC(2026, 10, 1);
const PUB_YEARS = weighted(
  Array.from({ length: 17 }, (_, i) => [2010 + i, 1.17 ** i * (i === 16 ? 304 / 365 : 1)] as const),
);

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function between(r: Rng, lo: number, hi: number): number {
  return lo + Math.floor(r() * Math.max(0, hi - lo));
}

function datesFor(r: Rng, status: Status): { published: number; start: number; end: number | null } {
  const year = pickCumulative(r, PUB_YEARS.items, PUB_YEARS.cum);
  const published = between(r, Date.UTC(year, 0, 1), year === 2026 ? PUBLISHED_END : Date.UTC(year + 1, 0, 1));
  if (status === "planned") {
    const start = Math.min(MAX_START, published + between(r, 30 * DAY, 540 * DAY));
    return { published, start, end: chance(r, 0.3) ? start + between(r, YEAR, 4 * YEAR) : null };
  }
  if (status === "ongoing") {
    const start = Math.max(MIN_START, published - between(r, 0, 6 * YEAR));
    const end = chance(r, 0.35) ? Math.max(published + between(r, 90 * DAY, 4 * YEAR), start + YEAR) : null;
    return { published, start, end };
  }
  // A completed project ran for at least a year, so its start and end years differ.
  const start = Math.max(MIN_START, published - between(r, YEAR + DAY, 8 * YEAR));
  const end = start + between(r, YEAR, Math.min(published - start, 6 * YEAR));
  return { published, start, end };
}

/** A count of people reached, rounded the way projects report them (2 significant digits). */
function beneficiaries(r: Rng): number {
  const raw = Math.exp(Math.log(50) + r() * (Math.log(200_000) - Math.log(50)));
  const mag = 10 ** Math.max(0, Math.floor(Math.log10(raw)) - 1);
  return Math.round(raw / mag) * mag;
}

// ---------------------------------------------------------------------------------------------------------------
// Text

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

function allowed(w: Writer): (s: string) => boolean {
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

const SMALL_WORDS = new Set(["a", "an", "the", "and", "or", "for", "of", "in", "on", "to", "with", "by", "at", "from"]);

function titleCase(s: string): string {
  return s
    .split(" ")
    .map((word, i) =>
      i > 0 && SMALL_WORDS.has(word)
        ? word
        : word.replace(/^(\P{L}*)(\p{L})/u, (_m, p: string, l: string) => p + l.toUpperCase()),
    )
    .join(" ");
}

function typeVars(lang: Lang, raw: string): Record<string, string> {
  const { g, text } = gendered(raw);
  switch (lang) {
    case "en": {
      const a = /^[aeiou]/i.test(text) && !/^(uni|use|one|eu)/i.test(text) ? "an" : "a";
      return {
        type: text,
        Type: cap(text),
        aType: `${a} ${text}`,
        AType: cap(`${a} ${text}`),
        theType: `the ${text}`,
        TheType: `The ${text}`,
        thisType: `this ${text}`,
      };
    }
    case "fr": {
      const the = frArticle(text, g);
      return {
        type: text,
        Type: cap(text),
        aType: `${g === "f" ? "une" : "un"} ${text}`,
        AType: `${g === "f" ? "Une" : "Un"} ${text}`,
        theType: the,
        TheType: cap(the),
        thisType: `${g === "f" ? "cette" : FR_VOWEL.test(text) ? "cet" : "ce"} ${text}`,
        e: g === "f" ? "e" : "",
      };
    }
    case "es": {
      return {
        type: text,
        Type: cap(text),
        aType: `${g === "f" ? "una" : "un"} ${text}`,
        AType: `${g === "f" ? "Una" : "Un"} ${text}`,
        theType: `${g === "f" ? "la" : "el"} ${text}`,
        TheType: `${g === "f" ? "La" : "El"} ${text}`,
        thisType: `${g === "f" ? "esta" : "este"} ${text}`,
        o: g === "f" ? "a" : "o",
      };
    }
    case "ru":
      return { type: lowerFirst(text), Type: text };
    default:
      return { type: text, Type: text };
  }
}

function sentenceCount(s: string): number {
  return (s.match(/[.!?](?=\s|$)|。/g) ?? []).length || 1;
}

interface Texts {
  /** The project type the texts are about (without the gender mark). */
  type: string;
  title: string;
  summary: string;
  description: string;
}

interface Sentence {
  text: string;
  /** Not dropped to shorten the description unless it has to be. */
  keep: boolean;
  /** Never dropped: the opening sentence, and those that carry a rare or controlled word. */
  must: boolean;
}

function composeTexts(
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
    n: lex.number(beneficiaries(r)),
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

// ---------------------------------------------------------------------------------------------------------------
// Contacts and websites

function contactFor(r: Rng, lang: Lang): { name: string; email: string } {
  const hasName = chance(r, 0.8);
  const hasEmail = hasName ? chance(r, 0.85) : chance(r, 0.35);
  let name = "";
  let first = "";
  let last = "";
  switch (lang) {
    case "en":
    case "fr": {
      const p = PEOPLE[lang];
      first = pick(r, p.first);
      last = pick(r, p.last);
      name = `${lang === "en" && chance(r, 0.08) ? "Dr " : ""}${first} ${last}`;
      first = ascii(first);
      last = ascii(last);
      break;
    }
    case "es": {
      const p = PEOPLE.es;
      first = pick(r, p.first);
      last = pick(r, p.last);
      name = `${first} ${last}${chance(r, 0.4) ? ` ${pick(r, p.last)}` : ""}`;
      first = ascii(first);
      last = ascii(last);
      break;
    }
    case "ru": {
      const p = PEOPLE.ru;
      const female = chance(r, 0.5);
      const f = pick(r, female ? p.female : p.male);
      let l: string = pick(r, p.last);
      if (female) l = /(ов|ев|ин)$/.test(l) ? `${l}а` : l.replace(/ский$/, "ская");
      name = `${f} ${l}`;
      first = ascii(translitRu(f));
      last = ascii(translitRu(l));
      break;
    }
    case "ar": {
      const p = PEOPLE.ar;
      const [fn, fl] = pick(r, chance(r, 0.5) ? p.female : p.male);
      const [ln, ll] = pick(r, p.last);
      name = `${fn} ${ln}`;
      first = fl;
      last = ll;
      break;
    }
    default: {
      const p = PEOPLE.zh;
      const [ln, ll] = pick(r, p.last);
      const [fn, fl] = pick(r, p.first);
      name = `${ln}${fn}`;
      first = fl;
      last = ll;
    }
  }
  const domain = chance(r, 0.5) ? "example.org" : "example.net";
  let local: string;
  if (!hasName) local = pick(r, ["info", "contact", "projects", "communications", "partnerships"]);
  else {
    const u = r();
    local = u < 0.55 ? `${first}.${last}` : u < 0.8 ? `${first.charAt(0)}${last}` : `${first.charAt(0)}.${last}`;
  }
  return { name: hasName ? name : "", email: hasEmail ? `${local}@${domain}` : "" };
}

const PROJECT_PATH: Partial<Record<Lang, string>> = { en: "projects", fr: "projets", es: "proyectos" };

function websiteFor(r: Rng, org: Org, lang: Lang, typeText: string): string {
  if (chance(r, 0.18)) return "";
  const host = `${org.type !== "government" && chance(r, 0.75) ? "www." : ""}${org.domain}`;
  const path = PROJECT_PATH[lang];
  if (path && chance(r, 0.3)) {
    const slug = typeText
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean)
      .slice(0, 5)
      .join("-");
    return `https://${host}/${path}/${slug}`;
  }
  return `https://${host}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Entries

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
