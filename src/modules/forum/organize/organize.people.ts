// People typed by name in the session form, matched to the people already known, so that the programme names each
// person once and the "speaker in two places" warning sees a speaker typed again.

/** A name or organisation as people mean it: "José  Pérez" and "jose perez" are the same person. */
export function personKey(value: string | null): string {
  return (value ?? "").normalize("NFKD").replace(/\p{M}/gu, "").toLocaleLowerCase("en").replace(/\s+/g, " ").trim();
}

interface KnownPerson {
  id: string;
  name: string;
  organization: string | null;
}

/**
 * The known person a typed name and organisation mean: the same name and, where both give an organisation, the same
 * organisation. Among several, the one whose organisation is exactly the one typed (or, none typed, the one with
 * none); "ambiguous" when that still leaves several or none; null when nobody matches (someone new).
 */
export function knownPerson(
  typed: { name: string; organization: string | null },
  everyone: KnownPerson[],
): string | "ambiguous" | null {
  const name = personKey(typed.name);
  const organization = personKey(typed.organization);
  const same = everyone.filter(
    (known) =>
      personKey(known.name) === name &&
      (!organization || !known.organization || personKey(known.organization) === organization),
  );
  if (same.length <= 1) return same[0]?.id ?? null;
  const exact = same.filter((known) => personKey(known.organization) === organization);
  return exact.length === 1 ? (exact[0]?.id ?? null) : "ambiguous";
}
