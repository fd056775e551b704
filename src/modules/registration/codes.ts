import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

// Signed codes for e-confirmation letters and badges: 8 random bytes (the nonce, stored with the registration)
// and the first 4 bytes of an HMAC-SHA-256 over the kind and the nonce, written in Crockford's base32 as
// "XXXXX-XXXXX-XXXXX-XXXXX". A code cannot be guessed (64 random bits) or altered without the key (an altered
// code fails the HMAC before any database lookup), and a letter's code says nothing about its registration.
// A visa letter's code also binds the passport number it prints (the HMAC covers it too): the code is checked
// against the number kept for the registration, so a letter printed with another number does not verify.

export type CodeKind = "letter" | "badge";

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const NONCE_BYTES = 8;
const MAC_BYTES = 4;

/** A fresh random nonce, hex, to store with the registration. */
export function newNonce(): string {
  return randomBytes(NONCE_BYTES).toString("hex");
}

/** The HMAC of a code; `bound` (a passport number) is covered when given, and codes without one are as before. */
function mac(key: Buffer, kind: CodeKind, nonce: Buffer, bound = ""): Buffer {
  const hmac = createHmac("sha256", key).update(kind).update(nonce);
  if (bound) hmac.update("\u0000").update(bound, "utf8");
  return hmac.digest().subarray(0, MAC_BYTES);
}

function encode(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

function decode(text: string): Buffer | null {
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const ch of text) {
    const digit = ALPHABET.indexOf(ch);
    if (digit < 0) return null;
    value = ((value << 5) | digit) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  // The last character's spare bits are zero in every code the platform prints: any other spelling is altered.
  if ((value & ((1 << bits) - 1)) !== 0) return null;
  return Buffer.from(out);
}

/** The printed code for a stored nonce, bound to `bound` (a visa letter's passport number) when given. */
export function signedCode(key: Buffer, kind: CodeKind, nonceHex: string, bound = ""): string {
  const nonce = Buffer.from(nonceHex, "hex");
  const plain = encode(Buffer.concat([nonce, mac(key, kind, nonce, bound)]));
  return plain.match(/.{1,5}/g)?.join("-") ?? plain;
}

/**
 * The nonce a typed or scanned code carries, or null when it is malformed or its signature is wrong. Forgiving of
 * what people type: case, spaces and hyphens, O for 0, I and L for 1.
 */
export function verifyCode(key: Buffer, kind: CodeKind, typed: string): string | null {
  const code = readCode(typed);
  return code && codeMatches(key, kind, code, "") ? code.nonce : null;
}

/** A well-formed code's parts (nonce in hex and its MAC), not yet checked; null when malformed. */
export function readCode(typed: string): { nonce: string; mac: Buffer } | null {
  const text = typed.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
  if (text.length !== 20) return null;
  const bytes = decode(text);
  if (!bytes || bytes.length !== NONCE_BYTES + MAC_BYTES) return null;
  return { nonce: bytes.subarray(0, NONCE_BYTES).toString("hex"), mac: bytes.subarray(NONCE_BYTES) };
}

/** Whether a read code's MAC is the one for its nonce and `bound` (a visa letter's passport number, or ""). */
export function codeMatches(key: Buffer, kind: CodeKind, code: { nonce: string; mac: Buffer }, bound: string): boolean {
  return timingSafeEqual(mac(key, kind, Buffer.from(code.nonce, "hex"), bound), code.mac);
}
