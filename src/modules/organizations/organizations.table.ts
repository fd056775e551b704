export interface OrganizationTable {
  id: string;
  name: string;
  stakeholderTypeCode: string;
  countryCode: string | null;
  website: string | null;
  /** When the secretariat verified it; null while unverified (its focal points cannot decide accreditation). */
  verifiedAt: string | null;
  verifiedBy: string | null;
  /** The secretariat's note on the last verification or withdrawal. */
  verificationNote: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface OrganizationMembershipTable {
  organizationId: string;
  userId: string;
  status: "pending" | "approved" | "rejected";
  /** 1 for the organisation's focal points: they approve members (and, later, accreditation requests). */
  isFocalPoint: number;
  requestedAt: string;
  decidedAt: string | null;
  decidedBy: string | null;
}

export interface OrganizationTables {
  organization: OrganizationTable;
  organizationMembership: OrganizationMembershipTable;
}
