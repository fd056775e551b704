import type { Localized } from "../../platform/i18n/locale.ts";

// The organizations that facilitate the WSIS Action Lines (see action-lines.ts), as ITU lists them.
//
// - acronym: the short form the UN uses in each language (e.g. ITU / UIT / МСЭ / 国际电联 / الاتحاد). Arabic UN
//   texts rarely use letter acronyms: they use a short name instead (اليونسكو, الفاو, البرنامج الإنمائي), or the
//   full name where no short one is in use. Non-UN bodies keep their own acronym (APC, ECPAT).
// - name: the organization's official name in each language.
// - kind: where the body sits. UNDP, UNEP and UN-Habitat are UN funds and programmes; UNCTAD and ITC, which the
//   UN system chart files as "other entities", are counted with them here. UN-RC groups the five regional
//   commissions (ECA, ECE, ECLAC, ESCAP, ESCWA), subsidiary bodies of ECOSOC, so it is a "un-organ" like ECOSOC.
//   WTO is a related organization; APC and ECPAT International are non-governmental.
// - Sorted by code (code-point order, so "UN-…" codes come before "UNCTAD").

export type AgencyKind =
  | "un-specialized-agency"
  | "un-fund-programme"
  | "un-secretariat"
  | "un-organ"
  | "un-related"
  | "non-un";

export interface AgencySeed {
  /** Stable code used by action-lines.ts, e.g. "UN-DESA". */
  code: string;
  /** The acronym (or short name) the UN uses in each language; the English one where the UN has none of its own. */
  acronym: Localized;
  name: Localized;
  kind: AgencyKind;
  website: string;
}

