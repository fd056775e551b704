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
