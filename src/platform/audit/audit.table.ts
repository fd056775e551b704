export interface AuditEventTable {
  id: string;
  at: string;
  actorId: string | null;
  actorIp: string | null;
  action: string;
  objectType: string;
  objectId: string | null;
  /** JSON, where the change has a before and an after worth keeping (never secrets). */
  before: string | null;
  after: string | null;
  requestId: string | null;
}

export interface AuditTables {
  auditEvent: AuditEventTable;
}
