import type { Db } from "../../db/database.ts";
import { newId, timestamp } from "../../db/ids.ts";
import { audit } from "../../platform/audit/audit.ts";
import { hashPassword } from "../../platform/auth/passwords.ts";
import { type Actor, authorize, ROLES, type Role, SCOPED_ROLES } from "../../platform/auth/policy.ts";
import { newSecretToken } from "../../platform/auth/secrets.ts";
import { errors } from "../../platform/http/errors.ts";
import { FormError } from "../../platform/http/forms.ts";
import type { RequestMeta } from "../../platform/http/request-meta.ts";
import { isLocale } from "../../platform/i18n/locale.ts";
import * as repo from "./accounts.repository.ts";

export interface PersonSummary {
  id: string;
  email: string;
  displayName: string;
  verified: boolean;
  createdAt: string;
}

export interface PersonDetail extends PersonSummary {
  grants: { role: Role; scope: string; grantedAt: string }[];
}

/**
 * Roles and the people who hold them. Every change is checked against the policy, audited with the roles
 * before and after in the same transaction, and bumps the person's privilege version so their sessions are
 * reissued at the next request.
 */
export function createRoleService(deps: {
  db: Db;
  clock: () => Date;
  validScope: (role: Role, scope: string) => Promise<boolean>;
}) {
  const { db, clock, validScope } = deps;

  async function changeGrant(
    actor: Actor,
    userId: string,
    role: string,
    scope: string,
    add: boolean,
    meta: RequestMeta,
  ) {
    authorize(actor, "roles.change");
    if (!(ROLES as readonly string[]).includes(role)) throw new FormError({ role: "form.invalid" });
    const r = role as Role;
    const scoped = SCOPED_ROLES[r];
    const cleanScope = scoped ? scope.trim() : "";
    if (scoped && !(await validScope(r, cleanScope))) throw new FormError({ scope: "admin.roles.scopeInvalid" });
    const person = await repo.findUserById(db, userId);
    if (!person) throw errors.notFound("No such person");
    await db.transaction().execute(async (trx) => {
      const before = await repo.findGrants(trx, userId);
      if (add) {
        await repo.insertGrant(trx, {
          id: newId(clock().getTime()),
          userId,
          role: r,
          scope: cleanScope,
          grantedBy: actor.userId,
          grantedAt: timestamp(clock()),
        });
      } else {
        if (r === "admin") {
          const admins = await repo.countAdmins(trx);
          if (Number(admins.n) <= 1) throw new FormError({ role: "admin.roles.lastAdmin" });
        }
        await repo.deleteGrant(trx, userId, r, cleanScope);
      }
      const after = await repo.findGrants(trx, userId);
      if (after.length === before.length) return; // nothing changed: no audit row, no new sessions
      await repo.updateUser(trx, userId, {
        privilegeVersion: person.privilegeVersion + 1,
        updatedAt: timestamp(clock()),
      });
      const view = (rows: typeof before) => rows.map((g) => (g.scope ? `${g.role}:${g.scope}` : g.role));
      await audit(
        trx,
        { actorId: actor.userId, ip: meta.ip, requestId: meta.requestId, now: clock() },
        {
          action: add ? "role.grant" : "role.revoke",
          objectType: "user",
          objectId: userId,
          before: view(before),
          after: view(after),
        },
      );
    });
  }

  return {
    async findPeople(actor: Actor, text: string, limit = 50): Promise<PersonSummary[]> {
      authorize(actor, "people.view");
      const rows = await repo.searchUsers(db, text, limit);
      return rows.map((r) => ({
        id: r.id,
        email: r.email,
        displayName: r.displayName,
        verified: r.emailVerifiedAt !== null,
        createdAt: r.createdAt,
      }));
    },

    async person(actor: Actor, userId: string): Promise<PersonDetail> {
      authorize(actor, "people.view");
      const user = await repo.findUserById(db, userId);
      if (!user) throw errors.notFound("No such person");
      const grants = await repo.findGrants(db, userId);
      return {
        id: user.id,
        email: user.email,
        displayName: user.displayName,
        verified: user.emailVerifiedAt !== null,
        createdAt: user.createdAt,
        grants: grants.map((g) => ({ role: g.role as Role, scope: g.scope, grantedAt: g.grantedAt })),
      };
    },

    grant: (actor: Actor, userId: string, role: string, scope: string, meta: RequestMeta) =>
      changeGrant(actor, userId, role, scope, true, meta),

    revoke: (actor: Actor, userId: string, role: string, scope: string, meta: RequestMeta) =>
      changeGrant(actor, userId, role, scope, false, meta),

    /**
     * For the command line (`wsis user create`): an account with a confirmed address and the given roles.
     * Without a password, the account gets an unusable one and a reset link is returned for the person to set it.
     * An existing account gains the roles it lacks; its name is kept, and its password is replaced only when
     * `replacePassword` says so (otherwise nothing changes and `refused` says why).
     */
    async createFromCommandLine(input: {
      email: string;
      displayName: string;
      roles: Role[];
      password?: string;
      replacePassword?: boolean;
      locale?: string;
    }): Promise<{
      id: string;
      created: boolean;
      refused?: "password_exists";
      rolesAdded: Role[];
      rolesHeld: Role[];
      passwordReplaced: boolean;
      displayName: string;
    }> {
      const email = input.email.trim().toLowerCase();
      const now = clock();
      const existing = await repo.findUserByEmail(db, email);
      const id = existing?.id ?? newId(now.getTime());
      const held = existing
        ? new Set(
            (
              await db.selectFrom("roleGrant").select("role").where("userId", "=", id).where("scope", "=", "").execute()
            ).map((g) => g.role),
          )
        : new Set<string>();
      const rolesAdded = [...new Set(input.roles)].filter((r) => !held.has(r));
      const rolesHeld = [...new Set(input.roles)].filter((r) => held.has(r));
      const outcome = {
        id,
        created: !existing,
        rolesAdded,
        rolesHeld,
        passwordReplaced: Boolean(existing && input.password),
        displayName: existing?.displayName ?? input.displayName,
      };
      if (existing && input.password && !input.replacePassword) {
        return { ...outcome, refused: "password_exists", rolesAdded: [], passwordReplaced: false };
      }
      await db.transaction().execute(async (trx) => {
        if (!existing) {
          await repo.insertUser(trx, {
            id,
            email,
            emailVerifiedAt: timestamp(now),
            passwordHash: await hashPassword(input.password ?? newSecretToken().token),
            displayName: input.displayName,
            passportName: null,
            organizationId: null,
            stakeholderTypeCode: null,
            countryCode: null,
            preferredLocale: input.locale && isLocale(input.locale) ? input.locale : "en",
            privilegeVersion: 1,
            createdAt: timestamp(now),
            updatedAt: timestamp(now),
          });
        } else if (input.password) {
          await repo.updateUser(trx, id, {
            passwordHash: await hashPassword(input.password),
            updatedAt: timestamp(now),
          });
          // As a reset does: the old password's sessions and every link sent before end with it.
          await repo.deleteSessionsOfUser(trx, id);
          await repo.expireTokens(trx, id, "all", timestamp(now));
        }
        for (const role of input.roles) {
          await repo.insertGrant(trx, {
            id: newId(now.getTime()),
            userId: id,
            role,
            scope: "",
            grantedBy: null,
            grantedAt: timestamp(now),
          });
        }
        if (existing && rolesAdded.length > 0) {
          await repo.updateUser(trx, id, { privilegeVersion: existing.privilegeVersion + 1 });
        }
        if (!existing || rolesAdded.length > 0) {
          await audit(
            trx,
            { actorId: null, ip: null, requestId: "cli", now },
            {
              action: existing ? "role.grant" : "account.create",
              objectType: "user",
              objectId: id,
              after: existing ? rolesAdded : input.roles,
            },
          );
        }
        if (outcome.passwordReplaced) {
          await audit(
            trx,
            { actorId: null, ip: null, requestId: "cli", now },
            { action: "account.password.replace", objectType: "user", objectId: id },
          );
        }
      });
      return outcome;
    },
  };
}

export type RoleService = ReturnType<typeof createRoleService>;
