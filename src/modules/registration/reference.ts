import { randomInt } from "node:crypto";

// A registration's reference, as people read it aloud, type it at a desk or quote it in a mail: the edition's
// prefix and five characters from an alphabet without look-alikes (no 0/O, 1/I/L or U/V to confuse), e.g.
// HLE25-4K7Q2. 29^5 ≈ 20 million codes per prefix; a clash is checked before the insert and caught by the unique
// index after it. The URLs keep the registration's id.

export const REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ";
const CODE_LENGTH = 5;

/**
 * The edition's prefix from its slug: the words other than "wsis" (one word up to five letters, several by their
 * initials) and the year's last two digits — wsis-hle-2025 → HLE25, wsis-forum-2027 → FORUM27.
 */
export function referencePrefix(slug: string): string {
  const words = slug.toLowerCase().split("-").filter(Boolean);
  const year = words.filter((w) => /^\d{4}$/.test(w)).at(-1);
  const names = words.filter((w) => w !== "wsis" && /^[a-z]+$/.test(w));
  const letters =
    names.length === 1
      ? (names[0] ?? "").slice(0, 5)
      : names
          .map((w) => w[0])
          .join("")
          .slice(0, 5);
  return `${(letters || "wsis").toUpperCase()}${year ? year.slice(2) : ""}`;
}

export function newReference(slug: string): string {
  let code = "";
  for (let i = 0; i < CODE_LENGTH; i++) code += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  return `${referencePrefix(slug)}-${code}`;
}
