import type { Db } from "../../db/database.ts";
import { newId, timestamp } from "../../db/ids.ts";
import type { Grant, Role } from "../../platform/auth/policy.ts";
import { hashToken, newSecretToken } from "../../platform/auth/secrets.ts";
import type { SessionResolver } from "../../platform/auth/session.ts";
import * as repo from "./accounts.repository.ts";

/** How stale `last_seen_at` may get before a request writes it again: one write per five minutes, not per request. */
const TOUCH_EVERY_MS = 5 * 60_000;

/**
 * Turns a session cookie into the actor: the session must exist and be unexpired. When the person's roles
 * changed since the session was issued, the session gets a new token (the old one stops working).
 */
export function createSessionResolver(db: Db): SessionResolver {
  return async (token, { now }) => {
    const tokenHash = hashToken(token);
    const row = await repo.findSessionByTokenHash(db, tokenHash);
    if (!row) return null;
    if (row.expiresAt <= timestamp(now)) {
      await repo.deleteSessionByTokenHash(db, tokenHash);
      return null;
    }
    const [grants, focal] = await Promise.all([
      repo.findGrants(db, row.userId),
      repo.findFocalPointOrganizations(db, row.userId),
    ]);
    let newToken: string | undefined;
    let sessionId = row.sessionId;
    if (row.sessionPrivilegeVersion !== row.privilegeVersion) {
      const next = newSecretToken();
      sessionId = newId(now.getTime());
      await repo.replaceSessionToken(db, tokenHash, {
        tokenHash: next.hash,
        id: sessionId,
        privilegeVersion: row.privilegeVersion,
        lastSeenAt: timestamp(now),
      });
      newToken = next.token;
    } else if (now.getTime() - Date.parse(row.lastSeenAt) > TOUCH_EVERY_MS) {
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
        focalPointOf: focal.map((f) => f.organizationId),
      },
      ...(newToken ? { newToken } : {}),
    };
  };
}
