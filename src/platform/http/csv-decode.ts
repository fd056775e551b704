/** Bytes that are not UTF-8, where a person opening the file would look for them. */
export interface UndecodableBytes {
  /** 1-based line (lines end at LF). */
  line: number;
  /** 1-based character position in that line, counting each undecodable sequence as one character. */
  column: number;
  /** The bytes, as "0xE9" or "0xC3 0x28". */
  bytes: string;
}

export class UnknownEncodingError extends Error {
  constructor(readonly encoding: string) {
    super(`unknown encoding '${encoding}' (for example utf-8, windows-1252, latin1, iso-8859-15)`);
  }
}

/** Checks an encoding label (WHATWG's: utf-8, windows-1252, latin1 …) before any work; returns its canonical name. */
export function encodingName(label: string): string {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    throw new UnknownEncodingError(label);
  }
}

const hex = (b: number) => `0x${b.toString(16).toUpperCase().padStart(2, "0")}`;

/**
 * A file's text. In another encoding than UTF-8 every byte means a character, so nothing is undecodable. In UTF-8
 * each sequence that is not UTF-8 becomes U+FFFD — exactly as TextDecoder does (WHATWG's decoder, replacing each
 * maximal ill-formed subpart) — and is listed with its line and column, so an import can say where a damaged row is.
 */
export function decodeText(bytes: Uint8Array, encoding = "utf-8"): { text: string; undecodable: UndecodableBytes[] } {
  const name = encodingName(encoding);
  if (name !== "utf-8") return { text: new TextDecoder(name).decode(bytes), undecodable: [] };
  try {
    // The common case, in one native call.
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), undecodable: [] };
  } catch {
    return decodeReportingErrors(bytes);
  }
}

function decodeReportingErrors(bytes: Uint8Array): { text: string; undecodable: UndecodableBytes[] } {
  const undecodable: UndecodableBytes[] = [];
  const out: string[] = [];
  let chunk: number[] = [];
  const emit = (codePoint: number) => {
    chunk.push(codePoint);
    if (chunk.length >= 4096) {
      out.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
  };
  let line = 1;
  let column = 1;
  let needed = 0;
  let seen = 0;
  let codePoint = 0;
  let lower = 0x80;
  let upper = 0xbf;
  let start = 0;
  const fail = (end: number) => {
    undecodable.push({ line, column, bytes: [...bytes.subarray(start, end)].map(hex).join(" ") });
    emit(0xfffd);
    column++;
  };
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    if (needed === 0) {
      start = i;
      if (byte <= 0x7f) {
        emit(byte);
        if (byte === 0x0a) {
          line++;
          column = 1;
        } else column++;
      } else if (byte >= 0xc2 && byte <= 0xdf) {
        needed = 1;
        codePoint = byte & 0x1f;
      } else if (byte >= 0xe0 && byte <= 0xef) {
        if (byte === 0xe0) lower = 0xa0;
        if (byte === 0xed) upper = 0x9f;
        needed = 2;
        codePoint = byte & 0x0f;
      } else if (byte >= 0xf0 && byte <= 0xf4) {
        if (byte === 0xf0) lower = 0x90;
        if (byte === 0xf4) upper = 0x8f;
        needed = 3;
        codePoint = byte & 0x07;
      } else fail(i + 1);
      continue;
    }
    if (byte < lower || byte > upper) {
      // The sequence so far is one error; this byte starts afresh.
      fail(i);
      needed = seen = codePoint = 0;
      lower = 0x80;
      upper = 0xbf;
      i--;
      continue;
    }
    lower = 0x80;
    upper = 0xbf;
    codePoint = (codePoint << 6) | (byte & 0x3f);
    if (++seen === needed) {
      emit(codePoint);
      column++;
      needed = seen = codePoint = 0;
    }
  }
  if (needed !== 0) fail(bytes.length);
  out.push(String.fromCodePoint(...chunk));
  return { text: out.join(""), undecodable };
}
