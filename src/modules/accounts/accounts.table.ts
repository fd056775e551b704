export interface UserAccountTable {
  id: string;
  /** Lower-cased; unique. */
  email: string;
  emailVerifiedAt: string | null;
  passwordHash: string;
  /** The name the person uses, in any script. */
  displayName: string;
  /** Full name as in the passport, in Latin letters (for visa letters). */
  passportName: string | null;
  organizationId: string | null;
  stakeholderTypeCode: string | null;
  countryCode: string | null;
  preferredLocale: string;
  /** Bumped when roles change: sessions issued before are replaced at their next request. */
  privilegeVersion: number;
  createdAt: string;
  updatedAt: string;
}

export interface UserSessionTable {
  /** SHA-256 of the cookie's token; the token itself is never stored. */
  tokenHash: string;
  /** A public handle for listing and revoking, unrelated to the token. */
  id: string;
  userId: string;
  privilegeVersion: number;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  ip: string | null;
  userAgent: string | null;
  /** The token this one replaced when privileges changed (its SHA-256), valid until previousTokenUntil. */
  previousTokenHash: string | null;
  previousTokenUntil: string | null;
}

export type TokenPurpose = "verify_email" | "reset_password" | "change_email";

export interface UserTokenTable {
  tokenHash: string;
  userId: string;
  purpose: TokenPurpose;
  newEmail: string | null;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
}

export interface RoleGrantTable {
  id: string;
  userId: string;
  role: string;
  /** An Action Line code for facilitators, a prize category for experts, '' otherwise. */
  scope: string;
  grantedBy: string | null;
  grantedAt: string;
}

export interface AccountTables {
  userAccount: UserAccountTable;
  userSession: UserSessionTable;
  userToken: UserTokenTable;
  roleGrant: RoleGrantTable;
}
