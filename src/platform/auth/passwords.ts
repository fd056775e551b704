import { readFileSync } from "node:fs";
import { hash, verify } from "@node-rs/argon2";

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

// argon2id with OWASP's second recommended setting (19 MiB, 2 passes): about 12 ms a hash on this machine.
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/**
 * Passwords people most often choose, 10 characters or longer (shorter ones fail the length rule anyway).
 * From the zxcvbn-ts common-passwords list (MIT), itself built from public breach corpora.
 */
const COMMON = new Set(
  readFileSync(new URL("./common-passwords.txt", import.meta.url), "utf8")
    .split("\n")
    .map((line) => line.trim().toLowerCase())
    .filter(Boolean),
);

export type PasswordRule = "too_short" | "too_long" | "common" | "contains_email";

/** The first rule a new password breaks, or undefined when it is acceptable. */
export function passwordProblem(password: string, context: { email?: string } = {}): PasswordRule | undefined {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return "too_short";
  if (length > PASSWORD_MAX) return "too_long";
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return "common";
  const local = context.email?.split("@")[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local)) return "contains_email";
  return undefined;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/**
 * A hash to verify against when there is no account, so "no such email" takes as long as "wrong password"
 * and the answer's timing does not reveal which accounts exist.
 */
let dummy: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummy ??= hashPassword("not-a-real-password-not-a-real-account");
  return dummy;
}
