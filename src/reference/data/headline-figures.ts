/**
 * The figures the WSIS process reports on its front page, each with where it comes from. Measuring (the
 * indicators dashboard) will replace these with imported series; until then they are reference facts.
 */
export interface HeadlineFigureSeed {
  key: "peopleOnline" | "connectedSchools" | "projects" | "youthOnline" | "womenOnline" | "unAgencies";
  value: number;
  /** "count": a number of things; "percent": a share, 0–100. */
  unit: "count" | "percent";
  /** Shown with a "+" (at least this many). */
  atLeast: boolean;
  source: string;
  sourceUrl: string;
  year: number;
}

export const HEADLINE_FIGURES: readonly HeadlineFigureSeed[] = [
  {
    key: "peopleOnline",
    value: 5_500_000_000,
    unit: "count",
    atLeast: false,
    source: "ITU, Facts and Figures 2024",
    sourceUrl: "https://www.itu.int/itu-d/reports/statistics/facts-figures-2024/",
    year: 2024,
  },
  {
    key: "connectedSchools",
    value: 280_000,
    unit: "count",
    atLeast: true,
    source: "Giga Maps (ITU and UNICEF)",
    sourceUrl: "https://maps.giga.global/",
    year: 2025,
  },
  {
    key: "projects",
    value: 15_000,
    unit: "count",
    atLeast: true,
    source: "WSIS Stocktaking",
    sourceUrl: "https://www.itu.int/net4/wsis/stocktaking/",
    year: 2025,
  },
  {
    key: "youthOnline",
    value: 79,
    unit: "percent",
    atLeast: false,
    source: "ITU, Facts and Figures 2024",
    sourceUrl: "https://www.itu.int/itu-d/reports/statistics/facts-figures-2024/",
    year: 2024,
  },
  {
    key: "womenOnline",
    value: 65,
    unit: "percent",
    atLeast: false,
    source: "ITU, Facts and Figures 2024",
    sourceUrl: "https://www.itu.int/itu-d/reports/statistics/facts-figures-2024/",
    year: 2024,
  },
  {
    key: "unAgencies",
    value: 47,
    unit: "count",
    atLeast: true,
    source: "WSIS process (ITU)",
    sourceUrl: "https://www.itu.int/net4/wsis/forum/2025/Home/About",
    year: 2025,
  },
];
