import { PEOPLE } from "./data/people.ts";
import { ascii, translitRu } from "./grammar.ts";
import type { Org } from "./organizations.ts";
import { chance, pick, type Rng } from "./random.ts";
import type { Lang } from "./types.ts";

// Contact people and project websites.

export function contactFor(r: Rng, lang: Lang): { name: string; email: string } {
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

export function websiteFor(r: Rng, org: Org, lang: Lang, typeText: string): string {
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
