import { type PDFDocument, type PDFImage, type PDFPage, rgb } from "pdf-lib";
import { newPdfDocument, type PdfText, pdfText } from "../../../platform/pdf/fonts.ts";
import { drawQr } from "../../../platform/pdf/qr.ts";
import { printablePhoto } from "../photo.ts";

// Badges as PDF: A6 portrait (105 × 148 mm), alone on its page or four to an A4 page with thin cutting lines.
// Each shows the event, the photo, the name the person uses (any script), the organisation, a QR code of the signed
// badge code with the code printed under it, and a band in the participant category's colour with the category's
// name written on it, so the category never relies on colour alone.
// Photos: embedded as the small JPEG that photo.ts makes (uploads are stored so; older photos, WebP included, are
// re-encoded within the same pixel limits). A badge without a photo, or with one over the limits or unreadable,
// shows a neutral frame.

export interface BadgeCard {
  registrationId: string;
  /** The registration number people quote (HLE25-4K7Q2), on the list of cards left out. */
  reference: string;
  /** The name the person uses, in any script. */
  name: string;
  /** The name as in the passport (Latin letters): printed instead when no shipped font can draw `name`. */
  passportName: string;
  organization: string;
  category: { name: string; colour: string } | null;
  photo: { contentType: string; bytes: Uint8Array } | null;
  code: string;
}

const MM = 72 / 25.4;
const A6 = { width: 105 * MM, height: 148 * MM };
const A4 = { width: 210 * MM, height: 297 * MM };
const MARGIN = 16;
const BAND = 56;
const INK = rgb(0.106, 0.122, 0.141);
const GREY = rgb(0.45, 0.47, 0.5);

function hexColour(hex: string) {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  const [r, g, b] = m ? [m[1], m[2], m[3]].map((h) => Number.parseInt(h ?? "0", 16) / 255) : [0.8, 0.8, 0.8];
  return { r: r ?? 0.8, g: g ?? 0.8, b: b ?? 0.8 };
}

