import type { Localized } from "../../../platform/i18n/locale.ts";

/**
 * The ten WSIS targets of the Geneva Plan of Action (2003), paragraph 6, to be achieved by 2015 and since
 * reviewed: a short title and the target's words, in the six UN languages.
 */
export interface WsisTargetSeed {
  number: number;
  title: Localized;
  text: Localized;
}

export const WSIS_TARGETS: readonly WsisTargetSeed[] = [
  {
    number: 1,
    title: {
      en: "Villages",
      fr: "Villages",
      es: "Aldeas",
      ru: "Деревни",
      zh: "村庄",
      ar: "القرى",
    },
    text: {
      en: "To connect villages with ICTs and establish community access points.",
      fr: "Connecter les villages aux TIC et créer des points d'accès communautaires.",
      es: "Conectar aldeas con las TIC y crear puntos de acceso comunitario.",
      ru: "Подключить деревни к ИКТ и создать пункты коллективного доступа.",
      zh: "用信息通信技术连通村庄并建立社区接入点。",
      ar: "توصيل القرى بتكنولوجيا المعلومات والاتصالات وإنشاء نقاط نفاذ مجتمعية.",
    },
  },
  {
    number: 2,
    title: {
      en: "Schools and universities",
      fr: "Écoles et universités",
      es: "Escuelas y universidades",
      ru: "Школы и университеты",
      zh: "学校和大学",
      ar: "المدارس والجامعات",
    },
    text: {
      en: "To connect universities, colleges, secondary schools and primary schools with ICTs.",
      fr: "Connecter aux TIC les universités, les établissements d'enseignement supérieur, les écoles secondaires et les écoles primaires.",
      es: "Conectar con las TIC universidades, escuelas universitarias, escuelas secundarias y escuelas primarias.",
      ru: "Подключить к ИКТ университеты, колледжи, средние и начальные школы.",
      zh: "用信息通信技术连通大学、学院、中学和小学。",
      ar: "توصيل الجامعات والكليات والمدارس الثانوية والابتدائية بتكنولوجيا المعلومات والاتصالات.",
    },
  },
  {
    number: 3,
    title: {
      en: "Research centres",
      fr: "Centres de recherche",
      es: "Centros de investigación",
      ru: "Научные центры",
      zh: "研究中心",
      ar: "مراكز البحث",
    },
    text: {
      en: "To connect scientific and research centres with ICTs.",
      fr: "Connecter aux TIC les centres scientifiques et de recherche.",
      es: "Conectar con las TIC centros científicos y de investigación.",
      ru: "Подключить к ИКТ научные и исследовательские центры.",
      zh: "用信息通信技术连通科学和研究中心。",
      ar: "توصيل المراكز العلمية ومراكز البحث بتكنولوجيا المعلومات والاتصالات.",
    },
  },
  {
    number: 4,
    title: {
      en: "Libraries, museums, post offices and archives",
      fr: "Bibliothèques, musées, bureaux de poste et archives",
      es: "Bibliotecas, museos, oficinas de correos y archivos",
      ru: "Библиотеки, музеи, почтовые отделения и архивы",
      zh: "图书馆、博物馆、邮局和档案馆",
      ar: "المكتبات والمتاحف ومكاتب البريد ودور المحفوظات",
    },
    text: {
      en: "To connect public libraries, cultural centres, museums, post offices and archives with ICTs.",
      fr: "Connecter aux TIC les bibliothèques publiques, les centres culturels, les musées, les bureaux de poste et les archives.",
      es: "Conectar con las TIC bibliotecas públicas, centros culturales, museos, oficinas de correos y archivos.",
      ru: "Подключить к ИКТ публичные библиотеки, культурные центры, музеи, почтовые отделения и архивы.",
      zh: "用信息通信技术连通公共图书馆、文化中心、博物馆、邮局和档案馆。",
      ar: "توصيل المكتبات العامة والمراكز الثقافية والمتاحف ومكاتب البريد ودور المحفوظات بتكنولوجيا المعلومات والاتصالات.",
    },
  },
  {
    number: 5,
    title: {
      en: "Health centres and hospitals",
      fr: "Centres de santé et hôpitaux",
      es: "Centros de salud y hospitales",
      ru: "Медицинские центры и больницы",
      zh: "卫生中心和医院",
      ar: "المراكز الصحية والمستشفيات",
    },
    text: {
      en: "To connect health centres and hospitals with ICTs.",
      fr: "Connecter aux TIC les centres de santé et les hôpitaux.",
      es: "Conectar con las TIC centros de salud y hospitales.",
      ru: "Подключить к ИКТ медицинские центры и больницы.",
      zh: "用信息通信技术连通卫生中心和医院。",
      ar: "توصيل المراكز الصحية والمستشفيات بتكنولوجيا المعلومات والاتصالات.",
    },
  },
  {
    number: 6,
    title: {
      en: "Government departments",
      fr: "Administrations publiques",
      es: "Departamentos gubernamentales",
      ru: "Государственные ведомства",
      zh: "政府部门",
      ar: "الإدارات الحكومية",
    },
    text: {
      en: "To connect all local and central government departments and establish websites and email addresses.",
      fr: "Connecter toutes les administrations publiques locales et centrales et les doter de sites web et d'adresses électroniques.",
      es: "Conectar todos los departamentos gubernamentales locales y centrales y establecer sitios web y direcciones de correo electrónico.",
      ru: "Подключить все местные и центральные государственные ведомства и создать для них веб-сайты и адреса электронной почты.",
      zh: "连通所有地方和中央政府部门，并建立网站和电子邮件地址。",
      ar: "توصيل جميع الإدارات الحكومية المحلية والمركزية وإنشاء مواقع وعناوين بريد إلكتروني لها.",
    },
  },
  {
    number: 7,
    title: {
      en: "School curricula",
      fr: "Programmes scolaires",
      es: "Planes de estudio",
      ru: "Школьные программы",
      zh: "学校课程",
      ar: "المناهج الدراسية",
    },
    text: {
      en: "To adapt all primary and secondary school curricula to meet the challenges of the Information Society, taking into account national circumstances.",
      fr: "Adapter tous les programmes des écoles primaires et secondaires afin de relever les défis de la société de l'information, compte tenu de la situation nationale.",
      es: "Adaptar todos los planes de estudio de la enseñanza primaria y secundaria al cumplimiento de los objetivos de la Sociedad de la Información, teniendo en cuenta las circunstancias de cada país.",
      ru: "Адаптировать все программы начальной и средней школы к задачам информационного общества с учетом национальных условий.",
      zh: "考虑到各国国情，调整所有中小学课程，以应对信息社会的挑战。",
      ar: "تكييف جميع مناهج المدارس الابتدائية والثانوية لمواجهة تحديات مجتمع المعلومات، مع مراعاة الظروف الوطنية.",
    },
  },
  {
    number: 8,
    title: {
      en: "Television and radio",
      fr: "Télévision et radio",
      es: "Televisión y radio",
      ru: "Телевидение и радио",
      zh: "电视和广播",
      ar: "التلفزيون والإذاعة",
    },
    text: {
      en: "To ensure that all of the world's population have access to television and radio services.",
      fr: "Faire en sorte que toute la population mondiale ait accès aux services de télévision et de radio.",
      es: "Asegurar que toda la población mundial tenga acceso a servicios de televisión y radio.",
      ru: "Обеспечить доступ всего населения мира к услугам телевидения и радио.",
      zh: "确保全世界人口都能获得电视和广播服务。",
      ar: "ضمان نفاذ جميع سكان العالم إلى خدمات التلفزيون والإذاعة.",
    },
  },
  {
    number: 9,
    title: {
      en: "Languages on the Internet",
      fr: "Langues sur l'Internet",
      es: "Idiomas en Internet",
      ru: "Языки в Интернете",
      zh: "互联网上的语言",
      ar: "اللغات على الإنترنت",
    },
    text: {
      en: "To encourage the development of content and to put in place technical conditions in order to facilitate the presence and use of all world languages on the Internet.",
      fr: "Encourager l'élaboration de contenus et mettre en place les conditions techniques propres à faciliter la présence et l'utilisation de toutes les langues du monde sur l'Internet.",
      es: "Fomentar el desarrollo de contenidos e implantar las condiciones técnicas necesarias para facilitar la presencia y la utilización de todos los idiomas del mundo en Internet.",
      ru: "Поощрять создание контента и обеспечить технические условия для присутствия и использования всех языков мира в Интернете.",
      zh: "鼓励内容开发并创造技术条件，以便利世界所有语言在互联网上的存在和使用。",
      ar: "تشجيع تطوير المحتوى وتهيئة الظروف التقنية لتيسير وجود جميع لغات العالم واستعمالها على الإنترنت.",
    },
  },
  {
    number: 10,
    title: {
      en: "Half of humanity within reach of ICTs",
      fr: "La moitié de l'humanité à portée des TIC",
      es: "La mitad de la humanidad al alcance de las TIC",
      ru: "Половина человечества в пределах доступа к ИКТ",
      zh: "一半人口可就近使用信息通信技术",
      ar: "نصف سكان العالم في متناول تكنولوجيا المعلومات والاتصالات",
    },
    text: {
      en: "To ensure that more than half the world's inhabitants have access to ICTs within their reach.",
      fr: "Faire en sorte que plus de la moitié des habitants de la planète aient à leur portée un accès aux TIC.",
      es: "Asegurar que más de la mitad de los habitantes del mundo tengan acceso a las TIC a su alcance.",
      ru: "Обеспечить, чтобы более половины жителей мира имели доступ к ИКТ в пределах досягаемости.",
      zh: "确保世界一半以上的居民能够就近使用信息通信技术。",
      ar: "ضمان أن يتاح لأكثر من نصف سكان العالم نفاذ إلى تكنولوجيا المعلومات والاتصالات في متناولهم.",
    },
  },
];
