import type { Config } from "../../config.ts";
import type { Db } from "../../db/database.ts";
import { newId, timestamp } from "../../db/ids.ts";
import { type AuditContext, audit } from "../../platform/audit/audit.ts";
import {
  dummyPasswordHash,
  hashPassword,
  PASSWORD_MAX,
  PASSWORD_MIN,
  passwordProblem,
  verifyPassword,
} from "../../platform/auth/passwords.ts";
import type { PersonalDataSource } from "../../platform/auth/personal-data.ts";
import { deriveKey, hashToken, newSecretToken, pseudonym } from "../../platform/auth/secrets.ts";
import { runInBackground } from "../../platform/background.ts";
import { errors } from "../../platform/http/errors.ts";
import { FormError } from "../../platform/http/forms.ts";
import {
  enforceRateLimit,
  hitRateLimit,
  type Limit,
  limitAddress,
  type RateDecision,
  refundRateLimit,
} from "../../platform/http/rate-limit.ts";
import type { RequestMeta } from "../../platform/http/request-meta.ts";
import type { MessageKey } from "../../platform/i18n/i18n.ts";
import type { Logger } from "../../platform/log/logger.ts";
import type { Mailer } from "../../platform/mail/mailer.ts";
import { type AccountMail, accountMail, greetingName } from "./accounts.mail.ts";
import * as repo from "./accounts.repository.ts";
import type { ProfileForm, SignUpForm } from "./accounts.schema.ts";
import type { TokenPurpose, UserAccountTable } from "./accounts.table.ts";

/** What other modules may know of a person: who to write to, in which language, and the name to show. */
export interface Person {
  id: string;
  email: string;
  displayName: string;
  preferredLocale: string;
}

/**
 * The person with this id, for a notice mail or a name on a page (undefined when the account is gone). Takes the
 * caller's transaction, so a decision and its mail read the same state. Other modules use this, never the table.
 */
export async function recipient(db: Db, userId: string): Promise<Person | undefined> {
  const [person] = await repo.findPeople(db, [userId]);
  return person;
}

/** Several people at once, by id (a queue's proposers, a list's owners); ids of deleted accounts are absent. */
export async function people(db: Db, ids: readonly string[]): Promise<Map<string, Person>> {
  const unique = [...new Set(ids)];
  const found = new Map<string, Person>();
  for (let i = 0; i < unique.length; i += 500) {
    for (const person of await repo.findPeople(db, unique.slice(i, i + 500))) found.set(person.id, person);
  }
  return found;
}

/**
 * Orders people by name as lists did when they sorted a join on user_account: code point by code point, which is
 * SQLite's BINARY and PostgreSQL's C collation (the test databases' and the default setup's).
 */
export function byDisplayName(a: Pick<Person, "displayName">, b: Pick<Person, "displayName">): number {
  return Buffer.compare(Buffer.from(a.displayName), Buffer.from(b.displayName));
}

/** How long each kind of link works. */
const TOKEN_HOURS: Record<TokenPurpose, number> = { verify_email: 48, reset_password: 1, change_email: 24 };

/**
 * Attempts allowed per window, counted in the database. Sign-in counts wrong passwords only: a ministry signing its
 * delegation in from one office, or a venue's Wi-Fi, is one address, and right passwords from it never add up.
 * - per account and address pair: ten wrong passwords refuse that address for that account (429), nobody else;
 * - per address: many wrong passwords for any accounts (sized for a venue where hundreds mistype now and then);
 * - per account from anywhere: past the threshold the account is slowed, not locked: an address that has already
 *   failed for it gets one attempt per slot of a few seconds, shared by all such addresses (429 with Retry-After
 *   for the rest of the slot), while an address that has not failed for it is not slowed, so the owner signing in
 *   from their own machine gets straight in. The owner is told once a day by mail.
 */
