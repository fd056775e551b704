import type { Localized } from "../../platform/i18n/locale.ts";

// The stakeholder groups of the WSIS multi-stakeholder process (Tunis Agenda, paragraphs 35-36), used to
// classify participants, organizations and stocktaking entries. Ordered as the WSIS process usually lists them.

export interface StakeholderTypeSeed {
  code:
    | "government"
    | "private-sector"
    | "civil-society"
    | "academia"
    | "technical-community"
    | "international-organization";
  /** Display order, 1..6. */
  position: number;
  name: Localized;
  /** One sentence. */
  description: Localized;
}

export const STAKEHOLDER_TYPES: readonly StakeholderTypeSeed[] = [
  {
    code: "government",
    position: 1,
    name: {
      ar: "الحكومة",
      en: "Government",
      es: "Gobierno",
      fr: "Gouvernement",
      ru: "Правительство",
      zh: "政府",
    },
    description: {
      ar: "السلطات العامة الوطنية والإقليمية والمحلية التي تضع السياسات واللوائح التنظيمية والاستراتيجيات الإلكترونية لمجتمع المعلومات.",
      en: "National, regional and local public authorities that set the policies, regulation and e-strategies of the Information Society.",
      es: "Autoridades públicas nacionales, regionales y locales que establecen las políticas, la reglamentación y las ciberestrategias de la sociedad de la información.",
      fr: "Autorités publiques nationales, régionales et locales qui définissent les politiques, la réglementation et les cyberstratégies de la société de l'information.",
      ru: "Национальные, региональные и местные органы государственной власти, определяющие политику, регулирование и электронные стратегии в области информационного общества.",
      zh: "为信息社会制定政策、监管规则和电子战略的国家、区域和地方公共当局。",
    },
  },
  {
    code: "private-sector",
    position: 2,
    name: {
      ar: "القطاع الخاص",
      en: "Private sector",
      es: "Sector privado",
      fr: "Secteur privé",
      ru: "Частный сектор",
      zh: "私营部门",
    },
    description: {
      ar: "الشركات والرابطات الصناعية التي تستثمر في شبكات تكنولوجيا المعلومات والاتصالات وخدماتها وتطبيقاتها وتتولى إنشاءها وتشغيلها.",
      en: "Businesses and industry associations that invest in, build and operate ICT networks, services and applications.",
      es: "Empresas y asociaciones del sector que invierten en redes, servicios y aplicaciones de TIC, y los construyen y gestionan.",
      fr: "Entreprises et associations professionnelles qui investissent dans les réseaux, services et applications TIC, les construisent et les exploitent.",
      ru: "Предприятия и отраслевые ассоциации, которые инвестируют в сети, услуги и приложения ИКТ, создают их и обеспечивают их работу.",
      zh: "投资、建设和运营信息通信技术网络、服务和应用的企业及行业协会。",
    },
  },
  {
    code: "civil-society",
    position: 3,
    name: {
      ar: "المجتمع المدني",
      en: "Civil society",
      es: "Sociedad civil",
      fr: "Société civile",
      ru: "Гражданское общество",
      zh: "民间社会",
    },
    description: {
      ar: "المنظمات غير الحكومية والمجموعات المجتمعية وسائر الهيئات غير الربحية التي تمثل المصلحة العامة وتخدمها.",
      en: "Non-governmental organizations, community groups and other non-profit bodies that represent and serve the public interest.",
      es: "Organizaciones no gubernamentales, grupos comunitarios y otras entidades sin fines de lucro que representan y sirven al interés público.",
      fr: "Organisations non gouvernementales, groupes communautaires et autres organismes à but non lucratif qui représentent et servent l'intérêt général.",
      ru: "Неправительственные организации, общественные объединения и другие некоммерческие организации, которые представляют общественные интересы и служат им.",
      zh: "代表和服务公共利益的非政府组织、社区团体及其他非营利机构。",
    },
  },
  {
    code: "academia",
    position: 4,
    name: {
      ar: "الأوساط الأكاديمية",
      en: "Academia",
      es: "Mundo académico",
      fr: "Milieux universitaires",
      ru: "Академические круги",
      zh: "学术界",
    },
    description: {
      ar: "الجامعات ومعاهد البحث وسائر المؤسسات التعليمية التي تنهض بالبحث والمعرفة والمهارات.",
      en: "Universities, research institutes and other educational institutions that advance research, knowledge and skills.",
      es: "Universidades, institutos de investigación y otras instituciones educativas que impulsan la investigación, el conocimiento y las competencias.",
      fr: "Universités, instituts de recherche et autres établissements d'enseignement qui font progresser la recherche, les connaissances et les compétences.",
      ru: "Университеты, научно-исследовательские институты и другие учебные заведения, развивающие научные исследования, знания и навыки.",
      zh: "推动研究、知识和技能发展的大学、研究机构及其他教育机构。",
    },
  },
  {
    code: "technical-community",
    position: 5,
    name: {
      ar: "الأوساط التقنية",
      en: "Technical community",
      es: "Comunidad técnica",
      fr: "Communauté technique",
      ru: "Техническое сообщество",
      zh: "技术界",
    },
    description: {
      ar: "المنظمات والخبراء الذين يطورون البنية التحتية التقنية والبروتوكولات والمعايير الخاصة بالإنترنت وتكنولوجيا المعلومات والاتصالات ويشغّلونها وينسّقونها.",
      en: "Organizations and experts that develop, operate and coordinate the technical infrastructure, protocols and standards of the Internet and ICTs.",
      es: "Organizaciones y expertos que desarrollan, gestionan y coordinan la infraestructura técnica, los protocolos y las normas de Internet y de las TIC.",
      fr: "Organisations et experts qui développent, exploitent et coordonnent l'infrastructure technique, les protocoles et les normes de l'Internet et des TIC.",
      ru: "Организации и эксперты, которые разрабатывают, эксплуатируют и координируют техническую инфраструктуру, протоколы и стандарты интернета и ИКТ.",
      zh: "开发、运营和协调互联网及信息通信技术的技术基础设施、协议和标准的组织和专家。",
    },
  },
  {
    code: "international-organization",
    position: 6,
    name: {
      ar: "منظمة دولية",
      en: "International organization",
      es: "Organización internacional",
      fr: "Organisation internationale",
      ru: "Международная организация",
      zh: "国际组织",
    },
    description: {
      ar: "المنظمات الحكومية الدولية، بما فيها كيانات منظومة الأمم المتحدة، التي تنسق التعاون بين البلدان.",
      en: "Intergovernmental organizations, including United Nations system entities, that coordinate cooperation among countries.",
      es: "Organizaciones intergubernamentales, incluidas las entidades del sistema de las Naciones Unidas, que coordinan la cooperación entre los países.",
      fr: "Organisations intergouvernementales, y compris les entités du système des Nations Unies, qui coordonnent la coopération entre les pays.",
      ru: "Межправительственные организации, включая структуры системы Организации Объединенных Наций, которые координируют сотрудничество между странами.",
      zh: "协调各国之间合作的政府间组织，包括联合国系统各实体。",
    },
  },
];
