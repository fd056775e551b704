/**
 * The UTF-8 byte-order mark a CSV download starts with: without it, Excel opens a UTF-8 file in the
 * system's legacy code page, and Arabic, Chinese, Cyrillic and accented names come out as mojibake.
 * Readers that follow RFC 4180 strictly see it as part of the first header; parseCsv skips it.
 */
export const CSV_BOM = "\uFEFF";

/** The first record of a download: the byte-order mark, then the column names. */
export function csvHeader(columns: readonly string[]): string {
  return CSV_BOM + csvRow(columns);
}

/**
 * One CSV record (RFC 4180), CRLF-terminated. Fields that a spreadsheet would run as a formula
 * (starting with = + - @ or a tab) are prefixed with an apostrophe, since downloads may hold user text.
 */
export function csvRow(fields: readonly (string | number | null | undefined)[]): string {
  return `${fields.map(csvField).join(",")}\r\n`;
}

function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
