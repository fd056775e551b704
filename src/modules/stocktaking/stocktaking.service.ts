import type { Config } from "../../config.ts";
import type { Db } from "../../db/database.ts";
import { newId, timestamp } from "../../db/ids.ts";
import { audit, auditContext } from "../../platform/audit/audit.ts";
import type { PersonalDataSource } from "../../platform/auth/personal-data.ts";
import { type Actor, authorize, can } from "../../platform/auth/policy.ts";
import { errors } from "../../platform/http/errors.ts";
import { createOnce } from "../../platform/http/form-key.ts";
import { type FieldErrors, FormError, withValues } from "../../platform/http/forms.ts";
import { pageOf } from "../../platform/http/paging.ts";
import type { RequestMeta } from "../../platform/http/request-meta.ts";
import type { Mailer, MailToSend } from "../../platform/mail/mailer.ts";
import { applyMove } from "../../platform/workflow/apply-move.ts";
import { defineTransitions } from "../../platform/workflow/transitions.ts";
import { isM49Area } from "../../reference/data/m49.ts";
import { people, recipient } from "../accounts/accounts.service.ts";
import type { PublicEntryDocument, StocktakingSearch } from "./search/search.ts";
import { entryMail } from "./stocktaking.mail.ts";
import * as repo from "./stocktaking.repository.ts";
import { type EntryInput, MODERATION_MESSAGE_MAX, SUBMISSION_REQUIRES } from "./stocktaking.schema.ts";
import type { EntryState, StocktakingEntryTable } from "./stocktaking.table.ts";

/**
 * The moderation state machine. An owner saves (any state → draft: the working copy changed) and submits; a
 * moderator publishes, rejects or asks for changes. A published version stays public, unchanged, while its
 * owner edits and until a moderator publishes the next version.
 */
export type Transition = "save" | "submit" | "publish" | "reject" | "requestChanges";
export const TRANSITIONS = defineTransitions<EntryState, Transition>({
  save: { from: ["draft", "submitted", "changes_requested", "published", "rejected"], to: "draft" },
  submit: { from: ["draft", "changes_requested"], to: "submitted" },
  publish: { from: ["submitted"], to: "published" },
  reject: { from: ["submitted"], to: "rejected" },
  requestChanges: { from: ["submitted"], to: "changes_requested" },
});
type Decision = "publish" | "reject" | "requestChanges";
const DECISION_MAIL = {
  publish: "entryPublished",
  reject: "entryRejected",
  requestChanges: "entryChangesRequested",
} as const satisfies Record<Decision, Parameters<typeof entryMail>[0]>;

export interface Entry extends Omit<StocktakingEntryTable, "countries" | "actionLines" | "sdgs" | "targets"> {
  countries: string[];
  actionLines: string[];
  sdgs: number[];
  targets: string[];
}

export interface PossibleDuplicate {
  id: string;
  title: string;
  organizationName: string;
}

function toEntry(row: StocktakingEntryTable): Entry {
  return {
    ...row,
    countries: JSON.parse(row.countries) as string[],
    actionLines: JSON.parse(row.actionLines) as string[],
    sdgs: JSON.parse(row.sdgs) as number[],
    targets: JSON.parse(row.targets) as string[],
  };
}

/** Words of a title, for comparing titles: lower case, accents and punctuation gone. */
function words(title: string): Set<string> {
  return new Set(
    title
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 2),
  );
}

/** Titles that share most of their words (Jaccard ≥ 0.6) look like the same project. */
export function similarTitles(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  if (x.size === 0 || y.size === 0) return a.trim().toLowerCase() === b.trim().toLowerCase();
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / (x.size + y.size - shared) >= 0.6;
}

/**
 * What a submission still lacks (field → message key), or null when the entry can be submitted. Checked before
 * anything is written, so a refused "Submit for review" saves nothing and the form comes back as typed.
 */
