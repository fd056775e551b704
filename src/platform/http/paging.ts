/** Where a list is: the page shown, how many there are, and whether the page asked for did not exist. */
export interface Paging {
  page: number;
  pages: number;
  /** The `page` asked for when it was out of range or not a page number (shown in the message), else undefined. */
  outOfRange?: string;
}

/**
 * The page of a list to show for a `page` parameter: a page that exists is shown; a number past the last page
 * (however large) shows the last, zero, a negative number or anything else the first, each with `outOfRange` set
 * so the page can say so. Never a number a database would refuse as an offset.
 */
export function pageOf(raw: string | undefined, total: number, pageSize: number): Paging {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const text = raw?.trim() ?? "";
  if (text === "") return { page: 1, pages };
  if (/^\d+$/.test(text)) {
    const n = text.length > 15 ? Number.POSITIVE_INFINITY : Number(text);
    if (n >= 1 && n <= pages) return { page: n, pages };
    return { page: n < 1 ? 1 : pages, pages, outOfRange: text.slice(0, 30) };
  }
  return { page: 1, pages, outOfRange: text.slice(0, 30) };
}