export const LIMITS = {
  signInFailuresPerPair: { max: 10, windowSeconds: 15 * 60 },
  signInFailuresPerIp: { max: 300, windowSeconds: 15 * 60 },
  signInFailuresPerAccount: { max: 50, windowSeconds: 15 * 60 },
  signInSlowedSlot: { max: 1, windowSeconds: 10 },
  signInOwnerWarned: { max: 1, windowSeconds: 24 * 60 * 60 },
  signUpPerIp: { max: 200, windowSeconds: 60 * 60 },
  signUpPerAccount: { max: 5, windowSeconds: 60 * 60 },
  resetPerIp: { max: 200, windowSeconds: 60 * 60 },
  resetPerAccount: { max: 5, windowSeconds: 60 * 60 },
  /** Wrong current passwords (change of address or password, deletion) per account: a stolen session guessing. */
  currentPasswordFailures: { max: 10, windowSeconds: 15 * 60 },
  /** Confirmation links to new addresses per account. */
  emailChangePerAccount: { max: 5, windowSeconds: 60 * 60 },
  /** Confirmation links re-sent by signing in to an account not yet confirmed. */
  verifyResend: { max: 3, windowSeconds: 60 * 60 },
} satisfies Record<string, Limit>;

export interface Session {
  token: string;
  sessionId: string;
}

const PASSWORD_RULE_KEYS: Record<string, MessageKey> = {
  too_short: "form.password.too_short",
  too_long: "form.password.too_long",
  common: "form.password.common",
  contains_email: "form.password.contains_email",
};

