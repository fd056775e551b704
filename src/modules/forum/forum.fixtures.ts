import type { EditionSeed } from "./data/edition.ts";

// Test editions: one across the end of summer time in Geneva (Sunday 26 October 2025, 03:00 CEST → 02:00 CET),
// with a draft session among published ones, and one event that is itself still a draft.

export const SECRET_WORD = "Zanzibarian";
export const AWKWARD_TITLE = "Commas, semicolons; back\\slashes and\nnew lines";
/** Long and multi-byte: folded lines must not split a character. */
export const LONG_DESCRIPTION = `${"Dialogue multilingue — حوار متعدد اللغات — 多语种对话 — ".repeat(6)}end.`;

export function dstEdition(changes: { afterTitle?: string; openingState?: "draft" | "published" } = {}): EditionSeed {
  return {
    slug: "dst-test-2025",
    title: { en: "Autumn Test Forum 2025" },
    startsOn: "2025-10-24",
    endsOn: "2025-10-27",
    venue: "Test Centre",
    city: "Geneva",
    countryCode: "CH",
    timeZone: "Europe/Zurich",
    website: null,
    status: "published",
    tracks: [{ code: "main", name: { en: "Main Track" } }],
    rooms: [{ name: "Room 1", capacity: 30 }],
    tiers: [{ code: "gold", name: { en: "Gold partners" }, rank: 1 }],
    partners: [{ name: "Test Partner", tier: "gold", website: "https://example.org/", logoUrl: null }],
    people: [{ key: "speaker", name: "Test Speaker", organization: "Test Org", title: "Engineer" }],
    sessions: [
      {
        key: "opening",
        title: "Opening of the test forum",
        description: "The first session.",
        type: "ceremony",
        track: "main",
        room: "Room 1",
        day: "2025-10-24",
        start: "09:00",
        end: "10:00",
        state: changes.openingState ?? "published",
      },
      {
        key: "before",
        title: "Before the change",
        description: "Summer time: UTC+2.",
        type: "workshop",
        track: "main",
        room: "Room 1",
        day: "2025-10-25",
        start: "10:00",
        end: "11:00",
        actionLines: ["C5"],
        sdgs: [9],
        people: [{ person: "speaker", role: "speaker" }],
      },
      {
        key: "night",
        title: "Night hackathon",
        description: "Across the change: from 23:00 summer time to 04:00 winter time, six hours.",
        type: "hackathon",
        track: "main",
        room: "Room 1",
        day: "2025-10-25",
        start: "23:00",
        endDay: "2025-10-26",
        end: "04:00",
        host: "Test Partner",
      },
      {
        key: "draft",
        title: `${SECRET_WORD} draft session`,
        description: `Not yet published: ${SECRET_WORD}.`,
        type: "roundtable",
        track: "main",
        room: "Room 1",
        day: "2025-10-26",
        start: "14:00",
        end: "15:00",
        actionLines: ["C5"],
        state: "draft",
      },
      {
        key: "after",
        title: changes.afterTitle ?? "After the change",
        description: "Winter time: UTC+1.",
        type: "workshop",
        track: "main",
        room: "Room 1",
        day: "2025-10-27",
        start: "10:00",
        end: "11:00",
      },
      {
        key: "awkward",
        title: AWKWARD_TITLE,
        description: LONG_DESCRIPTION,
        type: "knowledge-cafe",
        track: "main",
        room: "Room 1",
        day: "2025-10-27",
        start: "14:00",
        end: "15:30",
      },
    ],
  };
}

/** An event not yet published: neither it nor its (published) session may show anywhere. */
export function draftEdition(): EditionSeed {
  return {
    ...dstEdition(),
    slug: "hidden-test-2026",
    title: { en: "Hidden Forum 2026" },
    startsOn: "2026-03-02",
    endsOn: "2026-03-03",
    status: "draft",
    sessions: [
      {
        key: "hidden",
        title: `${SECRET_WORD} hidden event session`,
        description: "In an unpublished event.",
        type: "plenary",
        track: "main",
        room: "Room 1",
        day: "2026-03-02",
        start: "10:00",
        end: "11:00",
      },
    ],
  };
}
