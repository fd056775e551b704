import { type Actor, can } from "../../platform/auth/policy.ts";
import type { I18n } from "../../platform/i18n/i18n.ts";
import { localDate } from "../../platform/time.ts";
import type { ForumService } from "../forum/forum.service.ts";
import type { ForumOrganizer } from "../forum/organize/organize.service.ts";
import type { ProposalService } from "../forum/proposals/proposals.service.ts";
import type { OrganizationService } from "../organizations/organizations.service.ts";
import { PENDING, type RegistrationService } from "../registration/registration.service.ts";
import type { StocktakingService } from "../stocktaking/stocktaking.service.ts";
import type { AdminService } from "./admin.service.ts";

/** One staff tool as the staff home shows it: where it is, what it is for, and what waits there. */
export interface StaffTask {
  href: string;
  title: string;
  text: string;
  /** What waits there, in words ("3 entries wait for a decision"); null where nothing is counted. */
  waiting: string | null;
  /** Something waits (the count is above zero). */
  due: boolean;
}

export interface StaffSection {
  /** Also the id of the section's heading. */
  id: string;
  heading: string;
  /** The dates of a Forum edition, under its heading. */
  note?: string;
  tasks: StaffTask[];
}

/**
 * The staff home: each tool the person's roles open, grouped by part of the process, with the count of what
 * waits. Every count comes from the owning module's service, which checks the role itself; a tool the person
 * may not use is left out, never shown disabled.
 */
