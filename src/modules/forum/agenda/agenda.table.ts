/** A published session a person keeps in their agenda. */
export interface ForumAgendaItemTable {
  userId: string;
  sessionId: string;
  addedAt: string;
}

/** The hash of the secret in a person's private agenda feed URL; a new token replaces the row. */
export interface ForumAgendaFeedTable {
  userId: string;
  tokenHash: string;
  createdAt: string;
}

export interface ForumAgendaTables {
  forumAgendaItem: ForumAgendaItemTable;
  forumAgendaFeed: ForumAgendaFeedTable;
}
