export type EntryState = "draft" | "submitted" | "changes_requested" | "published" | "rejected";

export interface StocktakingEntryTable {
  id: string;
  externalId: string | null;
  ownerId: string | null;
  state: EntryState;
  title: string;
  summary: string;
  description: string;
  organizationName: string;
  organizationId: string | null;
  stakeholderTypeCode: string | null;
  scope: string | null;
  projectStatus: string | null;
  /** YYYY-MM-DD */
  startDate: string | null;
  endDate: string | null;
  website: string | null;
  /** Shown to moderators only. */
  contactName: string | null;
  contactEmail: string | null;
  language: string;
  /** JSON arrays of codes. */
  countries: string;
  actionLines: string;
  sdgs: string;
  targets: string;
  moderationMessage: string | null;
  publishedVersion: number | null;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  publishedAt: string | null;
}

export interface StocktakingVersionTable {
  entryId: string;
  version: number;
  /** JSON of the public fields as published. */
  snapshot: string;
  publishedAt: string;
  publishedBy: string | null;
}

export interface StocktakingPublicTable {
  entryId: string;
  version: number;
  title: string;
  summary: string;
  description: string;
  organizationName: string;
  stakeholderTypeCode: string | null;
  scope: string | null;
  projectStatus: string | null;
  startDate: string | null;
  endDate: string | null;
  startYear: number | null;
  website: string | null;
  language: string;
  publishedAt: string;
}

export interface StocktakingTables {
  stocktakingEntry: StocktakingEntryTable;
  stocktakingVersion: StocktakingVersionTable;
  stocktakingPublic: StocktakingPublicTable;
  stocktakingPublicCountry: { entryId: string; countryCode: string };
  stocktakingPublicActionLine: { entryId: string; actionLineCode: string };
  stocktakingPublicSdg: { entryId: string; sdgNumber: number };
}
