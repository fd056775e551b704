import type { EditionSeed, SessionSeed } from "./edition.ts";

// The demo edition: the WSIS+20 High-Level Event, 7–11 July 2025, Palexpo, Geneva, from the draft agenda of the
// seed presentation ("Draft Agenda": MON 7 July … FRI 11 July, AM and PM rows). Every item of that table is a
// session here, on its day and half-day. The table gives no times: morning items are placed between 09:00 and
// 12:30, afternoon items between 14:00 and 18:00, the breakfast before 09:00, the lunches at 12:30–14:00 and the
// receptions, the party and the gala dinner in the evening, all in Geneva time.
//
// Readings of the table, where its cells run items together:
// - "WSIS Prizes Youth" (Monday AM) is two items: "WSIS Prizes" and a youth session ("Youth").
// - "UNGIS High-Level" (Monday PM) is one item, the UNGIS high-level meeting, beside "Forum track".
// - "Reception by Poland / Youth Party" is two evening items; Poland hosts the reception.
// - "TED/similar TalkX" is a TalkX session of TED-style talks; "Al Governance Day" is the AI Governance Day.
//
// Session titles and descriptions are in English only (the programme's working language); the event, tracks,
// session types and partner tiers have names in the six languages. Rooms and partners marked "demo" are
// invented for the demonstration: the real programme names its own.

const AM = { start: "09:00", end: "12:30" };
const PM = { start: "14:00", end: "18:00" };

const FORUM_TRACK =
  "Thematic and country workshops, Action Line facilitation meetings and training sessions proposed by " +
  "stakeholders through the Open Consultation Process.";
const HIGH_LEVEL_TRACK =
  "Policy statements and high-level dialogues of ministers, heads of UN agencies and leaders of all stakeholder " +
  "groups on twenty years of WSIS and the road beyond 2025.";
const KNOWLEDGE_CAFE =
  "Informal, interactive conversations in small circles, where participants share practice and questions on the " +
  "WSIS Action Lines.";

function forumTrack(day: string, half: "am" | "pm"): SessionSeed {
  return {
    key: `${day}-${half}-forum-track`,
    title: "Forum Track",
    description: FORUM_TRACK,
    type: "workshop",
    track: "forum",
    room: "Room B (demo)",
    day,
    ...(half === "am" ? AM : PM),
    actionLines: ["C1", "C3", "C7"],
    sdgs: [4, 9, 17],
  };
}

function highLevelTrack(day: string, half: "am" | "pm", end?: string): SessionSeed {
  const slot = half === "am" ? AM : PM;
  return {
    key: `${day}-${half}-high-level-track`,
    title: "High-Level Track",
    description: HIGH_LEVEL_TRACK,
    type: "high-level-dialogue",
    track: "high-level",
    room: "Plenary Hall (demo)",
    day,
    start: slot.start,
    end: end ?? slot.end,
    actionLines: ["C1", "C11"],
    sdgs: [17],
  };
}

function knowledgeCafe(day: string, host?: string): SessionSeed {
  return {
    key: `${day}-am-knowledge-cafe`,
    title: host ? "Knowledge Café by Silver Partner" : "Knowledge Café",
    description: KNOWLEDGE_CAFE,
    type: "knowledge-cafe",
    track: "knowledge-cafe",
    room: "Knowledge Café (demo)",
    day,
    ...AM,
    actionLines: ["C3", "C4", "C7.e-learning"],
    sdgs: [4, 5],
    ...(host ? { host } : {}),
  };
}

const MON = "2025-07-07";
const TUE = "2025-07-08";
const WED = "2025-07-09";
const THU = "2025-07-10";
const FRI = "2025-07-11";

export const PLATINUM_PARTNER = "Example Platinum Partner (demo)";
export const DIAMOND_PARTNER = "Example Diamond Partner (demo)";
export const SILVER_PARTNER = "Example Silver Partner (demo)";

