import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Transporter } from "nodemailer";

export interface OutgoingMail {
  id: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  locale: string;
}

/** Where mail goes: an SMTP server, or (in development) .eml files a developer can open. */
export interface MailTransport {
  readonly kind: "smtp" | "outbox";
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

function toNodemailer(mail: OutgoingMail) {
  return {
    from: mail.from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    headers: { "Content-Language": mail.locale },
    messageId: `<${mail.id}@wsis-platform>`,
  };
}

/**
 * nodemailer is loaded with the first message, not when the server starts: a server may send none for hours,
 * and the module with its dependencies is about a MiB of heap (bench/README.md, CSV export).
 */
function lazily(create: (nodemailer: typeof import("nodemailer").default) => Transporter) {
  let transporter: Promise<Transporter> | undefined;
  return {
    get: () => {
      transporter ??= import("nodemailer").then((module) => create(module.default));
      return transporter;
    },
    close: () => {
      transporter?.then((t) => t.close()).catch(() => {});
    },
  };
}

export function smtpTransport(url: string): MailTransport {
  const transporter = lazily((nodemailer) => nodemailer.createTransport(url));
  return {
    kind: "smtp",
    send: async (mail) => {
      await (await transporter.get()).sendMail(toNodemailer(mail));
    },
    close: () => transporter.close(),
  };
}

/** Each message as a complete RFC 5322 file, `<time>-<id>.eml`, in the outbox folder. */
export function outboxTransport(dir: string): MailTransport {
  const builder = lazily((nodemailer) =>
    nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" }),
  );
  return {
    kind: "outbox",
    send: async (mail) => {
      const info = await (await builder.get()).sendMail(toNodemailer(mail));
      await mkdir(dir, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, "-");
      await writeFile(path.join(dir, `${stamp}-${mail.id}.eml`), info.message as Buffer, { mode: 0o600 });
    },
    close: () => {},
  };
}
