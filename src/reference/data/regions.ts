import type { Localized } from "../../platform/i18n/locale.ts";

// Region names in the six UN languages.
//
// - M49_REGION_NAMES: the five regions of the UN Statistics Division's M49 standard ("Standard country or area
//   codes for statistical use"), as M49 names them in each language (e.g. Russian "Северная и Южная Америка").
// - ITU_REGION_NAMES: the six regions of the ITU Telecommunication Development Sector (ITU-D / BDT), as ITU
//   names them in each language.

export const M49_REGION_NAMES: Record<"002" | "019" | "142" | "150" | "009", Localized> = {
  "002": { ar: "أفريقيا", en: "Africa", es: "África", fr: "Afrique", ru: "Африка", zh: "非洲" },
  "019": {
    ar: "الأمريكتان",
    en: "Americas",
    es: "Américas",
    fr: "Amériques",
    ru: "Северная и Южная Америка",
    zh: "美洲",
  },
  "142": { ar: "آسيا", en: "Asia", es: "Asia", fr: "Asie", ru: "Азия", zh: "亚洲" },
  "150": { ar: "أوروبا", en: "Europe", es: "Europa", fr: "Europe", ru: "Европа", zh: "欧洲" },
  "009": { ar: "أوقيانوسيا", en: "Oceania", es: "Oceanía", fr: "Océanie", ru: "Океания", zh: "大洋洲" },
};

export const ITU_REGION_NAMES: Record<
  "africa" | "americas" | "arab-states" | "asia-pacific" | "cis" | "europe",
  Localized
> = {
  africa: { ar: "أفريقيا", en: "Africa", es: "África", fr: "Afrique", ru: "Африка", zh: "非洲" },
  americas: {
    ar: "الأمريكتان",
    en: "Americas",
    es: "Américas",
    fr: "Amériques",
    ru: "Северная и Южная Америка",
    zh: "美洲",
  },
  "arab-states": {
    ar: "الدول العربية",
    en: "Arab States",
    es: "Estados Árabes",
    fr: "États arabes",
    ru: "Арабские государства",
    zh: "阿拉伯国家",
  },
  "asia-pacific": {
    ar: "آسيا والمحيط الهادئ",
    en: "Asia and the Pacific",
    es: "Asia-Pacífico",
    fr: "Asie-Pacifique",
    ru: "Азиатско-Тихоокеанский регион",
    zh: "亚太",
  },
  cis: {
    ar: "كومنولث الدول المستقلة",
    en: "Commonwealth of Independent States (CIS)",
    es: "Comunidad de Estados Independientes (CEI)",
    fr: "Communauté des États indépendants (CEI)",
    ru: "Содружество Независимых Государств (СНГ)",
    zh: "独立国家联合体（独联体）",
  },
  europe: { ar: "أوروبا", en: "Europe", es: "Europa", fr: "Europe", ru: "Европа", zh: "欧洲" },
};
