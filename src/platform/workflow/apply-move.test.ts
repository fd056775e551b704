import assert from "node:assert/strict";
import { after, before, beforeEach, describe, test } from "node:test";
import type { Kysely } from "kysely";
import { buildTestApp, type TestApp } from "../../../test/support/app.ts";
import { testDialects } from "../../../test/support/databases.ts";
import type { Db } from "../../db/database.ts";
import type { MailToSend } from "../mail/mailer.ts";
import { applyMove, type Move } from "./apply-move.ts";
import { defineTransitions, MoveRefused } from "./transitions.ts";

// The kit owns no table: these tests make one of their own, as a module would, and move its rows.
type State = "draft" | "submitted" | "published" | "waitlisted";
interface Item {
  id: string;
  state: State;
  note: string | null;
}
const items = (db: Db) => db as unknown as Kysely<{ workflowTestItem: Item }>;

const TRANSITIONS = defineTransitions<State, "submit" | "publish">({
  submit: { from: ["draft"], to: "submitted" },
  publish: { from: ["submitted"], to: "published" },
});

for (const dialect of await testDialects()) {
  describe(`applyMove [${dialect.name}]`, { skip: dialect.skip }, () => {
    let t: TestApp;
    /** Each wake-up of the mailer, with how many mails of the move another connection saw at that moment. */
    let kicks: Promise<number>[];
    const mailer = (to?: string) => ({
      enqueue: (trx: Db, mail: MailToSend) => t.mailer.enqueue(trx, mail),
      kick: () => {
        kicks.push(to ? mailRows(to).then((rows) => rows.length) : Promise.resolve(0));
      },
    });

    before(async () => {
      t = await buildTestApp(dialect);
      await t.handle.db.schema
        .createTable("workflow_test_item")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("state", "text", (c) => c.notNull())
        .addColumn("note", "text")
        .execute();
    });
    after(() => t?.close());
    beforeEach(() => {
      kicks = [];
    });

    let n = 0;
    async function item(state: State): Promise<string> {
      const id = `item-${++n}`;
      await items(t.handle.db).insertInto("workflowTestItem").values({ id, state, note: null }).execute();
      return id;
    }
    const stateOf = async (id: string) =>
      (await items(t.handle.db).selectFrom("workflowTestItem").select("state").where("id", "=", id).executeTakeFirst())
        ?.state;
    const auditRows = (id: string) =>
      t.handle.db.selectFrom("auditEvent").selectAll().where("objectId", "=", id).orderBy("id").execute();
    const mailRows = (to: string) =>
      t.handle.db.selectFrom("mailMessage").select(["template", "toAddress"]).where("toAddress", "=", to).execute();

    const read = (id: string) => async (trx: Db) =>
      items(trx).selectFrom("workflowTestItem").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    const write =
      (id: string) =>
      async (trx: Db, { from, to }: { from: readonly State[]; to: State }) => {
        const result = await items(trx)
          .updateTable("workflowTestItem")
          .set({ state: to, note: "moved" })
          .where("id", "=", id)
          .where("state", "in", [...from])
          .executeTakeFirst();
        return Number(result.numUpdatedRows) === 1;
      };
    const notice = (to: string): MailToSend => ({
      to,
      template: "itemPublished",
      locale: "en",
      subject: "Published",
      text: "Your item is published.",
    });
    const spec = (
      id: string,
      move: "submit" | "publish",
      to = `${id}@example.org`,
    ): Move<State, typeof move, Item> => ({
      transitions: TRANSITIONS,
      move,
      read: read(id),
      write: write(id),
      audit: {
        ctx: { actorId: null, ip: "192.0.2.1", requestId: "req-1", now: t.clock.now() },
        action: `test.${move}`,
        objectType: "workflow_test_item",
        objectId: id,
        before: (row) => ({ note: row.note }),
        after: { message: "Well done" },
      },
      mail: async () => notice(to),
    });

    test("a move: the state changes, the audit row says before and after, the mail is queued, then the mailer woken", async () => {
      const id = await item("submitted");
      const done = await applyMove({ db: t.handle.db, mailer: mailer(`${id}@example.org`) }, spec(id, "publish"));
      assert.equal(done.to, "published");
      assert.equal(await stateOf(id), "published");
      const [row, ...more] = await auditRows(id);
      assert.equal(more.length, 0);
      assert.equal(row?.action, "test.publish");
      assert.equal(row?.actorIp, "192.0.2.1");
      assert.deepEqual(JSON.parse(row?.before ?? "null"), { state: "submitted", note: null });
      assert.deepEqual(JSON.parse(row?.after ?? "null"), { state: "published", message: "Well done" });
      assert.deepEqual(await mailRows(`${id}@example.org`), [
        { template: "itemPublished", toAddress: `${id}@example.org` },
      ]);
      assert.deepEqual(await Promise.all(kicks), [1], "woken once, after the commit: the mail was there to send");
    });

    test("a move the table refuses is the typed conflict, and nothing is written", async () => {
      const id = await item("draft");
      await assert.rejects(applyMove({ db: t.handle.db, mailer: mailer() }, spec(id, "publish")), (error: unknown) => {
        assert.ok(error instanceof MoveRefused);
        assert.equal(error.code, "state_conflict");
        assert.equal(error.status, 409);
        assert.deepEqual([error.move, error.state], ["publish", "draft"]);
        return true;
      });
      assert.equal(await stateOf(id), "draft");
      assert.deepEqual(await auditRows(id), []);
      assert.deepEqual(await mailRows(`${id}@example.org`), []);
      assert.equal(kicks.length, 0);
    });

    test("a row that moved since it was read (two decisions at once): the compare-and-set refuses, nothing written", async () => {
      const id = await item("submitted");
      const stale = await read(id)(t.handle.db);
      // Someone else publishes first.
      await applyMove({ db: t.handle.db, mailer: mailer() }, spec(id, "publish", "first@example.org"));
      kicks = [];
      const late = { ...spec(id, "publish", "second@example.org"), read: async () => stale };
      await assert.rejects(applyMove({ db: t.handle.db, mailer: mailer() }, late), (error: unknown) => {
        assert.ok(error instanceof MoveRefused);
        assert.equal(error.state, "submitted", "the state the loser read");
        return true;
      });
      assert.equal((await auditRows(id)).length, 1, "only the winner's audit row");
      assert.deepEqual(await mailRows("second@example.org"), []);
      assert.equal(kicks.length, 0);
    });

    test("a failure after the write (a further write, the mail) rolls back the state, the audit row and the mail", async () => {
      const id = await item("draft");
      const failingEffect = {
        ...spec(id, "submit"),
        effects: async () => {
          throw new Error("index unavailable");
        },
      };
      await assert.rejects(applyMove({ db: t.handle.db, mailer: mailer() }, failingEffect), /index unavailable/);
      const failingMail = {
        ...spec(id, "submit"),
        mail: async () => {
          throw new Error("no recipient");
        },
      };
      await assert.rejects(applyMove({ db: t.handle.db, mailer: mailer() }, failingMail), /no recipient/);
      const failingEnqueue = { ...spec(id, "submit"), mail: async () => [notice(`${id}@example.org`), notice("")] };
      const refusing = {
        enqueue: async (trx: Db, mail: MailToSend) => {
          if (!mail.to) throw new Error("no address");
          await t.mailer.enqueue(trx, mail);
        },
        kick: mailer().kick,
      };
      await assert.rejects(applyMove({ db: t.handle.db, mailer: refusing }, failingEnqueue), /no address/);
      assert.equal(await stateOf(id), "draft");
      assert.deepEqual(await auditRows(id), []);
      assert.deepEqual(await mailRows(`${id}@example.org`), [], "the first mail of the move is gone too");
      assert.equal(kicks.length, 0);
    });

    test("further writes and a redirected move: their result is in the audit row; no mail, no wake-up", async () => {
      const id = await item("submitted");
      const { mail: _none, ...quiet } = spec(id, "publish");
      const done = await applyMove(
        { db: t.handle.db, mailer: mailer() },
        {
          ...quiet,
          redirect: async () => "waitlisted",
          effects: async (trx, moving) => {
            const now = await read(id)(trx);
            assert.equal(now.state, "waitlisted", "effects run after the write, in its transaction");
            return { position: 3, from: moving.row.state };
          },
        },
      );
      assert.equal(done.to, "waitlisted");
      const [row] = await auditRows(id);
      assert.deepEqual(JSON.parse(row?.after ?? "null"), {
        state: "waitlisted",
        message: "Well done",
        position: 3,
        from: "submitted",
      });
      assert.equal(kicks.length, 0);
    });
  });
}
