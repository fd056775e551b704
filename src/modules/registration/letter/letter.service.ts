import type { Config } from "../../../config.ts";
import type { Db } from "../../../db/database.ts";
import { type AuditContext, audit } from "../../../platform/audit/audit.ts";
import { type Actor, authorize } from "../../../platform/auth/policy.ts";
import { deriveKey, unseal } from "../../../platform/auth/secrets.ts";
import { errors } from "../../../platform/http/errors.ts";
import { hitRateLimit, type Limit } from "../../../platform/http/rate-limit.ts";
import type { RequestMeta } from "../../../platform/http/request-meta.ts";
import type { Locale } from "../../../platform/i18n/locale.ts";
import type { Logger } from "../../../platform/log/logger.ts";
import type { ForumService } from "../../forum/forum.service.ts";
import { codeMatches, readCode, signedCode } from "../codes.ts";
import type { Attendance, RegistrationState } from "../registration.table.ts";
import * as repo from "./letter.repository.ts";

/** Checks of letter codes allowed per client address: a consulate's desk, not a way to try codes in bulk. */
export const VERIFY_LIMIT: Limit = { max: 60, windowSeconds: 600 };

/**
 * What the public verification page shows for a valid letter, and nothing more: enough to compare with the
 * paper and the passport (name, nationality, the passport number's last three characters, the issue date).
 */
export interface VerifiedLetter {
  passportName: string;
  nationalityCode: string;
  /** The last three characters of a visa letter's passport number; null for a letter without one. */
  passportEnding: string | null;
  /** When the letter was issued (the decision, or the confirmation of a virtual registration). */
  issuedAt: string | null;
  eventTitle: string;
  startsOn: string;
  endsOn: string;
  state: "approved" | "confirmed";
}

/** A letter may exist only for an approved on-site or a confirmed virtual registration. */
export function letterIsValid(reg: { attendance: Attendance; state: RegistrationState }): boolean {
  return (
    (reg.attendance === "onsite" && reg.state === "approved") ||
    (reg.attendance === "virtual" && reg.state === "confirmed")
  );
}

export function createLetterService(deps: {
  db: Db;
  forum: ForumService;
  config: Config;
  clock: () => Date;
  logger?: Logger;
}) {
  const { db, forum, config, clock, logger } = deps;
  const letterKey = deriveKey(config.sessionSecret, "registration-letter");
  const passportKey = deriveKey(config.sessionSecret, "registration-passport");
  const verifyPage = `${config.baseUrl}/verify`;

  /**
   * The passport a visa letter identifies: its number and the holder's date of birth, never its expiry. Only for
   * on-site attendance: an online participant's confirmation carries no passport data.
   */
  async function visaPassport(reg: {
    id: string;
    attendance: Attendance;
    needsVisa: number;
  }): Promise<{ number: string; bornOn: string } | null> {
    if (reg.attendance !== "onsite" || reg.needsVisa !== 1) return null;
    const sealed = await repo.findSealedPassport(db, reg.id);
    if (!sealed) return null;
    const details = JSON.parse(unseal(passportKey, sealed.sealed)) as { number: string; bornOn: string };
    return { number: details.number, bornOn: details.bornOn };
  }

  return {
    verifyPage,

    /** The printed code of a registration's letter; a visa letter's binds its passport number. */
    codeOf(letterNonce: string, passportNumber = ""): string {
      return signedCode(letterKey, "letter", letterNonce, passportNumber);
    },

    /**
     * The PDF letter of a registration, for its owner or accreditation staff. 403 for anyone else; 404 when the
     * registration has no letter (not approved or confirmed, or its event is not published).
     */
    async letter(actor: Actor | null, registrationId: string, locale: Locale, meta: RequestMeta) {
      if (!actor) throw errors.unauthenticated();
      const reg = await repo.findRegistrationForLetter(db, registrationId);
      if (!reg) throw errors.notFound("No registration here");
      const owner = reg.userId === actor.userId;
      // Staff who may see passport details may see the letter, which can print some of them.
      authorize(actor, "registration.letter", reg);
      if (!letterIsValid(reg) || !reg.letterNonce) throw errors.notFound("No letter for this registration");
      const event = await forum.event(reg.eventId, locale);
      if (!event) throw errors.notFound("No letter for this registration");

      const passport = await visaPassport(reg);
      if (!owner) {
        // Staff reading someone's letter (which may hold passport details) leave a trace.
        const ctx: AuditContext = { actorId: actor.userId, ip: meta.ip, requestId: meta.requestId, now: clock() };
        await audit(db, ctx, { action: "registration.letter.view", objectType: "registration", objectId: reg.id });
      }
      const code = signedCode(letterKey, "letter", reg.letterNonce, passport?.number ?? "");
      // The PDF libraries (pdf-lib, fontkit, qrcode) load on the first letter or badge, not with every server.
      const { renderLetter } = await import("./letter.pdf.ts");
      const bytes = await renderLetter(
        {
          registrationId: reg.id,
          reference: reg.reference,
          passportName: reg.passportName,
          nationalityCode: reg.nationalityCode,
          attendance: reg.attendance,
          event,
          passport,
          issuedOn: reg.decidedAt ? new Date(reg.decidedAt) : clock(),
          code,
          verifyUrl: `${verifyPage}/${code}`,
          verifyPage,
        },
        locale,
        logger,
      );
      return { bytes, code, filename: `wsis-registration-${reg.reference}.pdf` };
    },

    /**
     * The public check of a typed or scanned code. Every invalid case (malformed, altered, unknown, no longer
     * approved) gives the same null, so nothing can be learnt by trying codes; counted per client address.
     */
    async verify(typed: string, locale: Locale, meta: RequestMeta): Promise<VerifiedLetter | null> {
      const decision = await hitRateLimit(db, `letter-verify:ip:${meta.ip ?? "unknown"}`, VERIFY_LIMIT, clock());
      if (!decision.allowed) throw errors.tooManyRequests(decision.retryAfter);
      const code = readCode(typed);
      if (!code) return null;
      const reg = await repo.findByLetterNonce(db, code.nonce);
      if (!reg || !letterIsValid(reg)) return null;
      // The MAC is checked against the passport number kept for the registration: a letter printed with another
      // number (or, once the number is erased after the event, any visa letter) reads "not valid".
      const passport = await visaPassport(reg);
      if (reg.attendance === "onsite" && reg.needsVisa === 1 && !passport) return null;
      if (!codeMatches(letterKey, "letter", code, passport?.number ?? "")) return null;
      const event = await forum.event(reg.eventId, locale);
      if (!event) return null;
      return {
        passportName: reg.passportName,
        nationalityCode: reg.nationalityCode,
        passportEnding: passport ? passport.number.slice(-3) : null,
        issuedAt: reg.decidedAt,
        eventTitle: event.title,
        startsOn: event.startsOn,
        endsOn: event.endsOn,
        state: reg.state === "approved" ? "approved" : "confirmed",
      };
    },
  };
}

export type LetterService = ReturnType<typeof createLetterService>;
