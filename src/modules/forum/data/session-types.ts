import type { Localized } from "../../../platform/i18n/locale.ts";

/** The kinds of session a WSIS Forum programme has (High-Level Track, Forum Track, social events), in six languages. */
export const SESSION_TYPES: readonly { code: string; name: Localized }[] = [
  {
    code: "plenary",
    name: {
      ar: "جلسة عامة",
      en: "Plenary",
      es: "Sesión plenaria",
      fr: "Séance plénière",
      ru: "Пленарное заседание",
      zh: "全体会议",
    },
  },
  {
    code: "high-level-dialogue",
    name: {
      ar: "حوار رفيع المستوى",
      en: "High-level dialogue",
      es: "Diálogo de alto nivel",
      fr: "Dialogue de haut niveau",
      ru: "Диалог высокого уровня",
      zh: "高级别对话",
    },
  },
  {
    code: "roundtable",
    name: {
      ar: "مائدة مستديرة",
      en: "Roundtable",
      es: "Mesa redonda",
      fr: "Table ronde",
      ru: "Круглый стол",
      zh: "圆桌会议",
    },
  },
  {
    code: "thematic-day",
    name: {
      ar: "يوم مواضيعي",
      en: "Thematic day",
      es: "Jornada temática",
      fr: "Journée thématique",
      ru: "Тематический день",
      zh: "主题日",
    },
  },
  {
    code: "workshop",
    name: { ar: "حلقة عمل", en: "Workshop", es: "Taller", fr: "Atelier", ru: "Семинар-практикум", zh: "研讨会" },
  },
  {
    code: "meeting",
    name: { ar: "اجتماع", en: "Meeting", es: "Reunión", fr: "Réunion", ru: "Совещание", zh: "会议" },
  },
  {
    code: "knowledge-cafe",
    name: {
      ar: "مقهى المعرفة",
      en: "Knowledge café",
      es: "Café del conocimiento",
      fr: "Café du savoir",
      ru: "Кафе знаний",
      zh: "知识咖啡馆",
    },
  },
  { code: "talkx", name: { ar: "TalkX", en: "TalkX", es: "TalkX", fr: "TalkX", ru: "TalkX", zh: "TalkX" } },
  {
    code: "ceremony",
    name: { ar: "حفل", en: "Ceremony", es: "Ceremonia", fr: "Cérémonie", ru: "Церемония", zh: "仪式" },
  },
  {
    code: "hackathon",
    name: { ar: "هاكاثون", en: "Hackathon", es: "Hackatón", fr: "Hackathon", ru: "Хакатон", zh: "黑客马拉松" },
  },
  {
    code: "exhibition",
    name: { ar: "معرض", en: "Exhibition", es: "Exposición", fr: "Exposition", ru: "Выставка", zh: "展览" },
  },
  {
    code: "reception",
    name: { ar: "حفل استقبال", en: "Reception", es: "Recepción", fr: "Réception", ru: "Приём", zh: "招待会" },
  },
  {
    code: "breakfast",
    name: { ar: "فطور", en: "Breakfast", es: "Desayuno", fr: "Petit-déjeuner", ru: "Завтрак", zh: "早餐会" },
  },
  { code: "lunch", name: { ar: "غداء", en: "Lunch", es: "Almuerzo", fr: "Déjeuner", ru: "Обед", zh: "午餐会" } },
  { code: "dinner", name: { ar: "عشاء", en: "Dinner", es: "Cena", fr: "Dîner", ru: "Ужин", zh: "晚宴" } },
];