export function createAccountService(deps: {
  db: Db;
  mailer: Mailer;
  config: Config;
  clock: () => Date;
  /** What other modules keep about a person, for the download; filled in by the composition root. */
  personalData?: readonly PersonalDataSource[];
  /** For work done after the answer (a reset request's mail). */
  logger?: Logger;
}) {
  const { db, mailer, config, clock, personalData = [], logger } = deps;
  const limitKey = deriveKey(config.sessionSecret, "rate-limit");

  const ctx = (meta: RequestMeta, actorId: string | null): AuditContext => ({
    actorId,
    ip: meta.ip,
    requestId: meta.requestId,
    now: clock(),
  });
  const link = (path: string, token: string) => `${config.baseUrl}${path}?token=${encodeURIComponent(token)}`;
  /** `name` is the greeting's: greetingName(user), or null to an address nobody has confirmed. */
  const mail = (
    template: AccountMail,
    to: string,
    locale: string,
    name: string | null,
    values: Record<string, string> = {},
  ) => accountMail(template, { email: to, displayName: name, preferredLocale: locale }, values, config.baseUrl);

  const limit = (key: string, rule: Limit) => enforceRateLimit(db, key, rule, clock());
  const accountKey = (kind: string, email: string) => `${kind}:account:${pseudonym(limitKey, email)}`;
  // Addresses as the limits count them: IPv6 by its /64 (limitAddress).
  const ipKey = (kind: string, ip: string | null) => `${kind}:ip:${limitAddress(ip)}`;
  const pairKey = (kind: string, email: string, ip: string | null) =>
    `${kind}:pair:${pseudonym(limitKey, `${email}\n${limitAddress(ip)}`)}`;

  /**
   * Counts a sign-in attempt as a failure before the password is checked (so concurrent guesses cannot all pass a
   * check made before any was counted) and refuses it when a limit is reached (see LIMITS). The caller takes the
   * attempt back when the password was right.
   */
  async function signInAttempt(email: string, ip: string | null) {
    const now = clock();
    const counted: [string, RateDecision][] = [];
    const count = async (key: string, rule: Limit) => {
      const decision = await hitRateLimit(db, key, rule, now);
      counted.push([key, decision]);
      return decision;
    };
    const refund = async () => {
      for (const [key, decision] of counted) await refundRateLimit(db, key, decision);
    };
    const byIp = await count(ipKey("signin-fail", ip), LIMITS.signInFailuresPerIp);
    const byPair = await count(pairKey("signin-fail", email, ip), LIMITS.signInFailuresPerPair);
    const byAccount = await count(accountKey("signin-fail", email), LIMITS.signInFailuresPerAccount);
    const refused = [byIp, byPair].filter((d) => !d.allowed);
    if (refused.length > 0) {
      await refund();
      throw errors.tooManyRequests(Math.max(...refused.map((d) => d.retryAfter)));
    }
    // Slowed: only addresses that have already failed for this account (this attempt being their second or later).
    if (!byAccount.allowed && byPair.count > 1) {
      const slot = await hitRateLimit(db, accountKey("signin-slot", email), LIMITS.signInSlowedSlot, now);
      if (!slot.allowed) {
        await refund();
        throw errors.tooManyRequests(slot.retryAfter);
      }
    }
    return { succeeded: refund, accountFailures: byAccount.count };
  }

  /** Past the per-account threshold the owner learns that someone is trying their password: one mail a day. */
  async function warnOwner(user: UserAccountTable, meta: RequestMeta) {
    const once = await hitRateLimit(db, accountKey("signin-warned", user.email), LIMITS.signInOwnerWarned, clock());
    if (!once.allowed) return;
    await db.transaction().execute(async (trx) => {
      await mailer.enqueue(
        trx,
        mail("signinAttempts", user.email, user.preferredLocale, greetingName(user), {
          reset: `${config.baseUrl}/account/forgot`,
          signin: `${config.baseUrl}/account/signin`,
        }),
      );
      await audit(trx, ctx(meta, null), {
        action: "account.signin_attempts_warned",
        objectType: "user",
        objectId: user.id,
      });
    });
    mailer.kick();
  }

  /**
   * The current password asked by a signed-in form. Wrong ones are counted per account (counted first, taken back
   * when right, as at sign-in): past LIMITS.currentPasswordFailures a 429 with Retry-After.
   */
  async function checkCurrentPassword(user: UserAccountTable, password: string) {
    const key = `current-password-fail:account:${user.id}`;
    const attempt = await hitRateLimit(db, key, LIMITS.currentPasswordFailures, clock());
    if (!attempt.allowed) {
      await refundRateLimit(db, key, attempt);
      throw errors.tooManyRequests(attempt.retryAfter);
    }
    if (!(await verifyPassword(user.passwordHash, password))) {
      throw new FormError({ currentPassword: "form.password.wrong" });
    }
    await refundRateLimit(db, key, attempt);
  }

  function checkPassword(field: string, password: string, email: string) {
    const problem = passwordProblem(password, { email });
    if (problem) throw new FormError({ [field]: PASSWORD_RULE_KEYS[problem] ?? "form.invalid" });
  }

  async function issueToken(trx: Db, userId: string, purpose: TokenPurpose, newEmail: string | null = null) {
    const now = clock();
    await repo.expireTokens(trx, userId, purpose, timestamp(now));
    const { token, hash } = newSecretToken();
    await repo.insertToken(trx, {
      tokenHash: hash,
      userId,
      purpose,
      newEmail,
      createdAt: timestamp(now),
      expiresAt: timestamp(new Date(now.getTime() + TOKEN_HOURS[purpose] * 3600_000)),
    });
    return token;
  }

  async function createSession(userId: string, privilegeVersion: number, meta: RequestMeta): Promise<Session> {
    const now = clock();
    const { token, hash } = newSecretToken();
    const sessionId = newId(now.getTime());
    await repo.insertSession(db, {
      tokenHash: hash,
      id: sessionId,
      userId,
      privilegeVersion,
      createdAt: timestamp(now),
      lastSeenAt: timestamp(now),
      expiresAt: timestamp(new Date(now.getTime() + 30 * 24 * 3600_000)),
      ip: meta.ip,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
      previousTokenHash: null,
      previousTokenUntil: null,
    });
    return { token, sessionId };
  }

  return {
    passwordRules: { min: PASSWORD_MIN, max: PASSWORD_MAX },

    /**
     * Creates an account and mails a confirmation link. When the address is taken, the answer is the same and
     * takes as long (a password is hashed either way); the owner of the address is told by mail instead.
     */
    async signUp(form: SignUpForm, meta: RequestMeta): Promise<void> {
      await limit(ipKey("signup", meta.ip), LIMITS.signUpPerIp);
      await limit(accountKey("signup", form.email), LIMITS.signUpPerAccount);
      checkPassword("password", form.password, form.email);
      const passwordHash = await hashPassword(form.password);
      await db.transaction().execute(async (trx) => {
        const toOwner = async (existing: UserAccountTable) => {
          await mailer.enqueue(
            trx,
            mail("existing", existing.email, existing.preferredLocale, greetingName(existing), {
              signin: `${config.baseUrl}/account/signin`,
              reset: `${config.baseUrl}/account/forgot`,
            }),
          );
        };
        const existing = await repo.findUserByEmail(trx, form.email);
        if (existing) return toOwner(existing);
        const now = timestamp(clock());
        const id = newId(clock().getTime());
        // Two sign-ups with one address at once (a double click, a retry): the insert that loses is the same as an
        // address already taken, not a unique-constraint error.
        const inserted = await repo.insertUserUnlessEmailTaken(trx, {
          id,
          email: form.email,
          emailVerifiedAt: null,
          passwordHash,
          displayName: form.displayName,
          passportName: null,
          organizationId: null,
          stakeholderTypeCode: null,
          countryCode: null,
          preferredLocale: form.preferredLocale,
          privilegeVersion: 1,
          createdAt: now,
          updatedAt: now,
        });
        if (!inserted) {
          const winner = await repo.findUserByEmail(trx, form.email);
          if (winner) await toOwner(winner);
          return;
        }
        const token = await issueToken(trx, id, "verify_email");
        // To an address nobody has confirmed yet: nothing the requester typed (the name) goes into it.
        await mailer.enqueue(
          trx,
          mail("verify", form.email, form.preferredLocale, null, {
            link: link("/account/verify", token),
          }),
        );
        await audit(trx, ctx(meta, id), { action: "account.create", objectType: "user", objectId: id });
      });
      mailer.kick();
    },

    /** Confirms the address from the link; the link works once. */
    async verifyEmail(token: string, meta: RequestMeta): Promise<void> {
      const now = timestamp(clock());
      await db.transaction().execute(async (trx) => {
        const used = await repo.consumeToken(trx, hashToken(token), "verify_email", now);
        if (!used) throw errors.linkInvalid();
        await repo.updateUser(trx, used.userId, { emailVerifiedAt: now, updatedAt: now });
        await audit(trx, ctx(meta, used.userId), {
          action: "account.verify_email",
          objectType: "user",
          objectId: used.userId,
        });
      });
    },

    /** Checks the password and opens a new session. The same error for an unknown email and a wrong password. */
    async signIn(email: string, password: string, meta: RequestMeta): Promise<Session & { locale: string }> {
      const attempt = await signInAttempt(email, meta.ip);
      const user = await repo.findUserByEmail(db, email);
      const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
      if (!user || !ok) {
        if (user && attempt.accountFailures >= LIMITS.signInFailuresPerAccount.max) {
          // After the answer, so a wrong password for an account that exists does not take longer.
          runInBackground(
            () => warnOwner(user, meta),
            (error) => logger?.error("sign-in warning failed", { requestId: meta.requestId, error }),
          );
        }
        throw new FormError({ password: "form.signin.wrong" });
      }
      await attempt.succeeded();
      if (!user.emailVerifiedAt) {
        // A fresh link, a few an hour: right passwords are not counted, and whoever signed up with a stranger's
        // address knows the password — each sign-in must not be another mail to that address.
        const resend = await hitRateLimit(db, accountKey("verify-resend", email), LIMITS.verifyResend, clock());
        if (resend.allowed) {
          await db.transaction().execute(async (trx) => {
            const token = await issueToken(trx, user.id, "verify_email");
            await mailer.enqueue(
              trx,
              mail("verify", user.email, user.preferredLocale, null, {
                link: link("/account/verify", token),
              }),
            );
          });
          mailer.kick();
        }
        throw new FormError({ email: "form.signin.unverified" });
      }
      const session = await createSession(user.id, user.privilegeVersion, meta);
      await audit(db, ctx(meta, user.id), {
        action: "session.create",
        objectType: "session",
        objectId: session.sessionId,
      });
      return { ...session, locale: user.preferredLocale };
    },

    async signOut(token: string): Promise<void> {
      await repo.deleteSessionByTokenHash(db, hashToken(token));
    },

    /**
     * Mails a reset link when the account exists; the answer is the same either way, and takes as long: the request
     * does only what both cases do (the rate limits), and the lookup, link and mail happen after the answer.
     */
    async requestPasswordReset(email: string, meta: RequestMeta): Promise<void> {
      await limit(ipKey("reset", meta.ip), LIMITS.resetPerIp);
      await limit(accountKey("reset", email), LIMITS.resetPerAccount);
      const at = ctx(meta, null);
      runInBackground(
        async () => {
          const user = await repo.findUserByEmail(db, email);
          if (!user) return;
          await db.transaction().execute(async (trx) => {
            const token = await issueToken(trx, user.id, "reset_password");
            await mailer.enqueue(
              trx,
              mail("reset", user.email, user.preferredLocale, greetingName(user), {
                link: link("/account/reset", token),
              }),
            );
            await audit(trx, at, { action: "account.reset_requested", objectType: "user", objectId: user.id });
          });
          mailer.kick();
        },
        (error) => logger?.error("password reset request failed", { requestId: meta.requestId, error }),
      );
    },

    /** Whether a reset link can still be used, so the form is shown only for a live link. */
    async resetLinkIsUsable(token: string): Promise<boolean> {
      return Boolean(await repo.findUsableToken(db, hashToken(token), "reset_password", timestamp(clock())));
    },

    /** Sets a new password from a reset link, signs the account out everywhere, and confirms the address. */
    async resetPassword(token: string, password: string, meta: RequestMeta): Promise<void> {
      const now = timestamp(clock());
      const pending = await repo.findUsableToken(db, hashToken(token), "reset_password", now);
      if (!pending) throw errors.linkInvalid();
      const user = await repo.findUserById(db, pending.userId);
      if (!user) throw errors.linkInvalid();
      checkPassword("password", password, user.email);
      const passwordHash = await hashPassword(password);
      await db.transaction().execute(async (trx) => {
        const used = await repo.consumeToken(trx, pending.tokenHash, "reset_password", now);
        if (!used) throw errors.linkInvalid();
        // Having the link proves the address, so a reset also confirms it.
        await repo.updateUser(trx, user.id, {
          passwordHash,
          emailVerifiedAt: user.emailVerifiedAt ?? now,
          updatedAt: now,
        });
        await repo.deleteSessionsOfUser(trx, user.id);
        // As sessions end, so do links sent before: another reset link, a pending change of address.
        await repo.expireTokens(trx, user.id, "all", now);
        await mailer.enqueue(trx, mail("passwordChanged", user.email, user.preferredLocale, greetingName(user, true)));
        await audit(trx, ctx(meta, user.id), {
          action: "account.password_reset",
          objectType: "user",
          objectId: user.id,
        });
      });
      mailer.kick();
    },

    async changePassword(userId: string, sessionId: string, current: string, next: string, meta: RequestMeta) {
      const user = await repo.findUserById(db, userId);
      if (!user) throw errors.unauthenticated();
      await checkCurrentPassword(user, current);
      checkPassword("newPassword", next, user.email);
      const passwordHash = await hashPassword(next);
      await db.transaction().execute(async (trx) => {
        const now = timestamp(clock());
        await repo.updateUser(trx, userId, { passwordHash, updatedAt: now });
        await repo.deleteSessionsOfUser(trx, userId, sessionId);
        // Every link sent before ends with the other sessions: a reset link, a pending change of address.
        await repo.expireTokens(trx, userId, "all", now);
        await mailer.enqueue(trx, mail("passwordChanged", user.email, user.preferredLocale, greetingName(user)));
        await audit(trx, ctx(meta, userId), {
          action: "account.password_change",
          objectType: "user",
          objectId: userId,
        });
      });
      mailer.kick();
    },

    /** Mails a confirmation link to the new address; nothing changes until it is opened. */
    async requestEmailChange(userId: string, newEmail: string, password: string, meta: RequestMeta) {
      const user = await repo.findUserById(db, userId);
      if (!user) throw errors.unauthenticated();
      await checkCurrentPassword(user, password);
      if (newEmail === user.email) throw new FormError({ newEmail: "form.email.same" });
      await limit(`email-change:account:${user.id}`, LIMITS.emailChangePerAccount);
      const taken = await repo.findUserByEmail(db, newEmail);
      await db.transaction().execute(async (trx) => {
        if (!taken) {
          const token = await issueToken(trx, userId, "change_email", newEmail);
          await mailer.enqueue(
            trx,
            // The new address is not confirmed yet: no name in it.
            mail("emailChange", newEmail, user.preferredLocale, null, {
              link: link("/account/email/confirm", token),
            }),
          );
        }
        await mailer.enqueue(
          trx,
          mail("emailChangeNotice", user.email, user.preferredLocale, greetingName(user), {
            email: newEmail,
          }),
        );
        await audit(trx, ctx(meta, userId), {
          action: "account.email_change_requested",
          objectType: "user",
          objectId: userId,
        });
      });
      mailer.kick();
    },

    async confirmEmailChange(token: string, meta: RequestMeta): Promise<void> {
      const now = timestamp(clock());
      // The address may be taken between the check below and the write (another account confirming it, a sign-up
      // with it, committed meanwhile): the unique index refuses the write, and the link is as invalid as if the
      // address had been taken before.
      const taken = (error: unknown) => {
        throw repo.isUniqueViolation(error) ? errors.linkInvalid() : error;
      };
      await db
        .transaction()
        .execute(async (trx) => {
          const used = await repo.consumeToken(trx, hashToken(token), "change_email", now);
          if (!used?.newEmail) throw errors.linkInvalid();
          const user = await repo.findUserById(trx, used.userId);
          if (!user) throw errors.linkInvalid();
          if (await repo.findUserByEmail(trx, used.newEmail)) throw errors.linkInvalid();
          await repo.updateUser(trx, user.id, { email: used.newEmail, emailVerifiedAt: now, updatedAt: now });
          // Links mailed to the old address (a reset link) no longer reach the account's owner: they end.
          await repo.expireTokens(trx, user.id, "all", now);
          await mailer.enqueue(
            trx,
            mail("emailChanged", user.email, user.preferredLocale, greetingName(user), {
              email: used.newEmail,
            }),
          );
          await audit(trx, ctx(meta, user.id), {
            action: "account.email_change",
            objectType: "user",
            objectId: user.id,
          });
        })
        .catch(taken);
      mailer.kick();
    },

    async profile(userId: string) {
      const user = await repo.findUserById(db, userId);
      if (!user) throw errors.unauthenticated();
      const { passwordHash: _secret, ...visible } = user;
      return visible;
    },

    async updateProfile(userId: string, form: ProfileForm, allowedOrganizationIds: string[], meta: RequestMeta) {
      if (form.organizationId && !allowedOrganizationIds.includes(form.organizationId)) {
        throw new FormError({ organizationId: "form.organization.notMember" });
      }
      const before = await repo.findUserById(db, userId);
      if (!before) throw errors.unauthenticated();
      const changes = {
        displayName: form.displayName,
        passportName: form.passportName || null,
        organizationId: form.organizationId || null,
        stakeholderTypeCode: form.stakeholderTypeCode || null,
        countryCode: form.countryCode || null,
        preferredLocale: form.preferredLocale,
      };
      await db.transaction().execute(async (trx) => {
        await repo.updateUser(trx, userId, { ...changes, updatedAt: timestamp(clock()) });
        await audit(trx, ctx(meta, userId), { action: "account.profile_update", objectType: "user", objectId: userId });
      });
    },

    /**
     * Called by the organizations module, inside its transaction, when someone's membership changes: a person
     * who left no longer shows the organisation on their profile, and a change of focal-point status is a change
     * of privileges, so their sessions are reissued.
     */
    async membershipChanged(
      trx: Db,
      userId: string,
      organizationId: string,
      change: { stillMember: boolean; privilegesChanged: boolean },
    ) {
      const now = timestamp(clock());
      if (!change.stillMember) await repo.clearProfileOrganization(trx, userId, organizationId, now);
      if (change.privilegesChanged) await repo.bumpPrivilegeVersion(trx, userId, now);
    },

    sessions: (userId: string) => repo.findSessionsOfUser(db, userId),

    async revokeSession(userId: string, sessionId: string, meta: RequestMeta) {
      const removed = await repo.deleteSessionOfUser(db, userId, sessionId);
      if (removed === 0) throw errors.notFound("No such session");
      await audit(db, ctx(meta, userId), { action: "session.revoke", objectType: "session", objectId: sessionId });
    },

    async revokeOtherSessions(userId: string, currentSessionId: string, meta: RequestMeta) {
      await repo.deleteSessionsOfUser(db, userId, currentSessionId);
      await audit(db, ctx(meta, userId), { action: "session.revoke_others", objectType: "user", objectId: userId });
    },

    /** Everything held about the person, as one JSON document. Never the password hash. */
    async exportData(userId: string) {
      const data = await repo.personalData(db, userId);
      if (!data.account) throw errors.unauthenticated();
      const { passwordHash: _secret, ...account } = data.account;
      const parts = await Promise.all(personalData.map(async (source) => [source.key, await source.collect(userId)]));
      return { exportedAt: timestamp(clock()), ...data, account, ...Object.fromEntries(parts) };
    },

    /** Deletes the account and everything that names the person; the audit trail keeps only an opaque id. */
    async deleteAccount(userId: string, password: string, meta: RequestMeta) {
      const user = await repo.findUserById(db, userId);
      if (!user) throw errors.unauthenticated();
      await checkCurrentPassword(user, password);
      await db.transaction().execute(async (trx) => {
        await repo.deleteMailTo(trx, user.email);
        await repo.deleteUser(trx, userId);
        await audit(trx, ctx(meta, userId), { action: "account.delete", objectType: "user", objectId: userId });
      });
    },
  };
}

export type AccountService = ReturnType<typeof createAccountService>;
