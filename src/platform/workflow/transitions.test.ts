import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { AppError } from "../http/errors.ts";
import { defineTransitions, MoveRefused } from "./transitions.ts";

type State = "draft" | "submitted" | "published" | "rejected";
const TRANSITIONS = defineTransitions<State, "submit" | "publish" | "reject">({
  submit: { from: ["draft"], to: "submitted" },
  publish: { from: ["submitted"], to: "published" },
  reject: { from: ["submitted"], to: "rejected" },
});

describe("transition tables", () => {
  test("an allowed move gives the state it leads to", () => {
    assert.equal(TRANSITIONS.check("submit", "draft"), "submitted");
    assert.equal(TRANSITIONS.check("publish", "submitted"), "published");
    assert.equal(TRANSITIONS.allows("reject", "submitted"), true);
  });

  test("every move from every state: refused ones throw the typed conflict with its stable code", () => {
    const states: State[] = ["draft", "submitted", "published", "rejected"];
    for (const move of ["submit", "publish", "reject"] as const) {
      for (const state of states) {
        const allowed = TRANSITIONS.moves[move].from.includes(state);
        assert.equal(TRANSITIONS.allows(move, state), allowed, `${move} from ${state}`);
        if (allowed) continue;
        assert.throws(
          () => TRANSITIONS.check(move, state),
          (error: unknown) => {
            assert.ok(error instanceof MoveRefused);
            assert.ok(error instanceof AppError, "rendered as every other expected error");
            assert.equal(error.status, 409);
            assert.equal(error.code, "state_conflict");
            assert.equal(error.move, move);
            assert.equal(error.state, state);
            assert.equal(error.options.titleKey, "error.conflict.title");
            assert.match(error.message, new RegExp(`state "${state}"`));
            return true;
          },
          `${move} from ${state}`,
        );
      }
    }
  });
});