export const WSIS_HLE_2025: EditionSeed = {
  slug: "wsis-hle-2025",
  title: {
    ar: "الحدث الرفيع المستوى للقمة العالمية لمجتمع المعلومات+20 (2025)",
    en: "WSIS+20 High-Level Event 2025",
    es: "Evento de Alto Nivel CMSI+20 2025",
    fr: "Manifestation de haut niveau SMSI+20 2025",
    ru: "Мероприятие высокого уровня ВВУИО+20 2025 года",
    zh: "2025年信息社会世界峰会+20高级别活动",
  },
  startsOn: MON,
  endsOn: FRI,
  venue: "Palexpo",
  city: "Geneva",
  countryCode: "CH",
  timeZone: "Europe/Zurich",
  website: "https://www.itu.int/net4/wsis/forum/",
  status: "published",
  tracks: [
    {
      code: "high-level",
      name: {
        ar: "المسار الرفيع المستوى",
        en: "High-Level Track",
        es: "Segmento de alto nivel",
        fr: "Segment de haut niveau",
        ru: "Сегмент высокого уровня",
        zh: "高级别部分",
      },
    },
    {
      code: "forum",
      name: {
        ar: "مسار المنتدى",
        en: "Forum Track",
        es: "Vertiente del Foro",
        fr: "Volet Forum",
        ru: "Направление Форума",
        zh: "论坛部分",
      },
    },
    {
      code: "knowledge-cafe",
      name: {
        ar: "مقهى المعرفة",
        en: "Knowledge Café",
        es: "Café del conocimiento",
        fr: "Café du savoir",
        ru: "Кафе знаний",
        zh: "知识咖啡馆",
      },
    },
    { code: "talkx", name: { ar: "TalkX", en: "TalkX", es: "TalkX", fr: "TalkX", ru: "TalkX", zh: "TalkX" } },
    {
      code: "special-events",
      name: {
        ar: "فعاليات خاصة",
        en: "Special events",
        es: "Actos especiales",
        fr: "Manifestations spéciales",
        ru: "Специальные мероприятия",
        zh: "特别活动",
      },
    },
  ],
  rooms: [
    { name: "Plenary Hall (demo)", capacity: 2000 },
    { name: "Room A (demo)", capacity: 400 },
    { name: "Room B (demo)", capacity: 250 },
    { name: "Room C (demo)", capacity: 120 },
    { name: "Knowledge Café (demo)", capacity: 60 },
    { name: "TalkX Stage (demo)", capacity: 150 },
    { name: "Exhibition Hall (demo)", capacity: 1500 },
    { name: "Restaurant (demo)", capacity: 300 },
    { name: "Terrace (demo)", capacity: 500 },
  ],
  tiers: [
    {
      code: "diamond",
      rank: 1,
      name: {
        ar: "الشركاء الماسيون",
        en: "Diamond partners",
        es: "Socios diamante",
        fr: "Partenaires diamant",
        ru: "Бриллиантовые партнёры",
        zh: "钻石级合作伙伴",
      },
    },
    {
      code: "platinum",
      rank: 2,
      name: {
        ar: "الشركاء البلاتينيون",
        en: "Platinum partners",
        es: "Socios platino",
        fr: "Partenaires platine",
        ru: "Платиновые партнёры",
        zh: "白金级合作伙伴",
      },
    },
    {
      code: "silver",
      rank: 3,
      name: {
        ar: "الشركاء الفضيون",
        en: "Silver partners",
        es: "Socios plata",
        fr: "Partenaires argent",
        ru: "Серебряные партнёры",
        zh: "白银级合作伙伴",
      },
    },
    {
      code: "host-country",
      rank: 4,
      name: {
        ar: "البلدان المضيفة",
        en: "Host countries",
        es: "Países anfitriones",
        fr: "Pays hôtes",
        ru: "Принимающие страны",
        zh: "东道国",
      },
    },
  ],
  partners: [
    { name: DIAMOND_PARTNER, tier: "diamond", website: "https://example.org/diamond", logoUrl: null },
    { name: PLATINUM_PARTNER, tier: "platinum", website: "https://example.org/platinum", logoUrl: null },
    { name: SILVER_PARTNER, tier: "silver", website: "https://example.org/silver", logoUrl: null },
    { name: "Poland", tier: "host-country", website: null, logoUrl: null },
    { name: "Switzerland", tier: "host-country", website: null, logoUrl: null },
  ],
  // Invented people, so the pages show moderators and speakers; the real programme names its own.
  people: [
    { key: "moderator", name: "Alex Moderator (demo)", organization: "WSIS Secretariat (demo)", title: "Moderator" },
    { key: "minister", name: "Sam Speaker (demo)", organization: "Example Ministry of ICT (demo)", title: "Minister" },
    {
      key: "researcher",
      name: "Rita Researcher (demo)",
      organization: "Example University (demo)",
      title: "Professor",
    },
    {
      key: "regulator",
      name: "Kim Regulator (demo)",
      organization: "Example Regulatory Authority (demo)",
      title: "Chair",
    },
    { key: "organiser", name: "Programme Team (demo)", organization: "ITU", title: "Organiser" },
  ],
  sessions: [
    // Monday 7 July, morning
    {
      key: "mon-am-ambassadors-roundtable",
      title: "Ambassadors Roundtable",
      description: "Ambassadors of the Permanent Missions in Geneva on the WSIS+20 review and the way ahead.",
      type: "roundtable",
      track: "high-level",
      room: "Room C (demo)",
      day: MON,
      start: "09:00",
      end: "10:00",
      actionLines: ["C1", "C11"],
      sdgs: [17],
      people: [{ person: "moderator", role: "moderator" }],
    },
    {
      key: "mon-am-wsis-prizes",
      title: "WSIS Prizes",
      description: "The WSIS Prizes: projects that put the WSIS Action Lines into practice, recognized.",
      type: "ceremony",
      track: "high-level",
      room: "Room A (demo)",
      day: MON,
      start: "09:00",
      end: "10:00",
      actionLines: ["C7"],
      sdgs: [17],
    },
    {
      key: "mon-am-youth",
      title: "Youth",
      description: "Young people on the digital future they want: a session by and for youth.",
      type: "workshop",
      track: "forum",
      room: "Room B (demo)",
      day: MON,
      ...AM,
      actionLines: ["C4", "C7.e-learning"],
      sdgs: [4, 8],
    },
    knowledgeCafe(MON),
    {
      key: "mon-am-inaugural-session",
      title: "Inaugural Session",
      description: "The opening of the WSIS+20 High-Level Event, co-hosted by ITU and Switzerland.",
      type: "ceremony",
      track: "high-level",
      room: "Plenary Hall (demo)",
      day: MON,
      start: "10:00",
      end: "11:00",
      actionLines: ["C1"],
      sdgs: [17],
      remoteUrl: "https://example.org/webcast/inaugural",
    },
    {
      key: "mon-am-high-level-plenary",
      title: "High-Level Plenary",
      description: "Heads of delegation and leaders of the co-organizing UN agencies open the high-level debate.",
      type: "plenary",
      track: "high-level",
      room: "Plenary Hall (demo)",
      day: MON,
      start: "11:00",
      end: "12:30",
      actionLines: ["C1", "C11"],
      sdgs: [9, 17],
      people: [
        { person: "moderator", role: "moderator" },
        { person: "minister", role: "speaker" },
      ],
    },
    {
      key: "mon-am-exhibition-inauguration",
      title: "Exhibition Inauguration",
      description: "The exhibition of digital projects and initiatives opens.",
      type: "exhibition",
      track: "special-events",
      room: "Exhibition Hall (demo)",
      day: MON,
      start: "12:00",
      end: "12:30",
      actionLines: ["C2", "C7"],
      sdgs: [9],
    },
    // Monday 7 July, afternoon and evening
    {
      key: "mon-pm-ungis-high-level",
      title: "UNGIS High-Level Meeting",
      description: "The United Nations Group on the Information Society: heads of its member agencies meet.",
      type: "meeting",
      track: "high-level",
      room: "Room A (demo)",
      day: MON,
      start: "14:00",
      end: "15:30",
      actionLines: ["C1", "C11"],
      sdgs: [17],
    },
    forumTrack(MON, "pm"),
    {
      key: "mon-pm-reception-poland",
      title: "Reception by Poland",
      description: "An evening reception offered by Poland.",
      type: "reception",
      track: "special-events",
      room: "Terrace (demo)",
      day: MON,
      start: "18:30",
      end: "20:30",
      host: "Poland",
    },
    {
      key: "mon-pm-youth-party",
      title: "Youth Party",
      description: "An evening for the young participants of the event.",
      type: "reception",
      track: "special-events",
      room: "Restaurant (demo)",
      day: MON,
      start: "20:30",
      end: "23:00",
      sdgs: [4],
    },
    // Tuesday 8 July
    forumTrack(TUE, "am"),
    knowledgeCafe(TUE),
    {
      key: "tue-midday-platinum-lunch",
      title: "High-Level Lunch by Platinum partner",
      description: "A working lunch for heads of delegation, hosted by a Platinum partner.",
      type: "lunch",
      track: "special-events",
      room: "Restaurant (demo)",
      day: TUE,
      start: "12:30",
      end: "14:00",
      host: PLATINUM_PARTNER,
    },
    {
      key: "tue-pm-regulators-roundtable",
      title: "Regulators Roundtable",
      description: "Heads of ICT regulatory authorities on enabling environments for digital development.",
      type: "roundtable",
      track: "high-level",
      room: "Room C (demo)",
      day: TUE,
      start: "14:00",
      end: "15:30",
      actionLines: ["C6", "C2"],
      sdgs: [9, 17],
      people: [
        { person: "regulator", role: "moderator" },
        { person: "researcher", role: "speaker" },
      ],
    },
    forumTrack(TUE, "pm"),
    {
      key: "tue-pm-talkx",
      title: "TalkX",
      description: "Short, TED-style talks by leaders and innovators on twenty years of the Information Society.",
      type: "talkx",
      track: "talkx",
      room: "TalkX Stage (demo)",
      day: TUE,
      start: "15:00",
      end: "16:00",
      actionLines: ["C3", "C8"],
      sdgs: [9],
      remoteUrl: "https://example.org/webcast/talkx",
    },
    {
      key: "tue-pm-20-year-celebrations",
      title: "WSIS 20-year celebrations",
      description: "Twenty years since the Tunis phase of the World Summit on the Information Society, celebrated.",
      type: "ceremony",
      track: "special-events",
      room: "Plenary Hall (demo)",
      day: TUE,
      start: "16:30",
      end: "18:00",
      actionLines: ["C1"],
      sdgs: [17],
    },
    // Wednesday 9 July
    {
      key: "wed-am-women-leaders-breakfast",
      title: "Network of Women Leaders in ICT Breakfast",
      description: "The Network of Women Leaders in ICT meets over breakfast.",
      type: "breakfast",
      track: "special-events",
      room: "Restaurant (demo)",
      day: WED,
      start: "08:00",
      end: "09:00",
      actionLines: ["C4"],
      sdgs: [5],
    },
    highLevelTrack(WED, "am"),
    forumTrack(WED, "am"),
    knowledgeCafe(WED),
    {
      key: "wed-am-prizes-champions-ceremony",
      title: "WSIS Prizes Champions Ceremony",
      description: "The Champions of the WSIS Prizes receive their certificates.",
      type: "ceremony",
      track: "high-level",
      room: "Room A (demo)",
      day: WED,
      start: "11:00",
      end: "12:30",
      actionLines: ["C7"],
      sdgs: [17],
    },
    {
      key: "wed-midday-diamond-lunch",
      title: "High-Level Lunch by Diamond partner",
      description: "A working lunch for heads of delegation, hosted by a Diamond partner.",
      type: "lunch",
      track: "special-events",
      room: "Restaurant (demo)",
      day: WED,
      start: "12:30",
      end: "14:00",
      host: DIAMOND_PARTNER,
    },
    highLevelTrack(WED, "pm", "15:00"),
    {
      key: "wed-pm-ministerial-roundtable",
      title: "Ministerial Roundtable",
      description: "Ministers on digital cooperation and the implementation of the WSIS outcomes beyond 2025.",
      type: "roundtable",
      track: "high-level",
      room: "Room C (demo)",
      day: WED,
      start: "15:00",
      end: "17:00",
      actionLines: ["C1", "C6", "C11"],
      sdgs: [9, 17],
      people: [
        { person: "moderator", role: "moderator" },
        { person: "minister", role: "speaker" },
        { person: "organiser", role: "organiser" },
      ],
    },
    {
      key: "wed-pm-itu-160-gala-dinner",
      title: "ITU 160th Presidential Gala Dinner",
      description: "A gala dinner on the 160th anniversary of ITU (by invitation).",
      type: "dinner",
      track: "special-events",
      room: null,
      day: WED,
      start: "19:30",
      end: "22:30",
    },
    // Thursday 10 July
    highLevelTrack(THU, "am"),
    forumTrack(THU, "am"),
    knowledgeCafe(THU),
    {
      key: "thu-pm-ai-governance-day",
      title: "AI Governance Day",
      description:
        "A day on the governance of artificial intelligence: safety, ethics, standards and capacity, and how " +
        "the WSIS framework helps everyone benefit.",
      type: "thematic-day",
      track: "high-level",
      room: "Plenary Hall (demo)",
      day: THU,
      ...PM,
      actionLines: ["C5", "C10", "C11"],
      sdgs: [9, 16, 17],
      people: [
        { person: "researcher", role: "moderator" },
        { person: "minister", role: "speaker" },
        { person: "regulator", role: "speaker" },
        { person: "organiser", role: "organiser" },
      ],
      remoteUrl: "https://example.org/webcast/ai-governance-day",
    },
    forumTrack(THU, "pm"),
    {
      key: "thu-pm-partner-certificates",
      title: "Partner Certificates",
      description: "The partners of the event receive their certificates of appreciation.",
      type: "ceremony",
      track: "special-events",
      room: "Room A (demo)",
      day: THU,
      start: "17:00",
      end: "18:00",
    },
    {
      key: "thu-pm-swiss-reception",
      title: "Official Swiss Reception",
      description: "The official reception offered by Switzerland, co-host of the event.",
      type: "reception",
      track: "special-events",
      room: "Terrace (demo)",
      day: THU,
      start: "18:30",
      end: "20:30",
      host: "Switzerland",
    },
    // Friday 11 July
    highLevelTrack(FRI, "am"),
    forumTrack(FRI, "am"),
    knowledgeCafe(FRI, SILVER_PARTNER),
    {
      key: "fri-pm-action-lines-facilitators",
      title: "WSIS Action Lines Facilitators Meeting",
      description: "The UN agencies that facilitate the WSIS Action Lines review their work and plan the next year.",
      type: "meeting",
      track: "forum",
      room: "Room A (demo)",
      day: FRI,
      start: "14:00",
      end: "15:30",
      actionLines: ["C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9", "C10", "C11"],
      sdgs: [17],
      people: [{ person: "organiser", role: "organiser" }],
    },
    {
      key: "fri-pm-closing-ceremony",
      title: "Closing Ceremony and Chair's WSIS+20 HLE Summary",
      description: "The Chair presents the summary of the WSIS+20 High-Level Event, and the event closes.",
      type: "ceremony",
      track: "high-level",
      room: "Plenary Hall (demo)",
      day: FRI,
      start: "16:00",
      end: "18:00",
      actionLines: ["C1", "C11"],
      sdgs: [17],
      remoteUrl: "https://example.org/webcast/closing",
    },
  ],
};
