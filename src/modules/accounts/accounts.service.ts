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
import { errors } from "../../platform/http/errors.ts";
import { FormError } from "../../platform/http/forms.ts";
import { hitRateLimit, type Limit } from "../../platform/http/rate-limit.ts";
import type { MessageKey } from "../../platform/i18n/i18n.ts";
import type { Mailer } from "../../platform/mail/mailer.ts";
import { type AccountMail, accountMail } from "./accounts.mail.ts";
import * as repo from "./accounts.repository.ts";
import type { ProfileForm, SignUpForm } from "./accounts.schema.ts";
import type { TokenPurpose } from "./accounts.table.ts";

/** How long each kind of link works. */
const TOKEN_HOURS: Record<TokenPurpose, number> = { verify_email: 48, reset_password: 1, change_email: 24 };

/** Attempts allowed per window, per client address and per account. Counted in the database. */
export const LIMITS = {
  signInPerIp: { max: 30, windowSeconds: 15 * 60 },
  signInPerAccount: { max: 10, windowSeconds: 15 * 60 },
  signUpPerIp: { max: 10, windowSeconds: 60 * 60 },
  signUpPerAccount: { max: 5, windowSeconds: 60 * 60 },
  resetPerIp: { max: 20, windowSeconds: 60 * 60 },
  resetPerAccount: { max: 5, windowSeconds: 60 * 60 },
} satisfies Record<string, Limit>;

/** Where a request came from, for audit rows and rate limits. */
export interface RequestMeta {
  ip: string | null;
  requestId: string | null;
  userAgent?: string | null;
}

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
}) {
  const { db, mailer, config, clock, personalData = [] } = deps;
  const limitKey = deriveKey(config.sessionSecret, "rate-limit");

  const ctx = (meta: RequestMeta, actorId: string | null): AuditContext => ({
    actorId,
    ip: meta.ip,
    requestId: meta.requestId,
    now: clock(),
  });
  const link = (path: string, token: string) => `${config.baseUrl}${path}?token=${encodeURIComponent(token)}`;
  const mail = (template: AccountMail, to: string, locale: string, values: { name: string } & Record<string, string>) =>
    accountMail(template, to, locale, values, config.baseUrl);

  async function limit(key: string, rule: Limit) {
    const decision = await hitRateLimit(db, key, rule, clock());
    if (!decision.allowed) throw errors.tooManyRequests(decision.retryAfter);
  }
  const accountKey = (kind: string, email: string) => `${kind}:account:${pseudonym(limitKey, email)}`;
  const ipKey = (kind: string, ip: string | null) => `${kind}:ip:${ip ?? "unknown"}`;

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
      const existing = await repo.findUserByEmail(db, form.email);
      await db.transaction().execute(async (trx) => {
        if (existing) {
          await mailer.enqueue(
            trx,
            mail("existing", existing.email, existing.preferredLocale, {
              name: existing.displayName,
              signin: `${config.baseUrl}/account/signin`,
              reset: `${config.baseUrl}/account/forgot`,
            }),
          );
          return;
        }
        const now = timestamp(clock());
        const id = newId(clock().getTime());
        await repo.insertUser(trx, {
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
        const token = await issueToken(trx, id, "verify_email");
        await mailer.enqueue(
          trx,
          mail("verify", form.email, form.preferredLocale, {
            name: form.displayName,
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
      await limit(ipKey("signin", meta.ip), LIMITS.signInPerIp);
      await limit(accountKey("signin", email), LIMITS.signInPerAccount);
      const user = await repo.findUserByEmail(db, email);
      const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
      if (!user || !ok) throw new FormError({ password: "form.signin.wrong" });
      if (!user.emailVerifiedAt) {
        await db.transaction().execute(async (trx) => {
          const token = await issueToken(trx, user.id, "verify_email");
          await mailer.enqueue(
            trx,
            mail("verify", user.email, user.preferredLocale, {
              name: user.displayName,
              link: link("/account/verify", token),
            }),
          );
        });
        mailer.kick();
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

    /** Mails a reset link when the account exists; the answer is the same either way. */
    async requestPasswordReset(email: string, meta: RequestMeta): Promise<void> {
      await limit(ipKey("reset", meta.ip), LIMITS.resetPerIp);
      await limit(accountKey("reset", email), LIMITS.resetPerAccount);
      const user = await repo.findUserByEmail(db, email);
      if (!user) return;
      await db.transaction().execute(async (trx) => {
        const token = await issueToken(trx, user.id, "reset_password");
        await mailer.enqueue(
          trx,
          mail("reset", user.email, user.preferredLocale, {
            name: user.displayName,
            link: link("/account/reset", token),
          }),
        );
        await audit(trx, ctx(meta, null), { action: "account.reset_requested", objectType: "user", objectId: user.id });
      });
      mailer.kick();
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
        await mailer.enqueue(
          trx,
          mail("passwordChanged", user.email, user.preferredLocale, { name: user.displayName }),
        );
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
      if (!(await verifyPassword(user.passwordHash, current)))
        throw new FormError({ currentPassword: "form.password.wrong" });
      checkPassword("newPassword", next, user.email);
      const passwordHash = await hashPassword(next);
      await db.transaction().execute(async (trx) => {
        await repo.updateUser(trx, userId, { passwordHash, updatedAt: timestamp(clock()) });
        await repo.deleteSessionsOfUser(trx, userId, sessionId);
        await mailer.enqueue(
          trx,
          mail("passwordChanged", user.email, user.preferredLocale, { name: user.displayName }),
        );
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
      if (!(await verifyPassword(user.passwordHash, password)))
        throw new FormError({ currentPassword: "form.password.wrong" });
      if (newEmail === user.email) throw new FormError({ newEmail: "form.email.same" });
      const taken = await repo.findUserByEmail(db, newEmail);
      await db.transaction().execute(async (trx) => {
        if (!taken) {
          const token = await issueToken(trx, userId, "change_email", newEmail);
          await mailer.enqueue(
            trx,
            mail("emailChange", newEmail, user.preferredLocale, {
              name: user.displayName,
              link: link("/account/email/confirm", token),
            }),
          );
        }
        await mailer.enqueue(
          trx,
          mail("emailChangeNotice", user.email, user.preferredLocale, { name: user.displayName, email: newEmail }),
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
      await db.transaction().execute(async (trx) => {
        const used = await repo.consumeToken(trx, hashToken(token), "change_email", now);
        if (!used?.newEmail) throw errors.linkInvalid();
        const user = await repo.findUserById(trx, used.userId);
        if (!user) throw errors.linkInvalid();
        if (await repo.findUserByEmail(trx, used.newEmail)) throw errors.linkInvalid();
        await repo.updateUser(trx, user.id, { email: used.newEmail, emailVerifiedAt: now, updatedAt: now });
        await mailer.enqueue(
          trx,
          mail("emailChanged", user.email, user.preferredLocale, { name: user.displayName, email: used.newEmail }),
        );
        await audit(trx, ctx(meta, user.id), { action: "account.email_change", objectType: "user", objectId: user.id });
      });
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
      if (!(await verifyPassword(user.passwordHash, password)))
        throw new FormError({ currentPassword: "form.password.wrong" });
      await db.transaction().execute(async (trx) => {
        await repo.deleteMailTo(trx, user.email);
        await repo.deleteUser(trx, userId);
        await audit(trx, ctx(meta, userId), { action: "account.delete", objectType: "user", objectId: userId });
      });
    },
  };
}

export type AccountService = ReturnType<typeof createAccountService>;