/** WCAG relative luminance: black text on light bands, white on dark ones. */
function luminance({ r, g, b }: { r: number; g: number; b: number }) {
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

async function embedPhoto(doc: PDFDocument, photo: BadgeCard["photo"]): Promise<PDFImage | null> {
  if (!photo) return null;
  try {
    // Through sharp first (photo.ts): pdf-lib would decode a PNG of any size on the event loop.
    const printable = await printablePhoto(photo);
    if (printable) return await doc.embedJpg(printable);
  } catch {
    // A damaged file prints as the empty frame rather than failing the whole batch.
  }
  return null;
}

/** A neutral frame with a head-and-shoulders outline, where no photo can be printed. */
function drawPlaceholder(page: PDFPage, x: number, y: number, w: number, h: number) {
  page.drawRectangle({ x, y, width: w, height: h, color: rgb(0.93, 0.94, 0.95) });
  const light = rgb(0.78, 0.8, 0.83);
  page.drawEllipse({ x: x + w / 2, y: y + h * 0.62, xScale: w * 0.2, yScale: w * 0.22, color: light });
  page.drawEllipse({ x: x + w / 2, y: y + h * 0.2, xScale: w * 0.36, yScale: h * 0.2, color: light });
}

async function drawLines(
  text: PdfText,
  page: PDFPage,
  value: string,
  options: {
    x: number;
    y: number;
    width: number;
    size: number;
    min: number;
    weight: "regular" | "bold";
    lines: number;
  },
): Promise<number> {
  // Shrink until the text fits in the lines allowed, then wrap; what still overflows is cut with an ellipsis.
  let size = options.size;
  let lines = await text.wrap(value, options.width, size, options.weight);
  while (lines.length > options.lines && size > options.min) {
    size = Math.max(options.min, size - 1);
    lines = await text.wrap(value, options.width, size, options.weight);
  }
  if (lines.length > options.lines) lines = [...lines.slice(0, options.lines - 1), `${lines[options.lines - 1]}…`];
  let y = options.y;
  for (const line of lines) {
    const fitted = await text.fit(line, options.width, size, options.weight);
    await text.draw(page, line, { x: options.x, y, size: fitted, weight: options.weight, color: INK, align: "center" });
    y -= size * 1.25;
  }
  return y;
}

/** What happened to a card that did not print as asked: its name replaced, or the card left out. */
export interface BadgeNote {
  registrationId: string;
  outcome: "passportName" | "notPrinted";
  /** The characters no font has, or the error. */
  detail: string;
}

/** One badge with its lower-left corner at (ox, oy). */
async function drawBadge(
  doc: PDFDocument,
  text: PdfText,
  page: PDFPage,
  ox: number,
  oy: number,
  card: BadgeCard,
  event: string,
) {
  const { width: W, height: H } = A6;
  const inner = W - 2 * MARGIN;
  const centre = ox + W / 2;
  // The event, at the top.
  await drawLines(text, page, event, {
    x: centre,
    y: oy + H - MARGIN - 11,
    width: inner,
    size: 11,
    min: 8,
    weight: "bold",
    lines: 2,
  });
  // The photo (3:4) on the start side, the QR code and its printed code on the other.
  const rowTop = oy + H - 62;
  const photoW = 100;
  const photoH = 133;
  const px = ox + MARGIN;
  const py = rowTop - photoH;
  const image = await embedPhoto(doc, card.photo);
  if (image) {
    const scale = Math.min(photoW / image.width, photoH / image.height);
    const w = image.width * scale;
    const h = image.height * scale;
    page.drawRectangle({ x: px, y: py, width: photoW, height: photoH, color: rgb(0.93, 0.94, 0.95) });
    page.drawImage(image, { x: px + (photoW - w) / 2, y: py + (photoH - h) / 2, width: w, height: h });
  } else {
    drawPlaceholder(page, px, py, photoW, photoH);
  }
  const qrSize = 112;
  const qx = ox + W - MARGIN - qrSize;
  drawQr(page, card.code, { x: qx, y: rowTop - qrSize, size: qrSize, quietZone: 2 });
  const codeSize = await text.fit(card.code, qrSize + 8, 8.5);
  await text.draw(page, card.code, {
    x: qx + qrSize / 2,
    y: rowTop - qrSize - 12,
    size: codeSize,
    color: INK,
    align: "center",
    direction: "ltr",
  });
  // The name the person uses, large, then the organisation.
  const afterName = await drawLines(text, page, card.name, {
    x: centre,
    y: py - 30,
    width: inner,
    size: 22,
    min: 12,
    weight: "bold",
    lines: 2,
  });
  await drawLines(text, page, card.organization, {
    x: centre,
    y: afterName - 2,
    width: inner,
    size: 12,
    min: 8,
    weight: "regular",
    lines: 2,
  });
  // The category band, with its name in the contrasting ink.
  if (card.category) {
    const colour = hexColour(card.category.colour);
    page.drawRectangle({ x: ox, y: oy, width: W, height: BAND, color: rgb(colour.r, colour.g, colour.b) });
    const ink = luminance(colour) > 0.179 ? rgb(0, 0, 0) : rgb(1, 1, 1);
    const size = await text.fit(card.category.name, inner, 18, "bold");
    await text.draw(page, card.category.name, {
      x: centre,
      y: oy + BAND / 2 - size / 3,
      size,
      weight: "bold",
      color: ink,
      align: "center",
    });
  } else {
    page.drawLine({ start: { x: ox, y: oy + BAND }, end: { x: ox + W, y: oy + BAND }, color: GREY, thickness: 0.5 });
  }
}

/**
 * The cards that can be printed, each tried alone first on a scratch page (never saved), so that one card that
 * fails leaves no half-drawn badge in the batch: it is left out and noted, the others print. A name no shipped
 * font can draw is replaced by the passport name, and noted.
 */
async function printable(cards: BadgeCard[], event: string, notes: BadgeNote[]): Promise<BadgeCard[]> {
  const scratch = await newPdfDocument();
  const text = pdfText(scratch);
  const ready: BadgeCard[] = [];
  for (const card of cards) {
    const missing = text.missing(card.name);
    const chosen = missing.length > 0 ? { ...card, name: card.passportName } : card;
    if (missing.length > 0) {
      notes.push({ registrationId: card.registrationId, outcome: "passportName", detail: missing.join("") });
    }
    try {
      await drawBadge(scratch, text, scratch.addPage([A6.width, A6.height]), 0, 0, { ...chosen, photo: null }, event);
      ready.push(chosen);
    } catch (error) {
      notes.push({ registrationId: card.registrationId, outcome: "notPrinted", detail: String(error) });
    }
  }
  return ready;
}

/**
 * One A6 page per badge ("a6"), or four badges to an A4 page ("a4"); with what did not print as asked. Null when
 * no card could be printed.
 */
export async function renderBadges(
  all: BadgeCard[],
  event: string,
  layout: "a6" | "a4" = all.length === 1 ? "a6" : "a4",
  /** When given, a last page under this heading lists the cards left out, so whoever prints sees them. */
  leftOutHeading?: (count: number) => string,
): Promise<{ bytes: Uint8Array | null; notes: BadgeNote[] }> {
  const notes: BadgeNote[] = [];
  const cards = await printable(all, event, notes);
  if (cards.length === 0) return { bytes: null, notes };
  const doc = await newPdfDocument(cards.length === 1 ? `${cards[0]?.name ?? ""} — ${event}` : event);
  const text = pdfText(doc);
  if (layout === "a6") {
    for (const card of cards) {
      const page = doc.addPage([A6.width, A6.height]);
      await drawBadge(doc, text, page, 0, 0, card, event);
    }
  } else {
    const slots = [
      [0, A6.height],
      [A6.width, A6.height],
      [0, 0],
      [A6.width, 0],
    ] as const;
    for (let i = 0; i < cards.length; i += 4) {
      const page = doc.addPage([A4.width, A4.height]);
      const group = cards.slice(i, i + 4);
      for (const [j, card] of group.entries()) {
        const [ox, oy] = slots[j] ?? [0, 0];
        await drawBadge(doc, text, page, ox, oy, card, event);
      }
      // Cutting lines between the four badges.
      const cut = { color: GREY, thickness: 0.3, dashArray: [3, 3] };
      page.drawLine({ start: { x: A6.width, y: 0 }, end: { x: A6.width, y: A4.height }, ...cut });
      page.drawLine({ start: { x: 0, y: A6.height }, end: { x: A4.width, y: A6.height }, ...cut });
    }
  }
  const leftOut = notes.filter((n) => n.outcome === "notPrinted");
  if (leftOutHeading && leftOut.length > 0) {
    const size = layout === "a6" ? A6 : A4;
    let page = doc.addPage([size.width, size.height]);
    let y = size.height - 2 * MARGIN;
    await text.draw(page, leftOutHeading(leftOut.length), { x: MARGIN, y, size: 12, weight: "bold", color: INK });
    y -= 24;
    for (const note of leftOut) {
      const card = all.find((c) => c.registrationId === note.registrationId);
      if (!card) continue;
      if (y < 2 * MARGIN) {
        page = doc.addPage([size.width, size.height]);
        y = size.height - 2 * MARGIN;
      }
      // The passport name: a name that failed to draw may be the very reason the card was left out.
      const line = `${card.reference}  ${card.passportName} — ${card.organization}`;
      const fitted = await text.fit(line, size.width - 2 * MARGIN, 10, "regular");
      await text.draw(page, line, { x: MARGIN, y, size: fitted, weight: "regular", color: INK });
      y -= 16;
    }
  }
  return { bytes: await doc.save(), notes };
}
