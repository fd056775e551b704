export interface MailMessageTable {
  id: string;
  toAddress: string;
  template: string;
  locale: string;
  subject: string;
  /** AES-256-GCM sealed text body; null once sent, so one-time links do not linger. */
  sealedBody: string | null;
  /** pending → sending → sent, or failed after the last attempt. */
  status: "pending" | "sending" | "sent" | "failed";
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

export interface MailTables {
  mailMessage: MailMessageTable;
}