export function missingForSubmission(
  entry: Record<(typeof SUBMISSION_REQUIRES)[number], string | readonly string[] | null>,
): FieldErrors | null {
  const missing: FieldErrors = {};
  for (const field of SUBMISSION_REQUIRES) {
    const value = entry[field];
    if (value === null || (Array.isArray(value) && value.length === 0))
      missing[field] = "stocktaking.form.neededToSubmit";
  }
  return Object.keys(missing).length > 0 ? missing : null;
}

/** An entry's input as the columns of its working copy (lists as JSON). Shared by the service and the import. */
export function entryColumns(input: EntryInput) {
  return {
    title: input.title,
    summary: input.summary,
    description: input.description,
    organizationName: input.organizationName,
    stakeholderTypeCode: input.stakeholderTypeCode,
    scope: input.scope,
    projectStatus: input.projectStatus,
    startDate: input.startDate,
    endDate: input.endDate,
    website: input.website,
    contactName: input.contactName,
    contactEmail: input.contactEmail,
    language: input.language,
    countries: JSON.stringify(input.countries),
    actionLines: JSON.stringify(input.actionLines),
    sdgs: JSON.stringify(input.sdgs),
    targets: JSON.stringify(input.targets),
  };
}

/**
 * What a published version shows and the search indexes: the public fields, named one by one — never the contact
 * or the targets, never a spread of what came in. Moderation and the CSV import both publish through it.
 */
export function publicDocument(
  entryId: string,
  entry: Omit<PublicEntryDocument, "entryId" | "version" | "publishedAt">,
  version: number,
  publishedAt: string,
): PublicEntryDocument {
  return {
    entryId,
    version,
    title: entry.title,
    summary: entry.summary,
    description: entry.description,
    organizationName: entry.organizationName,
    stakeholderTypeCode: entry.stakeholderTypeCode,
    scope: entry.scope,
    projectStatus: entry.projectStatus,
    startDate: entry.startDate,
    endDate: entry.endDate,
    website: entry.website,
    language: entry.language,
    publishedAt,
    countries: entry.countries,
    actionLines: entry.actionLines,
    sdgs: entry.sdgs,
  };
}

