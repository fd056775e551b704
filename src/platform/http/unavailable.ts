/**
 * Whether an error says the database cannot be reached just now (as opposed to a fault in a query): PostgreSQL
 * refusing or dropping connections, the pool timing out or closed, SQLite locked past its busy timeout, its file
 * unreadable or its connection closed. Such errors answer 503 (try again later), not 500.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = String((error as { code?: unknown }).code ?? "");
  // Network errors of the PostgreSQL client (connect refused, host unknown, reset, timed out).
  if (/^(ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|EPIPE)$/.test(code))
    return true;
  // SQLSTATE class 08 (connection exception), 57P01–57P03 (shut down, cannot connect now), 53300 (too many clients).
  if (/^(08[0-9A-Z]{3}|57P0[123]|53300)$/.test(code)) return true;
  // SQLite: locked past the busy timeout, the file gone or unreadable, the disk full.
  if (/^SQLITE_(BUSY|LOCKED|CANTOPEN|IOERR|FULL)/.test(code)) return true;
  if (error instanceof AggregateError && error.errors.some(isDatabaseUnavailable)) return true;
  return /^(Connection terminated|timeout exceeded when trying to connect|Cannot use a pool after calling end|The database connection is not open|driver has already been destroyed)/.test(
    error.message,
  );
}