export function createStaffHome(deps: {
  admin: AdminService;
  stocktaking: StocktakingService;
  organizations: OrganizationService;
  forum: ForumService;
  proposals: ProposalService;
  organizer: ForumOrganizer;
  registrations: RegistrationService;
  clock: () => Date;
}) {
  const { admin, stocktaking, organizations, forum, proposals, organizer, registrations, clock } = deps;

  const task = (href: string, title: string, text: string, count?: number, waiting?: string): StaffTask => ({
    href,
    title,
    text,
    waiting: waiting ?? null,
    due: (count ?? 0) > 0,
  });

  async function stocktakingSection(actor: Actor, i18n: I18n): Promise<StaffSection | null> {
    if (!can(actor, "stocktaking.moderate")) return null;
    const { total } = await stocktaking.queue(actor, { states: ["submitted"] }, undefined, 1);
    return {
      id: "staff-stocktaking",
      heading: i18n.t("staff.section.stocktaking"),
      tasks: [
        task(
          "/stocktaking/moderation",
          i18n.t("staff.task.moderation.title"),
          i18n.t("staff.task.moderation.text"),
          total,
          i18n.t("staff.task.moderation.waiting", { count: total }),
        ),
        task("/stocktaking/moderation/updates", i18n.t("staff.task.updates.title"), i18n.t("staff.task.updates.text")),
      ],
    };
  }

  async function organizationSection(actor: Actor, i18n: I18n): Promise<StaffSection | null> {
    if (!can(actor, "organization.verify")) return null;
    const { total } = await organizations.search("", 1, true);
    return {
      id: "staff-organizations",
      heading: i18n.t("nav.organizations"),
      tasks: [
        task(
          "/organizations?unverified=1",
          i18n.t("staff.task.verification.title"),
          i18n.t("staff.task.verification.text"),
          total,
          i18n.t("staff.task.verification.waiting", { count: total }),
        ),
      ],
    };
  }

  /** Editions under way or to come (the latest one when every edition is over), oldest first. */
  async function editions(i18n: I18n) {
    const all = await forum.events(i18n.locale);
    const now = clock();
    const open = all.filter((e) => e.endsOn >= localDate(now, e.timeZone));
    return (open.length > 0 ? open : all.slice(0, 1)).reverse();
  }

  async function editionSections(actor: Actor, i18n: I18n): Promise<StaffSection[]> {
    const organize = can(actor, "forum.organize");
    const review = can(actor, "forum.reviewProposals");
    const viewAll = can(actor, "registration.viewAll");
    const decide = can(actor, "registration.decide");
    const badges = can(actor, "registration.badges");
    const checkIn = can(actor, "registration.checkIn");
    if (!(organize || review || viewAll || decide || badges || checkIn)) return [];
    return Promise.all(
      (await editions(i18n)).map(async (event): Promise<StaffSection> => {
        const base = `/forum/${event.slug}`;
        const call = organize || review ? await proposals.callOf(event.id) : undefined;
        const tasks: StaffTask[] = [];
        if (organize) {
          const sessions = await organizer.sessions(actor, await organizer.event(actor, event.slug));
          const drafts = sessions.filter((s) => s.state === "draft").length;
          tasks.push(
            task(
              `${base}/organize`,
              i18n.t("staff.task.organize.title"),
              i18n.t("staff.task.organize.text"),
              drafts,
              i18n.t("staff.task.organize.waiting", { count: drafts }),
            ),
            task(`${base}/call/manage`, i18n.t("staff.task.call.title"), i18n.t("staff.task.call.text")),
          );
        }
        if (review && call) {
          const submitted = (await proposals.queue(actor, event.id, "submitted")).length;
          tasks.push(
            task(
              `${base}/proposals/review`,
              i18n.t("staff.task.review.title"),
              i18n.t("staff.task.review.text"),
              submitted,
              i18n.t("staff.task.review.waiting", { count: submitted }),
            ),
          );
        }
        if (decide) {
          const pending = (await registrations.queue(actor, event.id, PENDING)).length;
          tasks.push(
            task(
              `${base}/accreditation`,
              i18n.t("staff.task.accreditation.title"),
              i18n.t("staff.task.accreditation.text"),
              pending,
              i18n.t("staff.task.accreditation.waiting", { count: pending }),
            ),
          );
        }
        if (viewAll) {
          tasks.push(
            task(
              `${base}/registrations`,
              i18n.t("staff.task.registrations.title"),
              i18n.t("staff.task.registrations.text"),
            ),
          );
        }
        if (badges) {
          tasks.push(task(`${base}/badges`, i18n.t("staff.task.badges.title"), i18n.t("staff.task.badges.text")));
        }
        if (checkIn) {
          tasks.push(task(`${base}/checkin`, i18n.t("staff.task.checkin.title"), i18n.t("staff.task.checkin.text")));
        }
        return {
          id: `staff-${event.slug}`,
          heading: event.title,
          note: i18n.t("staff.section.editionDates", {
            start: i18n.date(`${event.startsOn}T12:00:00Z`, { dateStyle: "long", timeZone: "UTC" }),
            end: i18n.date(`${event.endsOn}T12:00:00Z`, { dateStyle: "long", timeZone: "UTC" }),
          }),
          tasks,
        };
      }),
    );
  }

  async function administrationSection(actor: Actor, i18n: I18n): Promise<StaffSection | null> {
    const tasks: StaffTask[] = [];
    if (can(actor, "people.view")) {
      tasks.push(task("/admin/people", i18n.t("admin.people.title"), i18n.t("admin.home.peopleText")));
    }
    if (can(actor, "audit.view")) {
      tasks.push(task("/admin/audit", i18n.t("admin.audit.title"), i18n.t("admin.home.auditText")));
    }
    if (can(actor, "mail.view")) {
      const trouble = await admin.mailTrouble(actor);
      tasks.push(
        task(
          trouble.failed > 0 ? "/admin/mail?status=failed" : "/admin/mail",
          i18n.t("admin.mail.title"),
          i18n.t("admin.home.mailText"),
          trouble.failed + trouble.retrying,
          i18n.t("staff.task.mail.waiting", trouble),
        ),
      );
    }
    return tasks.length > 0 ? { id: "staff-admin", heading: i18n.t("staff.section.admin"), tasks } : null;
  }

  return {
    async sections(actor: Actor, i18n: I18n): Promise<StaffSection[]> {
      const [st, org, eds, adm] = await Promise.all([
        stocktakingSection(actor, i18n),
        organizationSection(actor, i18n),
        editionSections(actor, i18n),
        administrationSection(actor, i18n),
      ]);
      return [st, org, ...eds, adm].filter((s): s is StaffSection => s !== null && s.tasks.length > 0);
    },
  };
}

export type StaffHome = ReturnType<typeof createStaffHome>;
