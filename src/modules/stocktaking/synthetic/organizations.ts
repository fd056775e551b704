import type { ItuRegion } from "../../../reference/data/countries.ts";
import { CN_BODIES, ORG_BANKS, SYLLABLE_ENDS, SYLLABLES } from "./data/organizations.ts";
import { domainFor, randomLabel, slugOf } from "./domains.ts";
import { COUNTRY_PICK, ITU_REGION, NAMED_PICK, named } from "./geography.ts";
import { cap, contract, cyrillic, esArticle, frArticle, gendered, translitRu } from "./grammar.ts";
import { chance, pick, pickCumulative, type Rng, weighted } from "./random.ts";
import type { Lang, StakeholderType } from "./types.ts";
import { CONTROLLED, containsWord, LATIN } from "./words.ts";

// Organisations: a name in the entry's language, where it is, what it works on and its web domain.

export const STAKEHOLDER_WEIGHTS = weighted<StakeholderType>([
  ["government", 30],
  ["civil-society", 22],
  ["private-sector", 15],
  ["academia", 12],
  ["technical-community", 8],
  ["international-organization", 13],
]);

function brandWord(r: Rng): string {
  const n = chance(r, 0.7) ? 2 : 1;
  let s = "";
  for (let i = 0; i < n; i++) s += pick(r, SYLLABLES);
  return cap(s + pick(r, SYLLABLE_ENDS));
}

export interface Org {
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

export function makeOrg(r: Rng, lang: Lang, type: StakeholderType, taken: Set<string>): Org | null {
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
