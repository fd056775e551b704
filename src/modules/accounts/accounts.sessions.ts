import type { Db } from "../../db/database.ts";
import { newId, timestamp } from "../../db/ids.ts";
import type { Grant, Role } from "../../platform/auth/policy.ts";
import { hashToken, newSecretToken } from "../../platform/auth/secrets.ts";
import type { SessionResolver } from "../../platform/auth/session.ts";
import * as repo from "./accounts.repository.ts";

/** How stale `last_seen_at` may get before a request writes it again: one write per five minutes, not per request. */
const TOUCH_EVERY_MS = 5 * 60_000;

/**
 * How long a session's replaced token keeps working: requests the browser sent with it before it received the new
 * one (pages loading in other tabs, a form sent twice) are answered as the session, not signed out.
 */
export const SESSION_GRACE_MS = 30_000;

/**
 * Turns a session cookie into the actor: the session must exist and be unexpired. When the person's roles
 * changed since the session was issued, the session gets a new token; the old one works for SESSION_GRACE_MS more.
 * Which organisations the person is a focal point of is the organizations module's to say: the composition root
 * passes `focalPointsOf` (accounts, the lower layer, imports no module).
 */
export function createSessionResolver(db: Db, focalPointsOf: (userId: string) => Promise<string[]>): SessionResolver {
  return async (token, { now }) => {
    const tokenHash = hashToken(token);
    const row = await repo.findSessionByTokenHash(db, tokenHash, timestamp(now));
    if (!row) return null;
    if (row.expiresAt <= timestamp(now)) {
      await repo.deleteSessionById(db, row.sessionId);
      return null;
    }
    // A token in its grace period: the session as it is now, without issuing another token (the browser already
    // has, or is being sent, the current one).
    const current = row.tokenHash === tokenHash;
    const [grants, focal] = await Promise.all([repo.findGrants(db, row.userId), focalPointsOf(row.userId)]);
    let newToken: string | undefined;
    let sessionId = row.sessionId;
    if (current && row.sessionPrivilegeVersion !== row.privilegeVersion) {
      const next = newSecretToken();
      const nextId = newId(now.getTime());
      const replaced = await repo.replaceSessionToken(db, tokenHash, {
        tokenHash: next.hash,
        id: nextId,
        privilegeVersion: row.privilegeVersion,
        lastSeenAt: timestamp(now),
        previousTokenUntil: timestamp(new Date(now.getTime() + SESSION_GRACE_MS)),
      });
      if (replaced) {
        newToken = next.token;
        sessionId = nextId;
      } else {
        // A concurrent request replaced it first: that one hands the browser the new token; this one is in grace.
        const after = await repo.findSessionByTokenHash(db, tokenHash, timestamp(now));
        if (!after) return null;
        sessionId = after.sessionId;
      }
    } else if (current && now.getTime() - Date.parse(row.lastSeenAt) > TOUCH_EVERY_MS) {
      await repo.touchSession(db, tokenHash, timestamp(now));
    }
    return {
      actor: {
        userId: row.userId,
        sessionId,
        email: row.email,
        displayName: row.displayName,
        preferredLocale: row.preferredLocale,
        grants: grants.map((g): Grant => ({ role: g.role as Role, scope: g.scope })),
        focalPointOf: focal,
      },
      ...(newToken ? { newToken } : {}),
    };
  };
}
