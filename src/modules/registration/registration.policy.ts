import { type Actor, can } from "../../platform/auth/policy.ts";
import type { RegistrationCore } from "./registration.core.ts";
import { admittedTypes, type NotAutomatic } from "./registration.model.ts";
import * as repo from "./registration.repository.ts";
import type { ForumRegistrationTable } from "./registration.table.ts";

// Who may decide a request beyond the policy table: a focal point's power depends on facts of the database (the
// organisation still verified, the person's membership, the category), read at the moment of the decision.

/**
 * What a focal point may do with a request: decide at all (it is routed to their organisation, which the
 * secretariat has verified), and whether their approval accredits on its own (and if not, why). Read at the
 * moment of the decision, so a verification withdrawn since the request was made counts.
 */
export async function focalPointPower(
  core: RegistrationCore,
  row: Pick<ForumRegistrationTable, "route" | "organizationId" | "userId" | "categoryId" | "createdAt">,
  actor: Actor,
): Promise<{ allowed: boolean; automatic: boolean; notAutomatic: NotAutomatic | null; approvedBy: string | null }> {
  const { db, organizations, config, clock } = core;
  const none = { allowed: false, automatic: false, notAutomatic: null, approvedBy: null };
  if (!row.organizationId || !can(actor, "registration.decideForOrganization", row)) return none;
  const facts = await organizations.accreditationFacts(row.organizationId, row.userId);
  if (!facts?.verified) return none;
  const category = row.categoryId ? await repo.findCategory(db, row.categoryId) : undefined;
  const membership = facts.membership;
  const now = clock();
  const minimum = config.focalPointMinMembershipDays * 24 * 60 * 60 * 1000;
  let notAutomatic: NotAutomatic | null = null;
  if (category?.autoAccredited !== 1) notAutomatic = "category";
  else if (!admittedTypes(category.admittedStakeholderTypes).includes(facts.stakeholderTypeCode)) {
    notAutomatic = "stakeholder_type";
  } else if (!membership) notAutomatic = "not_member";
  else if (
    membership.approvedAt > row.createdAt ||
    new Date(row.createdAt).getTime() - new Date(membership.approvedAt).getTime() < minimum
  ) {
    notAutomatic = "recent_membership";
  } else if (
    membership.approvedBy === actor.userId &&
    membership.approvedAt.slice(0, 10) === now.toISOString().slice(0, 10)
  ) {
    notAutomatic = "same_day_membership";
  }
  return {
    allowed: true,
    automatic: notAutomatic === null,
    notAutomatic,
    approvedBy: membership?.approvedBy ?? null,
  };
}
