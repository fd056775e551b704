import assert from "node:assert/strict";
import type { AddressInfo } from "node:net";
import { after, before, describe, test } from "node:test";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { buildTestApp, type TestApp } from "../../../test/support/app.ts";
import { testDialects } from "../../../test/support/databases.ts";
import { deriveKey } from "../auth/secrets.ts";
import { createLogger } from "../log/logger.ts";
import { createMailer } from "./mailer.ts";
import { type MailTransport, smtpTransport } from "./transport.ts";

interface Received {
  from: string;
  to: string[];
  subject: string;
  text: string;
  language: string;
}

/** A real SMTP server on 127.0.0.1 that keeps what it receives; `reject` makes it refuse every message. */
async function startSmtp() {
  const received: Received[] = [];
  const state = { reject: false };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      if (state.reject) {
        stream.resume();
        stream.on("end", () => callback(Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 })));
        return;
      }
      simpleParser(stream).then((mail) => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          subject: mail.subject ?? "",
          text: mail.text ?? "",
          language: String(mail.headers.get("content-language") ?? ""),
        });
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    received,
    state,
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

for (const dialect of await testDialects()) {
  describe(`the mail queue [${dialect.name}]`, { skip: dialect.skip }, () => {
    let t: TestApp;
    let smtp: Awaited<ReturnType<typeof startSmtp>>;
    const key = deriveKey("mail-test-secret-mail-test-secret-0000", "mail-body");
    const logger = createLogger("silent");
    before(async () => {
      t = await buildTestApp(dialect);
      smtp = await startSmtp();
    });
    after(async () => {
      await smtp?.close();
      await t?.close();
    });

    const mailerWith = (transport: MailTransport) =>
      createMailer({
        db: t.handle.db,
        transport,
        key,
        from: "WSIS Platform <no-reply@wsis.test>",
        logger,
        clock: t.clock.now,
      });

    const statusOf = (id: string) =>
      t.handle.db.selectFrom("mailMessage").selectAll().where("id", "=", id).executeTakeFirstOrThrow();

    test("a queued message reaches an SMTP server, in UTF-8, and its body is then erased", async () => {
      const mailer = mailerWith(smtpTransport(smtp.url));
      await mailer.enqueue(t.handle.db, {
        to: "amal@example.org",
        template: "test",
        locale: "ar",
        subject: "تأكيد عنوان بريدك الإلكتروني",
        text: "مرحبا أمل،\nhttp://localhost:3000/account/verify?token=abc",
      });
      const row = await t.handle.db
        .selectFrom("mailMessage")
        .selectAll()
        .where("toAddress", "=", "amal@example.org")
        .executeTakeFirstOrThrow();
      assert.ok(row.sealedBody && !row.sealedBody.includes("token=abc"), "the queued body is sealed");
      assert.equal(await mailer.deliverDue(), 1);
      const got = smtp.received.find((m) => m.to.includes("amal@example.org"));
      assert.ok(got);
      assert.equal(got.subject, "تأكيد عنوان بريدك الإلكتروني");
      assert.match(got.text, /مرحبا أمل/);
      assert.equal(got.language, "ar");
      assert.equal(got.from, "no-reply@wsis.test");
      const sent = await statusOf(row.id);
      assert.equal(sent.status, "sent");
      assert.equal(sent.sealedBody, null);
      await mailer.stop();
    });

    test("a refused message is retried later, and marked failed after the last attempt", async () => {
      const mailer = mailerWith(smtpTransport(smtp.url));
      smtp.state.reject = true;
      await mailer.enqueue(t.handle.db, {
        to: "bounce@example.org",
        template: "test",
        locale: "en",
        subject: "Hello",
        text: "Body",
      });
      const { id } = await t.handle.db
        .selectFrom("mailMessage")
        .select("id")
        .where("toAddress", "=", "bounce@example.org")
        .executeTakeFirstOrThrow();
      assert.equal(await mailer.deliverDue(), 0);
      let row = await statusOf(id);
      assert.deepEqual([row.status, row.attempts], ["pending", 1]);
      assert.match(row.lastError ?? "", /Mailbox unavailable/);
      assert.equal(await mailer.deliverDue(), 0, "not due again before its time");
      assert.equal((await statusOf(id)).attempts, 1);

      // Waits of 1, 5, 30, 120 and 720 minutes, then it is given up.
      for (const minutes of [1, 5, 30, 120, 720]) {
        t.clock.advance(minutes * 60_000 + 1000);
        await mailer.deliverDue();
      }
      row = await statusOf(id);
      assert.deepEqual([row.status, row.attempts, row.sealedBody], ["failed", 6, null]);

      // A message that failed once and then goes through.
      smtp.state.reject = false;
      await mailer.enqueue(t.handle.db, {
        to: "later@example.org",
        template: "test",
        locale: "en",
        subject: "Later",
        text: "Body",
      });
      smtp.state.reject = true;
      await mailer.deliverDue();
      smtp.state.reject = false;
      t.clock.advance(61_000);
      assert.equal(await mailer.deliverDue(), 1);
      assert.ok(smtp.received.some((m) => m.to.includes("later@example.org")));
      await mailer.stop();
    });

    test("two instances delivering at once send each message exactly once", async () => {
      const a = mailerWith(smtpTransport(smtp.url));
      const b = mailerWith(smtpTransport(smtp.url));
      for (let i = 0; i < 20; i++) {
        await a.enqueue(t.handle.db, {
          to: `many${i}@example.org`,
          template: "test",
          locale: "en",
          subject: `n${i}`,
          text: "x",
        });
      }
      const [sentA, sentB] = await Promise.all([a.deliverDue(), b.deliverDue()]);
      assert.equal(sentA + sentB, 20);
      for (let i = 0; i < 20; i++) {
        assert.equal(smtp.received.filter((m) => m.to.includes(`many${i}@example.org`)).length, 1, `many${i}`);
      }
      await a.stop();
      await b.stop();
    });
  });
}
