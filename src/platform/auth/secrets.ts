import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes } from "node:crypto";

/** A random secret for a link or a session cookie: 32 bytes, URL-safe. Only its hash is ever stored. */
export function newSecretToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashToken(token) };
}

/** SHA-256 is enough here: the tokens are 256 random bits, not guessable passwords. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Keys for distinct purposes, derived from SESSION_SECRET so one setting protects all of them. */
export function deriveKey(secret: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "wsis-platform", purpose, 32));
}

/** A keyed digest of personal data (e.g. an email in a rate-limit key), so the table never holds it in clear. */
export function pseudonym(key: Buffer, value: string): string {
  return createHmac("sha256", key).update(value).digest("base64url").slice(0, 32);
}

/** AES-256-GCM: "iv.tag.ciphertext", base64url. */
export function seal(key: Buffer, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString("base64url")).join(".");
}

export function unseal(key: Buffer, sealed: string): string {
  const [iv, tag, body] = sealed.split(".").map((part) => Buffer.from(part, "base64url"));
  if (!iv || !tag || !body) throw new Error("malformed sealed value");
  const decipher = createDecipheriv("aes-256-gcm", key, iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8");
}
