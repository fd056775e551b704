export interface OrganizationTable {
  id: string;
  name: string;
  stakeholderTypeCode: string;
  countryCode: string | null;
  website: string | null;
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
