// A multipart body too large to accept, read as it streams in for its text fields only: the content of every file
// part is counted and dropped, so the page can show the form again with what the person typed and say the file was
// too large, instead of a bare 413. Memory stays at the text fields plus one chunk, whatever the body's size.

const CRLF2 = Buffer.from("\r\n\r\n");

export interface OversizeForm {
  /** The text fields, in order (repeated names kept). */
  fields: [string, string][];
  /** The names of the file fields whose content was dropped. */
  droppedFiles: string[];
}

function disposition(headers: string) {
  const line = /^content-disposition:(.*)$/im.exec(headers)?.[1] ?? "";
  const name = /\bname="([^"]*)"/i.exec(line)?.[1];
  const isFile = /\bfilename\*?=/i.test(line);
  return name === undefined ? null : { name, isFile };
}

/**
 * The text fields of the multipart body that `chunks` yields, or null when it is not one (no boundary found, a part
 * without a name) or its text fields come to more than `maxTextBytes`, or it is longer than `maxBytes` in all.
 */
export async function readTextFields(
  chunks: AsyncIterable<Uint8Array>,
  boundary: string,
  limits: { maxTextBytes: number; maxBytes: number },
): Promise<OversizeForm | null> {
  // Every delimiter is CRLF--boundary; the first one opens the body without its CRLF.
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  let buffer = Buffer.from("\r\n");
  let state: "delimiter" | "headers" | "content" | "end" = "delimiter";
  let part: { name: string; isFile: boolean; text: Buffer[] } | null = null;
  let textBytes = 0;
  let total = 0;
  const form: OversizeForm = { fields: [], droppedFiles: [] };
  const keep = (bytes: Buffer) => {
    if (!part || part.isFile) return true;
    textBytes += bytes.length;
    part.text.push(bytes);
    return textBytes <= limits.maxTextBytes;
  };
  for await (const chunk of chunks) {
    total += chunk.length;
    if (total > limits.maxBytes) return null;
    buffer = buffer.length ? Buffer.concat([buffer, chunk]) : Buffer.from(chunk);
    for (;;) {
      if (state === "end") break;
      if (state === "delimiter") {
        const at = buffer.indexOf(delimiter);
        if (at === -1 || buffer.length < at + delimiter.length + 2) {
          if (buffer.length > 64 * 1024 && at === -1) return null;
          break;
        }
        const after = buffer.subarray(at + delimiter.length, at + delimiter.length + 2).toString("latin1");
        buffer = buffer.subarray(at + delimiter.length + 2);
        state = after === "--" ? "end" : "headers";
        continue;
      }
      if (state === "headers") {
        const at = buffer.indexOf(CRLF2);
        if (at === -1) {
          if (buffer.length > 16 * 1024) return null;
          break;
        }
        const found = disposition(buffer.subarray(0, at).toString("utf8"));
        if (!found) return null;
        part = { ...found, text: [] };
        buffer = buffer.subarray(at + CRLF2.length);
        state = "content";
        continue;
      }
      // Content: up to the next delimiter; without one, all but a delimiter's length (it may straddle chunks).
      const at = buffer.indexOf(delimiter);
      if (at === -1) {
        const safe = buffer.length - delimiter.length;
        if (safe > 0) {
          if (!keep(buffer.subarray(0, safe))) return null;
          buffer = Buffer.from(buffer.subarray(safe));
        }
        break;
      }
      if (!keep(buffer.subarray(0, at)) || !part) return null;
      if (part.isFile) form.droppedFiles.push(part.name);
      else form.fields.push([part.name, Buffer.concat(part.text).toString("utf8")]);
      part = null;
      buffer = buffer.subarray(at);
      state = "delimiter";
    }
  }
  return state === "end" ? form : null;
}
