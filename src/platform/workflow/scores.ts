import type { FieldErrors } from "../http/forms.ts";
import type { MessageKey } from "../i18n/i18n.ts";

/**
 * Review scores: a reviewer gives each criterion a whole score from 1 to `max`; a criterion nobody scored yet has
 * no average. Forum proposals use them today; WSIS Prizes' expert review is next.
 */

/**
 * A review form's scores, sent as `score0`, `score1`, … (one per criterion, in the criteria's order). Each must
 * be a whole number from 1 to `max`; a missing or other value is an error on its field, with `message`.
 */
export function parseScores(
  values: Record<string, string | undefined>,
  criteria: number,
  options: { max?: number; message: MessageKey },
): { scores: number[]; errors: FieldErrors } {
  const max = options.max ?? 5;
  const scores: number[] = [];
  const errors: FieldErrors = {};
  for (let i = 0; i < criteria; i++) {
    const v = (values[`score${i}`] ?? "").trim();
    if (!/^[1-9]\d{0,2}$/.test(v) || Number(v) > max) errors[`score${i}`] = options.message;
    scores.push(Number(v));
  }
  return { scores, errors };
}

/** Whether a list of scores is complete for `criteria` criteria, each a whole number from 1 to `max`. */
export function validScores(scores: readonly number[], criteria: number, max = 5): boolean {
  return scores.length === criteria && scores.every((s) => Number.isInteger(s) && s >= 1 && s <= max);
}

/** The scores given to criterion `i` (a review without one, or with 0, gave none). */
function given(reviews: readonly { scores: readonly number[] }[], i: number): number[] {
  return reviews.map((r) => r.scores[i]).filter((s): s is number => typeof s === "number" && s > 0);
}

/** The mean score of each criterion over the reviews, rounded to one decimal; null where nobody scored yet. */
export function averageScores(criteria: number, reviews: readonly { scores: readonly number[] }[]): (number | null)[] {
  return Array.from({ length: criteria }, (_, i) => {
    const scores = given(reviews, i);
    if (scores.length === 0) return null;
    return Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10;
  });
}

/**
 * How far the reviewers disagree on each criterion: the highest score less the lowest (0 when they agree or one
 * reviewer scored); null where nobody scored yet. A committee looks first where it is wide.
 */
export function scoreSpread(criteria: number, reviews: readonly { scores: readonly number[] }[]): (number | null)[] {
  return Array.from({ length: criteria }, (_, i) => {
    const scores = given(reviews, i);
    return scores.length === 0 ? null : Math.max(...scores) - Math.min(...scores);
  });
}
