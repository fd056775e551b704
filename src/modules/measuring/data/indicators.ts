import type { Localized } from "../../../platform/i18n/locale.ts";

export type IndicatorUnit = "percent" | "count" | "per100";
export type BreakdownDimension = "sex" | "age" | "area";

/**
 * The indicators the dashboard tracks: ITU's core ICT indicators that are also SDG indicators, and the connection
 * counts the WSIS targets name. `sdmxSeries` are the UN SDG Global Database series that feed an indicator when its
 * SDMX-CSV export is imported.
 */
export interface IndicatorSeed {
  code: string;
  unit: IndicatorUnit;
  breakdowns: readonly BreakdownDimension[];
  wsisTargets: readonly number[];
  actionLines: readonly string[];
  sdgTargets: readonly string[];
  sdmxSeries: readonly string[];
  name: Localized;
  definition: Localized;
}

export const INDICATORS: readonly IndicatorSeed[] = [
  {
    code: "internet-use",
    unit: "percent",
    breakdowns: ["sex", "age", "area"],
    wsisTargets: [10],
    actionLines: ["C2"],
    sdgTargets: ["17.8"],
    sdmxSeries: ["IT_USE_ii99"],
    name: {
      en: "Individuals using the Internet",
      fr: "Personnes utilisant l'Internet",
      es: "Personas que utilizan Internet",
      ru: "Лица, пользующиеся Интернетом",
      zh: "使用互联网的个人",
      ar: "الأفراد الذين يستعملون الإنترنت",
    },
    definition: {
      en: "Share of the population who used the Internet from any location in the last three months (SDG indicator 17.8.1).",
      fr: "Part de la population ayant utilisé l'Internet, depuis n'importe quel lieu, au cours des trois derniers mois (indicateur ODD 17.8.1).",
      es: "Proporción de la población que utilizó Internet desde cualquier lugar en los últimos tres meses (indicador ODS 17.8.1).",
      ru: "Доля населения, пользовавшегося Интернетом в любом месте в течение последних трех месяцев (показатель ЦУР 17.8.1).",
      zh: "过去三个月内在任何地点使用过互联网的人口比例（可持续发展目标指标17.8.1）。",
      ar: "نسبة السكان الذين استعملوا الإنترنت من أي مكان خلال الأشهر الثلاثة الأخيرة (مؤشر هدف التنمية المستدامة 17.8.1).",
    },
  },
  {
    code: "internet-users",
    unit: "count",
    breakdowns: [],
    wsisTargets: [10],
    actionLines: ["C2"],
    sdgTargets: ["17.8"],
    sdmxSeries: [],
    name: {
      en: "People using the Internet",
      fr: "Nombre de personnes utilisant l'Internet",
      es: "Número de personas que utilizan Internet",
      ru: "Число людей, пользующихся Интернетом",
      zh: "使用互联网的人数",
      ar: "عدد الأشخاص الذين يستعملون الإنترنت",
    },
    definition: {
      en: "Number of people who used the Internet in the last three months, as estimated by ITU.",
      fr: "Nombre de personnes ayant utilisé l'Internet au cours des trois derniers mois, selon les estimations de l'UIT.",
      es: "Número de personas que utilizaron Internet en los últimos tres meses, según las estimaciones de la UIT.",
      ru: "Число людей, пользовавшихся Интернетом в течение последних трех месяцев, по оценке МСЭ.",
      zh: "国际电联估计的过去三个月内使用过互联网的人数。",
      ar: "عدد الأشخاص الذين استعملوا الإنترنت خلال الأشهر الثلاثة الأخيرة، وفق تقديرات الاتحاد الدولي للاتصالات.",
    },
  },
  {
    code: "people-offline",
    unit: "count",
    breakdowns: [],
    wsisTargets: [10],
    actionLines: ["C2"],
    sdgTargets: ["17.8"],
    sdmxSeries: [],
    name: {
      en: "People not using the Internet",
      fr: "Personnes n'utilisant pas l'Internet",
      es: "Personas que no utilizan Internet",
      ru: "Люди, не пользующиеся Интернетом",
      zh: "未使用互联网的人数",
      ar: "الأشخاص الذين لا يستعملون الإنترنت",
    },
    definition: {
      en: "Number of people who did not use the Internet in the last three months, as estimated by ITU.",
      fr: "Nombre de personnes n'ayant pas utilisé l'Internet au cours des trois derniers mois, selon les estimations de l'UIT.",
      es: "Número de personas que no utilizaron Internet en los últimos tres meses, según las estimaciones de la UIT.",
      ru: "Число людей, не пользовавшихся Интернетом в течение последних трех месяцев, по оценке МСЭ.",
      zh: "国际电联估计的过去三个月内未使用过互联网的人数。",
      ar: "عدد الأشخاص الذين لم يستعملوا الإنترنت خلال الأشهر الثلاثة الأخيرة، وفق تقديرات الاتحاد الدولي للاتصالات.",
    },
  },
  {
    code: "5g-coverage",
    unit: "percent",
    breakdowns: [],
    wsisTargets: [10],
    actionLines: ["C2"],
    sdgTargets: ["9.c"],
    sdmxSeries: [],
    name: {
      en: "Population covered by a 5G mobile network",
      fr: "Population couverte par un réseau mobile 5G",
      es: "Población cubierta por una red móvil 5G",
      ru: "Население, охваченное мобильной сетью 5G",
      zh: "5G移动网络覆盖的人口",
      ar: "السكان المشمولون بشبكة متنقلة من الجيل الخامس",
    },
    definition: {
      en: "Share of the population living within range of a 5G mobile-cellular signal, whether or not they subscribe (related to SDG indicator 9.c.1).",
      fr: "Part de la population vivant à portée d'un signal mobile cellulaire 5G, qu'elle soit abonnée ou non (en lien avec l'indicateur ODD 9.c.1).",
      es: "Proporción de la población que vive al alcance de una señal móvil celular 5G, esté o no abonada (relacionado con el indicador ODS 9.c.1).",
      ru: "Доля населения, проживающего в зоне действия сигнала мобильной сотовой сети 5G, независимо от наличия подписки (связан с показателем ЦУР 9.c.1).",
      zh: "生活在5G移动蜂窝信号覆盖范围内的人口比例，无论是否订购服务（与可持续发展目标指标9.c.1相关）。",
      ar: "نسبة السكان الذين يعيشون في نطاق إشارة خلوية متنقلة من الجيل الخامس، سواء كانوا مشتركين أم لا (مرتبط بمؤشر هدف التنمية المستدامة 9.c.1).",
    },
  },
  {
    code: "fixed-broadband",
    unit: "per100",
    breakdowns: [],
    wsisTargets: [10],
    actionLines: ["C2"],
    sdgTargets: ["17.6"],
    sdmxSeries: ["IT_NET_BBND"],
    name: {
      en: "Fixed broadband subscriptions",
      fr: "Abonnements au haut débit fixe",
      es: "Suscripciones a banda ancha fija",
      ru: "Абонентские подключения к фиксированной широкополосной связи",
      zh: "固定宽带订户",
      ar: "الاشتراكات في النطاق العريض الثابت",
    },
    definition: {
      en: "Fixed broadband subscriptions per 100 inhabitants, by speed (SDG indicator 17.6.1).",
      fr: "Abonnements au haut débit fixe pour 100 habitants, par débit (indicateur ODD 17.6.1).",
      es: "Suscripciones a banda ancha fija por cada 100 habitantes, por velocidad (indicador ODS 17.6.1).",
      ru: "Абонентские подключения к фиксированной широкополосной связи на 100 жителей, по скорости (показатель ЦУР 17.6.1).",
      zh: "每百名居民的固定宽带订户数，按速率分列（可持续发展目标指标17.6.1）。",
      ar: "الاشتراكات في النطاق العريض الثابت لكل 100 نسمة، حسب السرعة (مؤشر هدف التنمية المستدامة 17.6.1).",
    },
  },
  {
    code: "mobile-phone-ownership",
    unit: "percent",
    breakdowns: ["sex"],
    wsisTargets: [10],
    actionLines: ["C2"],
    sdgTargets: ["5.b"],
    sdmxSeries: ["IT_MOB_OWN"],
    name: {
      en: "Individuals who own a mobile phone",
      fr: "Personnes possédant un téléphone mobile",
      es: "Personas que poseen un teléfono móvil",
      ru: "Лица, владеющие мобильным телефоном",
      zh: "拥有移动电话的个人",
      ar: "الأفراد الذين يملكون هاتفاً متنقلاً",
    },
    definition: {
      en: "Share of individuals who own a mobile phone, by sex (SDG indicator 5.b.1).",
      fr: "Part des personnes possédant un téléphone mobile, par sexe (indicateur ODD 5.b.1).",
      es: "Proporción de personas que poseen un teléfono móvil, por sexo (indicador ODS 5.b.1).",
      ru: "Доля лиц, владеющих мобильным телефоном, в разбивке по полу (показатель ЦУР 5.b.1).",
      zh: "拥有移动电话的个人比例，按性别分列（可持续发展目标指标5.b.1）。",
      ar: "نسبة الأفراد الذين يملكون هاتفاً متنقلاً، حسب الجنس (مؤشر هدف التنمية المستدامة 5.b.1).",
    },
  },
  {
    code: "ict-skills",
    unit: "percent",
    breakdowns: ["sex"],
    wsisTargets: [7],
    actionLines: ["C4"],
    sdgTargets: ["4.4"],
    sdmxSeries: ["SE_ADT_ACTS"],
    name: {
      en: "Youth and adults with ICT skills",
      fr: "Jeunes et adultes ayant des compétences en TIC",
      es: "Jóvenes y adultos con competencias en TIC",
      ru: "Молодежь и взрослые, обладающие навыками в области ИКТ",
      zh: "具备信息通信技术技能的青年和成年人",
      ar: "الشباب والبالغون الذين لديهم مهارات في تكنولوجيا المعلومات والاتصالات",
    },
    definition: {
      en: "Share of youth and adults with information and communications technology skills, by type of skill (SDG indicator 4.4.1).",
      fr: "Part des jeunes et des adultes ayant des compétences en technologies de l'information et de la communication, par type de compétence (indicateur ODD 4.4.1).",
      es: "Proporción de jóvenes y adultos con competencias en tecnologías de la información y las comunicaciones, por tipo de competencia (indicador ODS 4.4.1).",
      ru: "Доля молодежи и взрослых, обладающих навыками в области информационно-коммуникационных технологий, по видам навыков (показатель ЦУР 4.4.1).",
      zh: "具备信息通信技术技能的青年和成年人比例，按技能类型分列（可持续发展目标指标4.4.1）。",
      ar: "نسبة الشباب والبالغين الذين لديهم مهارات في تكنولوجيا المعلومات والاتصالات، حسب نوع المهارة (مؤشر هدف التنمية المستدامة 4.4.1).",
    },
  },
  {
    code: "schools-connected",
    unit: "count",
    breakdowns: [],
    wsisTargets: [2],
    actionLines: ["C7.e-learning"],
    sdgTargets: ["4.a"],
    sdmxSeries: [],
    name: {
      en: "Schools connected to the Internet",
      fr: "Écoles connectées à l'Internet",
      es: "Escuelas conectadas a Internet",
      ru: "Школы, подключенные к Интернету",
      zh: "接入互联网的学校",
      ar: "المدارس الموصولة بالإنترنت",
    },
    definition: {
      en: "Number of schools that Giga (ITU and UNICEF) has mapped as connected to the Internet.",
      fr: "Nombre d'écoles que Giga (UIT et UNICEF) a recensées comme connectées à l'Internet.",
      es: "Número de escuelas que Giga (UIT y UNICEF) ha registrado como conectadas a Internet.",
      ru: "Число школ, которые Giga (МСЭ и ЮНИСЕФ) отметила на карте как подключенные к Интернету.",
      zh: "Giga（国际电联和联合国儿童基金会）绘制为已接入互联网的学校数量。",
      ar: "عدد المدارس التي رصدتها مبادرة Giga (الاتحاد الدولي للاتصالات واليونيسف) على أنها موصولة بالإنترنت.",
    },
  },
  {
    code: "health-centres-connected",
    unit: "count",
    breakdowns: [],
    wsisTargets: [5],
    actionLines: ["C7.e-health"],
    sdgTargets: [],
    sdmxSeries: [],
    name: {
      en: "Health centres and hospitals connected to the Internet",
      fr: "Centres de santé et hôpitaux connectés à l'Internet",
      es: "Centros de salud y hospitales conectados a Internet",
      ru: "Медицинские центры и больницы, подключенные к Интернету",
      zh: "接入互联网的卫生中心和医院",
      ar: "المراكز الصحية والمستشفيات الموصولة بالإنترنت",
    },
    definition: {
      en: "Number of health centres and hospitals connected to the Internet. The WSIS process names this achievement without a published figure.",
      fr: "Nombre de centres de santé et d'hôpitaux connectés à l'Internet. Le processus du SMSI cite ce résultat sans chiffre publié.",
      es: "Número de centros de salud y hospitales conectados a Internet. El proceso de la CMSI menciona este logro sin una cifra publicada.",
      ru: "Число медицинских центров и больниц, подключенных к Интернету. Процесс ВВУИО называет это достижение без опубликованной цифры.",
      zh: "接入互联网的卫生中心和医院数量。信息社会世界峰会进程提到了这一成就，但没有公布数字。",
      ar: "عدد المراكز الصحية والمستشفيات الموصولة بالإنترنت. تذكر عملية القمة العالمية لمجتمع المعلومات هذا الإنجاز دون رقم منشور.",
    },
  },
];
