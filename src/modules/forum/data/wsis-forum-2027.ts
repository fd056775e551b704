import type { EditionSeed } from "./edition.ts";
import { WSIS_HLE_2025 } from "./wsis-hle-2025.ts";

/**
 * The demo's next edition: registration open, the programme still to be built through the Open Consultation
 * Process. Dates and venue are illustrative (marked "demo"), not announced facts.
 */
export const WSIS_FORUM_2027: EditionSeed = {
  slug: "wsis-forum-2027",
  title: {
    ar: "منتدى القمة العالمية لمجتمع المعلومات 2027 (تجريبي)",
    en: "WSIS Forum 2027 (demo)",
    es: "Foro de la CMSI 2027 (demostración)",
    fr: "Forum du SMSI 2027 (démonstration)",
    ru: "Форум ВВУИО 2027 года (демонстрация)",
    zh: "2027年信息社会世界峰会论坛（演示）",
  },
  startsOn: "2027-07-05",
  endsOn: "2027-07-09",
  venue: "CICG (demo)",
  city: "Geneva",
  countryCode: "CH",
  timeZone: "Europe/Zurich",
  website: "https://www.itu.int/net4/wsis/forum/",
  status: "published",
  tracks: WSIS_HLE_2025.tracks,
  rooms: WSIS_HLE_2025.rooms,
  tiers: WSIS_HLE_2025.tiers,
  partners: [],
  people: [],
  sessions: [],
};
