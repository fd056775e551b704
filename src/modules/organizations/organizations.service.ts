import type { Config } from "../../config.ts";
import type { Db } from "../../db/database.ts";
import type { Mailer } from "../../platform/mail/mailer.ts";
import * as repo from "./organizations.repository.ts";

export interface Membership {
  id: string;
  name: string;
  status: "pending" | "approved" | "rejected";
  isFocalPoint: boolean;
}

export function createOrganizationService(deps: { db: Db; mailer: Mailer; config: Config; clock: () => Date }) {
  const { db } = deps;
  return {
    /** The organisations a person belongs to or asked to join, with the state of each request. */
    async membershipsOf(userId: string): Promise<Membership[]> {
      const rows = await repo.findMembershipsOfUser(db, userId);
      return rows.map((r) => ({ id: r.id, name: r.name, status: r.status, isFocalPoint: r.isFocalPoint === 1 }));
    },
  };
}

export type OrganizationService = ReturnType<typeof createOrganizationService>;
