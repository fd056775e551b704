import { AppError } from "../http/errors.ts";

/** One move of a state machine: the states it may start from and the state it leads to. */
export interface Transition<S extends string> {
  readonly from: readonly S[];
  readonly to: S;
  /** Who makes the move, for the reader; the access check itself is the policy table's. */
  readonly by?: string;
}

/**
 * A module's state machine: each move with where it may start and where it leads, declared once in the module's
 * service (the table stays the module's; the kit only checks it). `allows` answers a page's question (show the
 * button?); `check` answers the service's and throws the one conflict every refused move gives.
 */
export interface Transitions<S extends string, M extends string> {
  readonly moves: { readonly [K in M]: Transition<S> };
  /** Whether `move` may start from `state`. */
  allows(move: M, state: S): boolean;
  /** The state `move` leads to from `state`, or a MoveRefused when `state` is not one it may start from. */
  check(move: M, state: S): S;
}

/**
 * A refused move: the row is not (or no longer) in a state the move starts from, most often because the page
 * was out of date or two people decided at once. Always 409 with the code `state_conflict`, which API clients
 * and the conflict page rely on; `move` and `state` say which move and from where, for logs and tests.
 */
export class MoveRefused extends AppError {
  constructor(
    readonly move: string,
    readonly state: string,
  ) {
    super(409, "state_conflict", `Not possible in state "${state}"; the page may be out of date`, {
      titleKey: "error.conflict.title",
      bodyKey: "error.conflict.body",
    });
    this.name = "MoveRefused";
  }
}

/**
 * Declares a state machine. Written with the module's own types, so a move or a state misspelt is a compile error:
 *
 *   const TRANSITIONS = defineTransitions<EntryState, "submit" | "publish">({
 *     submit: { from: ["draft", "changes_requested"], to: "submitted" },
 *     publish: { from: ["submitted"], to: "published" },
 *   });
 */
export function defineTransitions<S extends string, M extends string>(
  moves: {
    readonly [K in M]: Transition<S>;
  },
): Transitions<S, M> {
  const allows = (move: M, state: S) => moves[move].from.includes(state);
  return {
    moves,
    allows,
    check(move, state) {
      if (!allows(move, state)) throw new MoveRefused(move, state);
      return moves[move].to;
    },
  };
}
