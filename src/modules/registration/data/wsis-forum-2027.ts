// The demo's next edition as registration sets it up: its deadline and capacity, and its participant categories.
// The edition itself (dates, venue) is the forum's data, loaded by the forum's demo; this names it by slug only.
// Illustrative (marked "demo"), not announced facts.

export const WSIS_FORUM_2027_SLUG = "wsis-forum-2027";

export const WSIS_FORUM_2027_SETTINGS = {
  // 23:59 in Geneva (summer time) on 7 June 2027: four weeks before the opening, for visas and badges.
  accreditationClosesAt: "2027-06-07T21:59:00.000Z",
  onsiteCapacity: 3000,
};

/**
 * The demo edition's participant categories: badge colours, and which a focal point accredits alone — only a focal
 * point of a verified organisation of an admitted stakeholder type (a government for a government delegation).
 */
export const WSIS_FORUM_2027_CATEGORIES: {
  code: string;
  name: Record<"ar" | "en" | "es" | "fr" | "ru" | "zh", string>;
  colour: string;
  autoAccredited: boolean;
  /** Stakeholder type codes (reference data) whose verified organisations' focal points accredit automatically. */
  admittedStakeholderTypes: string[];
}[] = [
  {
    code: "government",
    name: {
      ar: "وفد حكومي",
      en: "Government delegation",
      es: "Delegación gubernamental",
      fr: "Délégation gouvernementale",
      ru: "Правительственная делегация",
      zh: "政府代表团",
    },
    colour: "#1f4e96",
    autoAccredited: true,
    admittedStakeholderTypes: ["government"],
  },
  {
    code: "international",
    name: {
      ar: "الأمم المتحدة والمنظمات الدولية",
      en: "UN and international organizations",
      es: "Naciones Unidas y organizaciones internacionales",
      fr: "Nations Unies et organisations internationales",
      ru: "ООН и международные организации",
      zh: "联合国和国际组织",
    },
    colour: "#0077b6",
    autoAccredited: true,
    admittedStakeholderTypes: ["international-organization"],
  },
  {
    code: "private-sector",
    name: {
      ar: "القطاع الخاص",
      en: "Private sector",
      es: "Sector privado",
      fr: "Secteur privé",
      ru: "Частный сектор",
      zh: "私营部门",
    },
    colour: "#6a3d9a",
    autoAccredited: false,
    admittedStakeholderTypes: [],
  },
  {
    code: "civil-society",
    name: {
      ar: "المجتمع المدني",
      en: "Civil society",
      es: "Sociedad civil",
      fr: "Société civile",
      ru: "Гражданское общество",
      zh: "民间社会",
    },
    colour: "#2e7d32",
    autoAccredited: false,
    admittedStakeholderTypes: [],
  },
  {
    code: "academia",
    name: {
      ar: "الأوساط الأكاديمية",
      en: "Academia",
      es: "Sector académico",
      fr: "Milieux universitaires",
      ru: "Академические круги",
      zh: "学术界",
    },
    colour: "#b35900",
    autoAccredited: false,
    admittedStakeholderTypes: [],
  },
  {
    code: "technical-community",
    name: {
      ar: "الأوساط التقنية",
      en: "Technical community",
      es: "Comunidad técnica",
      fr: "Communauté technique",
      ru: "Техническое сообщество",
      zh: "技术界",
    },
    colour: "#5d4037",
    autoAccredited: false,
    admittedStakeholderTypes: [],
  },
  {
    code: "media",
    name: {
      ar: "وسائل الإعلام",
      en: "Media",
      es: "Medios de comunicación",
      fr: "Médias",
      ru: "Средства массовой информации",
      zh: "媒体",
    },
    colour: "#c62828",
    autoAccredited: false,
    admittedStakeholderTypes: [],
  },
];
