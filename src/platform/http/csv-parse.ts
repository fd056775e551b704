/**
 * Reads CSV (RFC 4180: quoted fields, doubled quotes, CRLF or LF, line breaks inside quotes) record by record,
 * with the line number each record starts on, so an import can say "line 12, field title".
 */
export function* parseCsv(text: string): Generator<{ line: number; fields: string[] }> {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; // a byte-order mark is not part of the first field
  let line = 1;
  while (i < text.length) {
    const start = line;
    const fields: string[] = [];
    let field = "";
    let quoted = false;
    for (; i < text.length; i++) {
      const ch = text[i];
      if (quoted) {
        if (ch === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i++;
          } else quoted = false;
        } else {
          if (ch === "\n") line++;
          field += ch;
        }
      } else if (ch === '"' && field === "") {
        quoted = true;
      } else if (ch === ",") {
        fields.push(field);
        field = "";
      } else if (ch === "\n" || ch === "\r") {
        if (ch === "\r" && text[i + 1] === "\n") i++;
        i++;
        line++;
        break;
      } else {
        field += ch;
      }
    }
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === "")) yield { line: start, fields };
  }
}
