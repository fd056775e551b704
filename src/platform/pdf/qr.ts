import { type PDFPage, rgb } from "pdf-lib";
import QRCode from "qrcode";

// A QR code drawn as vector squares: sharp at any print size, a few hundred bytes, no image to embed.

export interface QrOptions {
  /** Lower-left corner of the symbol, quiet zone included. */
  x: number;
  y: number;
  /** Width and height in points, quiet zone included. */
  size: number;
  /** Empty modules around the symbol; scanners need 4, 2 is enough on a white page. Default 4. */
  quietZone?: number;
}

/** The dark modules of the QR code for `text`, row by row (error correction M: survives a crease or a stain). */
export function qrModules(text: string): boolean[][] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const rows: boolean[][] = [];
  for (let row = 0; row < modules.size; row++) {
    const line: boolean[] = [];
    for (let col = 0; col < modules.size; col++) line.push(Boolean(modules.get(row, col)));
    rows.push(line);
  }
  return rows;
}

/** Draws the QR code for `text` on the page. */
export function drawQr(page: PDFPage, text: string, options: QrOptions): void {
  const rows = qrModules(text);
  const quiet = options.quietZone ?? 4;
  const cell = options.size / (rows.length + 2 * quiet);
  const black = rgb(0, 0, 0);
  rows.forEach((line, row) => {
    // Merge horizontal runs of dark modules into one rectangle each: fewer operators, no hairline seams.
    let col = 0;
    while (col < line.length) {
      if (!line[col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < line.length && line[col]) col++;
      page.drawRectangle({
        x: options.x + (quiet + start) * cell,
        y: options.y + options.size - (quiet + row + 1) * cell,
        width: (col - start) * cell,
        height: cell,
        color: black,
      });
    }
  });
}
