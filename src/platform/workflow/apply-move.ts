import type { Db } from "../../db/database.ts";
import { type AuditContext, audit } from "../audit/audit.ts";
import type { Mailer, MailToSend } from "../mail/mailer.ts";
import { MoveRefused, type Transitions } from "./transitions.ts";

/** A move as it is being made: the row as read, the states the write may find it in, and where it goes. */
export interface Moving<S extends string, Row extends { state: S }> {
  row: Row;
  from: readonly S[];
  to: S;
}

type Extra = Record<string, unknown>;

export interface Move<S extends string, M extends string, Row extends { state: S }> {
  transitions: Transitions<S, M>;
  move: M;
  /**
   * The row as it stands, read in the move's transaction (or the row the caller read already, when its checks
   * needed it first: the compare-and-set still refuses a row that moved since).
   */
  read(trx: Db): Promise<Row>;
  /**
   * Where the move leads when a domain rule sends it elsewhere than the table says (an approval past the
   * capacity waitlists); read in the transaction. The table's `to` when absent.
   */
  redirect?(trx: Db, moving: Moving<S, Row>): Promise<S>;
  /**
   * The module's own compare-and-set on its own table: set the state to `to` (and whatever else the move
   * changes) only where it is still one of `from`. Returns whether a row changed; false is the conflict.
   */
  write(trx: Db, moving: Moving<S, Row>): Promise<boolean>;
  /**
   * What else the move writes once the state changed (a published version, a draft session), in the same
   * transaction. What it returns is added to the audit row's `after`.
   */
  effects?(trx: Db, moving: Moving<S, Row>): Promise<Extra | undefined>;
  /**
   * The audit row; its `before` and `after` start with the state and add what is given here (`before` may be
   * taken from the row as read).
   */
  audit: {
    ctx: AuditContext;
    action: string;
    objectType: string;
    objectId: string;
    before?: Extra | ((row: Row) => Extra);
    after?: Extra;
  };
  /** The notice mail(s) of the move, queued in the transaction (sent only if it commits); none when absent. */
  mail?(trx: Db, moving: Moving<S, Row>): Promise<MailToSend | readonly MailToSend[] | undefined>;
}

/**
 * The part of a move that runs inside a transaction the caller holds (registration locks its event first):
 * check the table, compare-and-set, further writes, audit row with the state before and after, mail queued.
 * The caller wakes the mailer after its transaction commits. Returns the state reached.
 */
export async function moveIn<S extends string, M extends string, Row extends { state: S }>(
  trx: Db,
  mailer: Pick<Mailer, "enqueue">,
  spec: Move<S, M, Row>,
): Promise<{ to: S; row: Row; after: Extra }> {
  const row = await spec.read(trx);
  const planned = spec.transitions.check(spec.move, row.state);
  const from = spec.transitions.moves[spec.move].from;
  const moving: Moving<S, Row> = { row, from, to: planned };
  if (spec.redirect) moving.to = await spec.redirect(trx, moving);
  if (!(await spec.write(trx, moving))) throw new MoveRefused(spec.move, row.state);
  const extra = spec.effects ? await spec.effects(trx, moving) : undefined;
  const after = { state: moving.to, ...spec.audit.after, ...extra };
  const before = spec.audit.before;
  await audit(trx, spec.audit.ctx, {
    action: spec.audit.action,
    objectType: spec.audit.objectType,
    objectId: spec.audit.objectId,
    before: { state: row.state, ...(typeof before === "function" ? before(row) : before) },
    after,
  });
  const mail = spec.mail ? await spec.mail(trx, moving) : undefined;
  for (const message of mail === undefined ? [] : Array.isArray(mail) ? mail : [mail as MailToSend]) {
    await mailer.enqueue(trx, message);
  }
  return { to: moving.to, row, after };
}

/**
 * One move, whole: in one transaction the table's check, the module's compare-and-set, its further writes, the
 * audit row and the notice mail; the mailer woken once it committed. A refused move (the table says no, or the
 * compare-and-set found the row moved) is a MoveRefused and nothing is written.
 */
export async function applyMove<S extends string, M extends string, Row extends { state: S }>(
  deps: { db: Db; mailer: Pick<Mailer, "enqueue" | "kick"> },
  spec: Move<S, M, Row>,
): Promise<{ to: S; row: Row; after: Extra }> {
  const done = await deps.db.transaction().execute((trx) => moveIn(trx, deps.mailer, spec));
  if (spec.mail) deps.mailer.kick();
  return done;
}