export const AGENCIES: readonly AgencySeed[] = [
  {
    code: "APC",
    acronym: { ar: "APC", en: "APC", es: "APC", fr: "APC", ru: "APC", zh: "APC" },
    name: {
      ar: "رابطة الاتصالات التقدمية",
      en: "Association for Progressive Communications",
      es: "Asociación para el Progreso de las Comunicaciones",
      fr: "Association pour le progrès des communications",
      ru: "Ассоциация за прогрессивные коммуникации",
      zh: "进步通信协会",
    },
    kind: "non-un",
    website: "https://www.apc.org",
  },
  {
    code: "ECOSOC",
    acronym: {
      ar: "المجلس الاقتصادي والاجتماعي",
      en: "ECOSOC",
      es: "ECOSOC",
      fr: "ECOSOC",
      ru: "ЭКОСОС",
      zh: "经社理事会",
    },
    name: {
      ar: "المجلس الاقتصادي والاجتماعي",
      en: "Economic and Social Council",
      es: "Consejo Económico y Social",
      fr: "Conseil économique et social",
      ru: "Экономический и Социальный Совет",
      zh: "经济及社会理事会",
    },
    kind: "un-organ",
    website: "https://ecosoc.un.org",
  },
  {
    code: "ECPAT",
    acronym: { ar: "إكبات", en: "ECPAT", es: "ECPAT", fr: "ECPAT", ru: "ЭКПАТ", zh: "ECPAT" },
    name: {
      ar: "منظمة إكبات الدولية",
      en: "ECPAT International",
      es: "ECPAT Internacional",
      fr: "ECPAT International",
      ru: "ЭКПАТ Интернэшнл",
      zh: "国际终止童妓组织",
    },
    kind: "non-un",
    website: "https://ecpat.org",
  },
  {
    code: "FAO",
    acronym: { ar: "الفاو", en: "FAO", es: "FAO", fr: "FAO", ru: "ФАО", zh: "粮农组织" },
    name: {
      ar: "منظمة الأغذية والزراعة للأمم المتحدة",
      en: "Food and Agriculture Organization of the United Nations",
      es: "Organización de las Naciones Unidas para la Alimentación y la Agricultura",
      fr: "Organisation des Nations Unies pour l'alimentation et l'agriculture",
      ru: "Продовольственная и сельскохозяйственная организация Объединенных Наций",
      zh: "联合国粮食及农业组织",
    },
    kind: "un-specialized-agency",
    website: "https://www.fao.org",
  },
  {
    code: "ICAO",
    acronym: { ar: "الإيكاو", en: "ICAO", es: "OACI", fr: "OACI", ru: "ИКАО", zh: "国际民航组织" },
    name: {
      ar: "منظمة الطيران المدني الدولي",
      en: "International Civil Aviation Organization",
      es: "Organización de Aviación Civil Internacional",
      fr: "Organisation de l'aviation civile internationale",
      ru: "Международная организация гражданской авиации",
      zh: "国际民用航空组织",
    },
    kind: "un-specialized-agency",
    website: "https://www.icao.int",
  },
  {
    code: "ILO",
    acronym: { ar: "منظمة العمل الدولية", en: "ILO", es: "OIT", fr: "OIT", ru: "МОТ", zh: "劳工组织" },
    name: {
      ar: "منظمة العمل الدولية",
      en: "International Labour Organization",
      es: "Organización Internacional del Trabajo",
      fr: "Organisation internationale du Travail",
      ru: "Международная организация труда",
      zh: "国际劳工组织",
    },
    kind: "un-specialized-agency",
    website: "https://www.ilo.org",
  },
  {
    code: "ITC",
    acronym: { ar: "مركز التجارة الدولية", en: "ITC", es: "CCI", fr: "CCI", ru: "ЦМТ", zh: "国贸中心" },
    name: {
      ar: "مركز التجارة الدولية",
      en: "International Trade Centre",
      es: "Centro de Comercio Internacional",
      fr: "Centre du commerce international",
      ru: "Центр по международной торговле",
      zh: "国际贸易中心",
    },
    kind: "un-fund-programme",
    website: "https://intracen.org",
  },
  {
    code: "ITU",
    acronym: { ar: "الاتحاد", en: "ITU", es: "UIT", fr: "UIT", ru: "МСЭ", zh: "国际电联" },
    name: {
      ar: "الاتحاد الدولي للاتصالات",
      en: "International Telecommunication Union",
      es: "Unión Internacional de Telecomunicaciones",
      fr: "Union internationale des télécommunications",
      ru: "Международный союз электросвязи",
      zh: "国际电信联盟",
    },
    kind: "un-specialized-agency",
    website: "https://www.itu.int",
  },
  {
    code: "UN-DESA",
    acronym: {
      ar: "إدارة الشؤون الاقتصادية والاجتماعية",
      en: "UN DESA",
      es: "DAES",
      fr: "DAES",
      ru: "ДЭСВ",
      zh: "经社部",
    },
    name: {
      ar: "إدارة الشؤون الاقتصادية والاجتماعية بالأمم المتحدة",
      en: "United Nations Department of Economic and Social Affairs",
      es: "Departamento de Asuntos Económicos y Sociales de las Naciones Unidas",
      fr: "Département des affaires économiques et sociales de l'Organisation des Nations Unies",
      ru: "Департамент по экономическим и социальным вопросам Организации Объединенных Наций",
      zh: "联合国经济和社会事务部",
    },
    kind: "un-secretariat",
    website: "https://www.un.org/en/desa",
  },
  {
    code: "UN-HABITAT",
    acronym: {
      ar: "موئل الأمم المتحدة",
      en: "UN-Habitat",
      es: "ONU-Hábitat",
      fr: "ONU-Habitat",
      ru: "ООН-Хабитат",
      zh: "人居署",
    },
    name: {
      ar: "برنامج الأمم المتحدة للمستوطنات البشرية",
      en: "United Nations Human Settlements Programme",
      es: "Programa de las Naciones Unidas para los Asentamientos Humanos",
      fr: "Programme des Nations Unies pour les établissements humains",
      ru: "Программа Организации Объединенных Наций по населенным пунктам",
      zh: "联合国人类住区规划署",
    },
    kind: "un-fund-programme",
    website: "https://unhabitat.org",
  },
  {
    code: "UN-RC",
    acronym: {
      ar: "اللجان الإقليمية",
      en: "Regional Commissions",
      es: "Comisiones regionales",
      fr: "Commissions régionales",
      ru: "Региональные комиссии",
      zh: "区域委员会",
    },
    name: {
      ar: "اللجان الإقليمية التابعة للأمم المتحدة",
      en: "United Nations Regional Commissions",
      es: "Comisiones regionales de las Naciones Unidas",
      fr: "Commissions régionales de l'Organisation des Nations Unies",
      ru: "Региональные комиссии Организации Объединенных Наций",
      zh: "联合国区域委员会",
    },
    kind: "un-organ",
    website: "https://www.regionalcommissions.org",
  },
  {
    code: "UNCTAD",
    acronym: { ar: "الأونكتاد", en: "UNCTAD", es: "UNCTAD", fr: "CNUCED", ru: "ЮНКТАД", zh: "贸发会议" },
    name: {
      ar: "مؤتمر الأمم المتحدة للتجارة والتنمية",
      en: "United Nations Conference on Trade and Development",
      es: "Conferencia de las Naciones Unidas sobre Comercio y Desarrollo",
      fr: "Conférence des Nations Unies sur le commerce et le développement",
      ru: "Конференция Организации Объединенных Наций по торговле и развитию",
      zh: "联合国贸易和发展会议",
    },
    kind: "un-fund-programme",
    website: "https://unctad.org",
  },
  {
    code: "UNDP",
    acronym: { ar: "البرنامج الإنمائي", en: "UNDP", es: "PNUD", fr: "PNUD", ru: "ПРООН", zh: "开发署" },
    name: {
      ar: "برنامج الأمم المتحدة الإنمائي",
      en: "United Nations Development Programme",
      es: "Programa de las Naciones Unidas para el Desarrollo",
      fr: "Programme des Nations Unies pour le développement",
      ru: "Программа развития Организации Объединенных Наций",
      zh: "联合国开发计划署",
    },
    kind: "un-fund-programme",
    website: "https://www.undp.org",
  },
  {
    code: "UNEP",
    acronym: { ar: "برنامج البيئة", en: "UNEP", es: "PNUMA", fr: "PNUE", ru: "ЮНЕП", zh: "环境署" },
    name: {
      ar: "برنامج الأمم المتحدة للبيئة",
      en: "United Nations Environment Programme",
      es: "Programa de las Naciones Unidas para el Medio Ambiente",
      fr: "Programme des Nations Unies pour l'environnement",
      ru: "Программа Организации Объединенных Наций по окружающей среде",
      zh: "联合国环境规划署",
    },
    kind: "un-fund-programme",
    website: "https://www.unep.org",
  },
  {
    code: "UNESCO",
    acronym: { ar: "اليونسكو", en: "UNESCO", es: "UNESCO", fr: "UNESCO", ru: "ЮНЕСКО", zh: "教科文组织" },
    name: {
      ar: "منظمة الأمم المتحدة للتربية والعلم والثقافة",
      en: "United Nations Educational, Scientific and Cultural Organization",
      es: "Organización de las Naciones Unidas para la Educación, la Ciencia y la Cultura",
      fr: "Organisation des Nations Unies pour l'éducation, la science et la culture",
      ru: "Организация Объединенных Наций по вопросам образования, науки и культуры",
      zh: "联合国教育、科学及文化组织",
    },
    kind: "un-specialized-agency",
    website: "https://www.unesco.org",
  },
  {
    code: "UNIDO",
    acronym: { ar: "اليونيدو", en: "UNIDO", es: "ONUDI", fr: "ONUDI", ru: "ЮНИДО", zh: "工发组织" },
    name: {
      ar: "منظمة الأمم المتحدة للتنمية الصناعية",
      en: "United Nations Industrial Development Organization",
      es: "Organización de las Naciones Unidas para el Desarrollo Industrial",
      fr: "Organisation des Nations Unies pour le développement industriel",
      ru: "Организация Объединенных Наций по промышленному развитию",
      zh: "联合国工业发展组织",
    },
    kind: "un-specialized-agency",
    website: "https://www.unido.org",
  },
  {
    code: "UPU",
    acronym: { ar: "الاتحاد البريدي العالمي", en: "UPU", es: "UPU", fr: "UPU", ru: "ВПС", zh: "万国邮联" },
    name: {
      ar: "الاتحاد البريدي العالمي",
      en: "Universal Postal Union",
      es: "Unión Postal Universal",
      fr: "Union postale universelle",
      ru: "Всемирный почтовый союз",
      zh: "万国邮政联盟",
    },
    kind: "un-specialized-agency",
    website: "https://www.upu.int",
  },
  {
    code: "WHO",
    acronym: { ar: "منظمة الصحة العالمية", en: "WHO", es: "OMS", fr: "OMS", ru: "ВОЗ", zh: "世卫组织" },
    name: {
      ar: "منظمة الصحة العالمية",
      en: "World Health Organization",
      es: "Organización Mundial de la Salud",
      fr: "Organisation mondiale de la Santé",
      ru: "Всемирная организация здравоохранения",
      zh: "世界卫生组织",
    },
    kind: "un-specialized-agency",
    website: "https://www.who.int",
  },
  {
    code: "WMO",
    acronym: { ar: "المنظمة العالمية للأرصاد الجوية", en: "WMO", es: "OMM", fr: "OMM", ru: "ВМО", zh: "气象组织" },
    name: {
      ar: "المنظمة العالمية للأرصاد الجوية",
      en: "World Meteorological Organization",
      es: "Organización Meteorológica Mundial",
      fr: "Organisation météorologique mondiale",
      ru: "Всемирная метеорологическая организация",
      zh: "世界气象组织",
    },
    kind: "un-specialized-agency",
    website: "https://wmo.int",
  },
  {
    code: "WTO",
    acronym: { ar: "منظمة التجارة العالمية", en: "WTO", es: "OMC", fr: "OMC", ru: "ВТО", zh: "世贸组织" },
    name: {
      ar: "منظمة التجارة العالمية",
      en: "World Trade Organization",
      es: "Organización Mundial del Comercio",
      fr: "Organisation mondiale du commerce",
      ru: "Всемирная торговая организация",
      zh: "世界贸易组织",
    },
    kind: "un-related",
    website: "https://www.wto.org",
  },
];
