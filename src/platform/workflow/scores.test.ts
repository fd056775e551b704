import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { averageScores, parseScores, scoreSpread, validScores } from "./scores.ts";

const message = "forumProposals.review.scoreNeeded";

describe("review scores", () => {
  test("parse: one whole score per criterion, 1 to max; anything else is an error on its field", () => {
    assert.deepEqual(parseScores({ score0: "5", score1: " 1 ", score2: "3" }, 3, { message }), {
      scores: [5, 1, 3],
      errors: {},
    });
    const bad = parseScores({ score0: "0", score1: "6", score2: "2.5", score3: "05", score4: "x" }, 6, { message });
    assert.deepEqual(Object.keys(bad.errors), ["score0", "score1", "score2", "score3", "score4", "score5"]);
    assert.equal(bad.errors.score0, message);
    assert.deepEqual(parseScores({ score0: "10" }, 1, { message, max: 10 }).errors, {});
    assert.deepEqual(Object.keys(parseScores({ score0: "11" }, 1, { message, max: 10 }).errors), ["score0"]);
  });

  test("a complete list of scores for the criteria", () => {
    assert.equal(validScores([1, 5, 3], 3), true);
    assert.equal(validScores([1, 5], 3), false);
    assert.equal(validScores([1, 6, 3], 3), false);
    assert.equal(validScores([1, 0, 3], 3), false);
    assert.equal(validScores([1, 2.5, 3], 3), false);
    assert.equal(validScores([7], 1, 10), true);
  });

  test("average: per criterion, one decimal, null where nobody scored; a review without a score adds nothing", () => {
    const reviews = [{ scores: [5, 4, 0] }, { scores: [4, 4] }, { scores: [4, 1, 0] }];
    assert.deepEqual(averageScores(3, reviews), [4.3, 3, null]);
    assert.deepEqual(averageScores(2, []), [null, null]);
  });

  test("spread: highest less lowest per criterion, 0 for one reviewer, null where nobody scored", () => {
    assert.deepEqual(scoreSpread(3, [{ scores: [5, 4, 0] }, { scores: [1, 4] }]), [4, 0, null]);
    assert.deepEqual(scoreSpread(1, [{ scores: [3] }]), [0]);
  });
});
