import type { I18n } from "../../platform/i18n/i18n.ts";
import type { BreakdownDimension } from "./data/indicators.ts";

/**
 * A breakdown is "total", or dimension=value pairs sorted by dimension and joined with ";":
 * sex=F | sex=M, age=Y15T24 (SDMX age codes: Y<from>T<to>, Y_GE<from>), area=U | area=R.
 */
export const TOTAL = "total";

const VALUES: Record<BreakdownDimension, RegExp> = {
  sex: /^[FM]$/,
  age: /^Y(\d{1,2}T\d{1,2}|_GE\d{1,2})$/,
  area: /^[UR]$/,
};

export type BreakdownParse =
  | { ok: true; key: string; dimensions: BreakdownDimension[] }
  | { ok: false; problem: string };

/** Reads a breakdown as a file wrote it ("", "total", "sex=F", "area=R;sex=F"), in canonical form. */
export function parseBreakdown(raw: string): BreakdownParse {
  const text = raw.trim();
  if (text === "" || text.toLowerCase() === TOTAL || text === "_T") return { ok: true, key: TOTAL, dimensions: [] };
  const pairs = new Map<BreakdownDimension, string>();
  for (const part of text.split(";")) {
    const [dimension = "", value = "", extra] = part.split("=").map((s) => s.trim());
    if (extra !== undefined || !(dimension in VALUES)) {
      return { ok: false, problem: `"${part}" is not a breakdown (use sex=F|M, age=Y15T24, area=U|R, or total)` };
    }
    const dim = dimension as BreakdownDimension;
    const upper = value.toUpperCase();
    if (!VALUES[dim].test(upper)) return { ok: false, problem: `"${value}" is not a value of ${dim}` };
    if (pairs.has(dim)) return { ok: false, problem: `${dim} is given twice` };
    pairs.set(dim, upper);
  }
  const dimensions = [...pairs.keys()].sort();
  return { ok: true, key: dimensions.map((d) => `${d}=${pairs.get(d)}`).join(";"), dimensions };
}

/** The breakdown in words, in the reader's language: "Women", "Rural areas", "Aged 15–24", "All". */
export function breakdownName(key: string, i18n: I18n): string {
  if (key === TOTAL) return i18n.t("measuring.breakdown.total");
  return i18n.list(
    key.split(";").map((pair) => {
      const [dimension, value = ""] = pair.split("=");
      if (dimension === "sex") return i18n.t(value === "F" ? "measuring.breakdown.sexF" : "measuring.breakdown.sexM");
      if (dimension === "area")
        return i18n.t(value === "U" ? "measuring.breakdown.areaU" : "measuring.breakdown.areaR");
      const range = /^Y(\d+)T(\d+)$/.exec(value);
      if (range) return i18n.t("measuring.breakdown.ageRange", { from: Number(range[1]), to: Number(range[2]) });
      return i18n.t("measuring.breakdown.ageFrom", { from: Number(value.replace("Y_GE", "")) });
    }),
    "unit",
  );
}