export function createStocktakingService(deps: {
  db: Db;
  search: StocktakingSearch;
  mailer: Mailer;
  config: Config;
  clock: () => Date;
}) {
  const { db, search, mailer, config, clock } = deps;
  const ctx = (actor: Actor | null, meta: RequestMeta) => auditContext(actor, meta, clock());
  /**
   * Where an owner's mail sends them: the public page once published; otherwise the working copy's form, the one
   * page of an unpublished entry its owner can use (its public address is a 404 until it is published).
   */
  const entryLink = (id: string, template: Parameters<typeof entryMail>[0]) =>
    template === "entryPublished"
      ? `${config.baseUrl}/stocktaking/entries/${id}`
      : `${config.baseUrl}/stocktaking/entries/${id}/edit`;

  /** Stale entries with their owners' addresses (null for an imported entry, or when the account is gone). */
  async function staleWithOwners(before: string, limit: number) {
    const rows = await repo.findStaleEntries(db, before, limit);
    const owners = await people(
      db,
      rows.flatMap((r) => (r.ownerId ? [r.ownerId] : [])),
    );
    return rows.map((r) => {
      const owner = r.ownerId ? owners.get(r.ownerId) : undefined;
      return {
        ...r,
        ownerId: owner?.id ?? null,
        email: owner?.email ?? null,
        displayName: owner?.displayName ?? null,
        preferredLocale: owner?.preferredLocale ?? null,
      };
    });
  }

  async function entryOrThrow(trx: Db, id: string) {
    const row = await repo.findEntry(trx, id);
    if (!row) throw errors.notFound("No such entry");
    return row;
  }

  /** The mail to an entry's owner (none for an imported entry, or when the account is gone). */
  async function ownerNotice(
    trx: Db,
    entry: StocktakingEntryTable,
    template: Parameters<typeof entryMail>[0],
    message?: string,
  ): Promise<MailToSend | undefined> {
    const owner = entry.ownerId ? await recipient(trx, entry.ownerId) : undefined;
    if (!owner) return undefined;
    return entryMail(
      template,
      owner,
      { title: entry.title, link: entryLink(entry.id, template), message },
      config.baseUrl,
    );
  }

  /** A moderator's decision on a submitted entry, in one transaction with its audit row and the owner's mail. */
  async function decide(
    actor: Actor | null,
    id: string,
    transition: Decision,
    message: string | null,
    meta: RequestMeta,
  ) {
    const moderator = authorize(actor, "stocktaking.moderate");
    if (transition !== "publish") {
      if (!message?.trim()) throw new FormError({ message: "form.required" });
      if (message.length > MODERATION_MESSAGE_MAX) {
        throw new FormError(withValues({ message: "form.tooLong.max" }, { message: { max: MODERATION_MESSAGE_MAX } }));
      }
    }
    const now = timestamp(clock());
    const publish = transition === "publish";
    await applyMove(
      { db, mailer },
      {
        transitions: TRANSITIONS,
        move: transition,
        read: (trx) => entryOrThrow(trx, id),
        write: (trx, { row, from, to }) =>
          repo.transition(
            trx,
            id,
            [...from],
            publish
              ? {
                  state: to,
                  publishedVersion: (row.publishedVersion ?? 0) + 1,
                  publishedAt: now,
                  moderationMessage: null,
                }
              : { state: to, moderationMessage: message },
          ),
        // A publication is a new version, snapshot of its public fields, and what search finds from now on.
        effects: publish
          ? async (trx, { row }) => {
              const version = (row.publishedVersion ?? 0) + 1;
              const entry = toEntry(row);
              const doc = publicDocument(entry.id, entry, version, now);
              await repo.insertVersion(trx, {
                entryId: id,
                version,
                snapshot: JSON.stringify(doc),
                publishedAt: now,
                publishedBy: moderator.userId,
              });
              await search.index(trx, doc);
              return undefined;
            }
          : undefined,
        audit: {
          ctx: ctx(moderator, meta),
          action: `stocktaking.${transition === "requestChanges" ? "request_changes" : transition}`,
          objectType: "stocktaking_entry",
          objectId: id,
          before: (row) => ({ publishedVersion: row.publishedVersion }),
          after: message ? { message } : {},
        },
        mail: (trx, { row }) =>
          ownerNotice(trx, row, DECISION_MAIL[transition], publish ? undefined : (message ?? undefined)),
      },
    );
  }

  return {
    /** What the person proposed or wrote here, for their data download. */
    personalData: {
      key: "stocktaking",
      collect: (userId: string) => repo.findPersonalData(db, userId),
    } satisfies PersonalDataSource,

    /**
     * Creates a draft. Half-done is fine: only the title, summary and organisation are needed to save. With the
     * form's one-time key, a second request with the same key (a double click, a retry) makes nothing and returns
     * the draft the first made (`created: false`).
     */
    async create(
      actor: Actor | null,
      input: EntryInput,
      meta: RequestMeta,
      formKey?: string,
    ): Promise<{ id: string; created: boolean }> {
      const owner = authorize(actor, "stocktaking.submit");
      const now = timestamp(clock());
      const once = { key: formKey, purpose: "stocktaking.entry", userId: owner.userId, now };
      return createOnce(db, once, async (trx) => {
        const id = newId(clock().getTime());
        await repo.insertEntry(trx, {
          id,
          externalId: null,
          ownerId: owner.userId,
          state: "draft",
          ...entryColumns(input),
          organizationId: null,
          moderationMessage: null,
          publishedVersion: null,
          createdAt: now,
          updatedAt: now,
          submittedAt: null,
          publishedAt: null,
        });
        await audit(trx, ctx(owner, meta), {
          action: "stocktaking.create",
          objectType: "stocktaking_entry",
          objectId: id,
        });
        return id;
      });
    },

    /** Saves the working copy; whatever its state, it becomes a draft again. A published version stays public. */
    async save(actor: Actor | null, id: string, input: EntryInput, meta: RequestMeta): Promise<void> {
      const row = await entryOrThrow(db, id);
      const editor = authorize(actor, "stocktaking.edit", row);
      // A country stored before only UN M49's areas were offered (TW) is not in the form to tick again: keep it
      // rather than drop it without a word.
      const kept = (JSON.parse(row.countries) as string[]).filter((code) => !isM49Area(code));
      const saved = kept.length > 0 ? { ...input, countries: [...new Set([...input.countries, ...kept])] } : input;
      await applyMove(
        { db, mailer },
        {
          transitions: TRANSITIONS,
          move: "save",
          read: async () => row,
          write: (trx, { from, to }) =>
            repo.transition(trx, id, [...from], { state: to, ...entryColumns(saved), updatedAt: timestamp(clock()) }),
          audit: { ctx: ctx(editor, meta), action: "stocktaking.save", objectType: "stocktaking_entry", objectId: id },
        },
      );
    },

    /**
     * Sends the working copy to the moderators. It must be complete; and when it looks like an entry that
     * exists already, the owner is asked first (`confirmDuplicate`), with the look-alikes to compare.
     */
    async submit(
      actor: Actor | null,
      id: string,
      options: { confirmDuplicate: boolean },
      meta: RequestMeta,
    ): Promise<{ submitted: true } | { submitted: false; duplicates: PossibleDuplicate[] }> {
      const row = await entryOrThrow(db, id);
      const owner = authorize(actor, "stocktaking.edit", row);
      const entry = toEntry(row);
      const missing = missingForSubmission(entry);
      if (missing) throw new FormError(missing);
      if (!options.confirmDuplicate) {
        const duplicates = await this.possibleDuplicates(entry, owner.userId);
        if (duplicates.length > 0) return { submitted: false, duplicates };
      }
      await applyMove(
        { db, mailer },
        {
          transitions: TRANSITIONS,
          move: "submit",
          read: async () => row,
          write: (trx, { from, to }) =>
            repo.transition(trx, id, [...from], { state: to, submittedAt: timestamp(clock()) }),
          audit: { ctx: ctx(owner, meta), action: "stocktaking.submit", objectType: "stocktaking_entry", objectId: id },
        },
      );
      return { submitted: true };
    },

    /**
     * Entries with a similar title from the same organisation, or published in one of the same countries: only
     * published ones and the submitter's own (another person's unpublished draft is theirs alone).
     */
    async possibleDuplicates(
      entry: Pick<Entry, "id" | "title" | "organizationName" | "countries">,
      submitterId: string,
    ): Promise<PossibleDuplicate[]> {
      const [sameOrganization, sameCountry] = await Promise.all([
        repo.findSameOrganizationEntries(db, entry.organizationName, entry.id, submitterId),
        repo.findPublishedInCountries(db, entry.countries, entry.id),
      ]);
      const seen = new Set<string>();
      const found: PossibleDuplicate[] = [];
      for (const candidate of [...sameOrganization, ...sameCountry]) {
        if (seen.has(candidate.id) || !similarTitles(entry.title, candidate.title)) continue;
        seen.add(candidate.id);
        found.push({ id: candidate.id, title: candidate.title, organizationName: candidate.organizationName });
      }
      return found.slice(0, 10);
    },

    publish: (actor: Actor | null, id: string, meta: RequestMeta) => decide(actor, id, "publish", null, meta),
    reject: (actor: Actor | null, id: string, reason: string, meta: RequestMeta) =>
      decide(actor, id, "reject", reason, meta),
    requestChanges: (actor: Actor | null, id: string, message: string, meta: RequestMeta) =>
      decide(actor, id, "requestChanges", message, meta),

    /** The working copy, for its owner and moderators; the contact only for moderators. */
    async workingCopy(actor: Actor | null, id: string): Promise<Entry> {
      const row = await entryOrThrow(db, id);
      const reader = authorize(actor, "stocktaking.edit", row);
      const entry = toEntry(row);
      if (!can(reader, "stocktaking.viewContact") && reader.userId !== row.ownerId) {
        entry.contactName = null;
        entry.contactEmail = null;
      }
      return entry;
    },

    /** Whether the entry is the actor's own (false for no such entry). */
    async isOwner(actor: Actor, id: string): Promise<boolean> {
      const row = await repo.findEntry(db, id);
      return row !== undefined && row.ownerId === actor.userId;
    },

    async mine(actor: Actor | null) {
      const owner = authorize(actor, "stocktaking.submit");
      return repo.findEntriesOfOwner(db, owner.userId);
    },

    /** A page of the moderation queue; a page past the end (however large) is the last one, with `outOfRange`. */
    async queue(
      actor: Actor | null,
      filter: { states: EntryState[]; language?: string },
      requestedPage: string | undefined,
      pageSize = 50,
    ) {
      authorize(actor, "stocktaking.moderate");
      const total = Number((await repo.countQueue(db, filter)).n);
      const paging = pageOf(requestedPage, total, pageSize);
      const rows = await repo.findQueue(db, filter, pageSize, (paging.page - 1) * pageSize);
      return { rows: rows.map((r) => ({ ...r, countries: JSON.parse(r.countries) as string[] })), total, paging };
    },

    async versions(actor: Actor | null, id: string) {
      authorize(actor, "stocktaking.moderate");
      const rows = await repo.findVersions(db, id);
      return rows.map((v) => ({ ...v, snapshot: JSON.parse(v.snapshot) as PublicEntryDocument }));
    },

    /**
     * Public: the newest published entries that name this organisation (its name as the entry gives it), for the
     * organisation's page.
     */
    async publishedOfOrganization(name: string, limit = 20) {
      return repo.findPublishedOfOrganization(db, name, limit);
    },

    /** Published entries whose working copy has not changed since `before` (the yearly call for updates). */
    async staleEntries(actor: Actor | null, before: string, limit = 500) {
      authorize(actor, "stocktaking.moderate");
      return staleWithOwners(before, limit);
    },

    /** Mails the owner of every stale entry, asking them to check and update it. Returns how many were mailed. */
    async callForUpdates(actor: Actor | null, before: string, meta: RequestMeta): Promise<number> {
      const moderator = authorize(actor, "stocktaking.moderate");
      const stale = await staleWithOwners(before, 5000);
      let mailed = 0;
      await db.transaction().execute(async (trx) => {
        for (const entry of stale) {
          if (!entry.email || !entry.displayName) continue;
          await mailer.enqueue(
            trx,
            entryMail(
              "entryUpdateCall",
              { email: entry.email, displayName: entry.displayName, preferredLocale: entry.preferredLocale ?? "en" },
              { title: entry.title, link: entryLink(entry.id, "entryUpdateCall") },
              config.baseUrl,
            ),
          );
          mailed++;
        }
        await audit(trx, ctx(moderator, meta), {
          action: "stocktaking.update_call",
          objectType: "stocktaking",
          after: { before, mailed },
        });
      });
      mailer.kick();
      return mailed;
    },

    /** The newest published entries linked to an Action Line or an SDG, and how many there are, for their pages. */
    async latestFor(filter: { actionLine?: string; sdg?: number }, count = 5) {
      const filters = filter.actionLine ? { actionLine: [filter.actionLine] } : { sdg: [String(filter.sdg)] };
      const result = await search.search({ filters, sort: "newest", page: 1, pageSize: count });
      return {
        total: result.total,
        entries: result.hits.map((h) => ({ id: h.entryId, title: h.title, organizationName: h.organizationName })),
      };
    },

    /** The published version, as everyone may see it; undefined when the entry has none. */
    publicEntry: (id: string) => repo.findPublicEntry(db, id),
  };
}

export type StocktakingService = ReturnType<typeof createStocktakingService>;
