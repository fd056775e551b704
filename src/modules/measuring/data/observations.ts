/**
 * The published figures the platform is seeded with, each with its source. Only values a source states are
 * here; no series is filled in between them. The date accessed is the day the figure was recorded here from the
 * source. Each Facts and Figures edition revises earlier years, which the note on each edition's rows says.
 */
export interface ObservationSeed {
  indicator: string;
  geography: string;
  year: number;
  breakdown: string;
  value: string;
  qualifier: "at_least" | "about" | null;
  source: keyof typeof SOURCES;
}

const EDITION_NOTE = "ITU estimate; each Facts and Figures edition revises earlier years.";

export const SOURCES = {
  ff2023: {
    publisher: "ITU",
    title: "ICT statistics: Facts and Figures 2023",
    url: "https://www.itu.int/en/ITU-D/Statistics/Pages/stat/default.aspx",
    accessed: "2026-12-07",
    licence: null,
    note: EDITION_NOTE,
  },
  ff2024: {
    publisher: "ITU",
    title: "Facts and Figures 2024",
    url: "https://www.itu.int/itu-d/reports/statistics/facts-figures-2024/",
    accessed: "2026-12-07",
    licence: null,
    note: EDITION_NOTE,
  },
  ff2025: {
    publisher: "ITU",
    title: "Facts and Figures 2025",
    url: "https://www.itu.int/itu-d/reports/statistics/facts-figures-2025/",
    accessed: "2026-12-07",
    licence: null,
    note: EDITION_NOTE,
  },
  giga: {
    publisher: "Giga (ITU and UNICEF)",
    title: "Giga Maps",
    url: "https://maps.giga.global/",
    accessed: "2026-12-07",
    licence: null,
    note: "Schools mapped as connected; the WSIS process reports more than 280,000.",
  },
} as const;

const row = (
  source: ObservationSeed["source"],
  year: number,
  indicator: string,
  value: string,
  geography = "world",
  breakdown = "total",
  qualifier: ObservationSeed["qualifier"] = null,
): ObservationSeed => ({ indicator, geography, year, breakdown, value, qualifier, source });

export const SEED_OBSERVATIONS: readonly ObservationSeed[] = [
  row("ff2023", 2023, "internet-users", "5400000000", "world", "total", "about"),
  row("ff2023", 2023, "internet-use", "67"),
  row("ff2023", 2023, "people-offline", "2600000000"),
  row("ff2024", 2024, "internet-users", "5500000000"),
  row("ff2024", 2024, "internet-use", "68"),
  row("ff2024", 2024, "people-offline", "2600000000"),
  row("ff2024", 2024, "internet-use", "93", "income:HIC"),
  row("ff2024", 2024, "internet-use", "27", "income:LIC"),
  row("ff2024", 2024, "internet-use", "70", "world", "sex=M"),
  row("ff2024", 2024, "internet-use", "65", "world", "sex=F"),
  row("ff2024", 2024, "internet-use", "83", "world", "area=U"),
  row("ff2024", 2024, "internet-use", "48", "world", "area=R"),
  row("ff2024", 2024, "internet-use", "79", "world", "age=Y15T24"),
  row("ff2024", 2024, "5g-coverage", "51"),
  row("ff2025", 2025, "internet-users", "6000000000", "world", "total", "about"),
  row("ff2025", 2025, "people-offline", "2200000000"),
  row("ff2025", 2025, "internet-use", "94", "income:HIC"),
  row("ff2025", 2025, "internet-use", "23", "income:LIC"),
  row("ff2025", 2025, "internet-use", "85", "world", "area=U"),
  row("ff2025", 2025, "internet-use", "58", "world", "area=R"),
  row("ff2025", 2025, "5g-coverage", "55"),
  row("giga", 2025, "schools-connected", "280000", "world", "total", "at_least"),
];
