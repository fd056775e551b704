import { type PDFPage, rgb } from "pdf-lib";
import { type I18n, i18nFor, type MessageKey, type MessageValues } from "../../../platform/i18n/i18n.ts";
import type { Locale } from "../../../platform/i18n/locale.ts";
import type { Logger } from "../../../platform/log/logger.ts";
import { newPdfDocument, pdfText } from "../../../platform/pdf/fonts.ts";
import { drawQr } from "../../../platform/pdf/qr.ts";
import type { Attendance } from "../registration.table.ts";

/** Everything the letter prints, already decided by the service (passport details only for a visa letter). */
export interface LetterContent {
  registrationId: string;
  /** What the letter prints as the registration number (HLE25-4K7Q2). */
  reference: string;
  passportName: string;
  nationalityCode: string;
  attendance: Attendance;
  event: { title: string; startsOn: string; endsOn: string; venue: string; city: string; countryCode: string | null };
  /** Only when the person asked for a visa letter and the details are still kept. */
  passport: { number: string; bornOn: string } | null;
  issuedOn: Date;
  code: string;
  verifyUrl: string;
  /** The verification page without the code, to type it by hand. */
  verifyPage: string;
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const GREY = rgb(0.3, 0.3, 0.3);
const BLUE = rgb(0.06, 0.3, 0.55);

// The cities and venues of the editions (as the edition data names them, in English), in the letter's language:
// a consulate reads "日内瓦", not "Geneva", in a Chinese letter. A place not listed is printed as the data gives it.
const PLACES: Record<string, MessageKey> = {
  geneva: "registrationLetter.place.geneva",
  palexpo: "registrationLetter.place.palexpo",
  cicg: "registrationLetter.place.cicg",
};
function place(i18n: I18n, name: string): string {
  // "CICG (demo)": the place, and what the data says about it.
  const [, base = name, note = ""] = /^(.*?)(\s*\([^)]*\))?$/.exec(name.trim()) ?? [];
  const key = PLACES[base.toLowerCase()];
  return key ? `${i18n.t(key)}${note}` : name;
}

/** A calendar day (YYYY-MM-DD) in words, read as that day wherever the reader is. */
function day(i18n: I18n, isoDay: string): string {
  return i18n.date(`${isoDay}T12:00:00Z`, { dateStyle: "long", timeZone: "UTC" });
}

/**
 * The e-confirmation letter: one A4 page in the reader's language, with the English text beside each label and
 * after the statement when the reader's language is not English (consulates read English).
 */
export async function renderLetter(content: LetterContent, locale: Locale, logger?: Logger): Promise<Uint8Array> {
  const local = i18nFor(locale);
  const en = i18nFor("en");
  const bilingual = locale !== "en";
  const rtl = local.dir === "rtl";
  // A virtual registration's letter confirms online participation: no passport data, no visa wording.
  const online = content.attendance === "virtual";
  const titleKey: MessageKey = online ? "registrationLetter.pdf.titleOnline" : "registrationLetter.pdf.title";
  const doc = await newPdfDocument(`${en.t(titleKey)} ${content.reference}`);
  doc.setLanguage(locale);
  doc.setSubject(content.event.title);
  const text = pdfText(doc);
  // A name with characters no shipped font has still gets its letter ("?" for those): logged, so it can be seen to.
  const undrawable = text.missing(content.passportName);
  if (undrawable.length > 0) {
    logger?.warn("letter name not fully drawable", {
      registrationId: content.registrationId,
      missing: undrawable.join(""),
    });
  }
  const page = doc.addPage(A4);
  const [width, height] = A4;
  const inner = width - 2 * MARGIN;
  const start = rtl ? width - MARGIN : MARGIN;
  const align = rtl ? "right" : "left";
  let y = height - MARGIN;

  const dates = (i18n: I18n) =>
    i18n.t("registrationLetter.dates", {
      start: day(i18n, content.event.startsOn),
      end: day(i18n, content.event.endsOn),
    });
  const country = (i18n: I18n, code: string | null) => (code ? i18n.country(code) : "");
  const values: MessageValues = {
    event: content.event.title,
    city: place(local, content.event.city),
    start: day(local, content.event.startsOn),
    end: day(local, content.event.endsOn),
    url: content.verifyPage,
  };
  const enValues: MessageValues = {
    ...values,
    city: place(en, content.event.city),
    start: day(en, content.event.startsOn),
    end: day(en, content.event.endsOn),
  };

  async function paragraph(p: PDFPage, body: string, size: number, color = rgb(0, 0, 0), direction = local.dir) {
    for (const line of await text.wrap(body, inner, size)) {
      await text.draw(p, line, { x: start, y, size, align, color, direction });
      y -= size * 1.45;
    }
  }
  async function bothLanguages(key: MessageKey, size: number) {
    await paragraph(page, local.t(key, values), size);
    if (bilingual) {
      y -= 2;
      await paragraph(page, en.t(key, enValues), size - 1.5, GREY, "ltr");
    }
    y -= 6;
  }

  // Heading: the event, then what this is.
  const eventSize = await text.fit(content.event.title, inner, 13, "bold");
  await text.draw(page, content.event.title, { x: start, y, size: eventSize, weight: "bold", color: BLUE, align });
  y -= 30;
  await text.draw(page, local.t(titleKey), { x: start, y, size: 20, weight: "bold", align });
  y -= 18;
  if (bilingual) {
    await text.draw(page, en.t(titleKey), { x: start, y, size: 12, color: GREY, align });
    y -= 18;
  }
  y -= 10;
  await bothLanguages(online ? "registrationLetter.pdf.statementOnline" : "registrationLetter.pdf.statement", 11);

  // The facts, one row each: label (and its English) on one side, value on the other.
  const rows: [MessageKey, string][] = [
    ["registrationLetter.field.registrationId", content.reference],
    ["registrationLetter.field.name", content.passportName],
    ["registrationLetter.field.nationality", country(local, content.nationalityCode)],
    ...(content.passport && !online
      ? ([
          ["registrationLetter.field.passportNumber", content.passport.number],
          ["registrationLetter.field.bornOn", day(local, content.passport.bornOn)],
        ] as [MessageKey, string][])
      : []),
    ["registrationLetter.field.attendance", local.t(`registrationLetter.attendance.${content.attendance}`)],
    ["registrationLetter.field.event", content.event.title],
    ["registrationLetter.field.dates", dates(local)],
    [
      "registrationLetter.field.venue",
      [place(local, content.event.venue), place(local, content.event.city), country(local, content.event.countryCode)]
        .filter(Boolean)
        .join(", "),
    ],
    ["registrationLetter.field.issuedOn", local.date(content.issuedOn, { dateStyle: "long", timeZone: "UTC" })],
  ];
  const labelWidth = 170;
  const valueX = rtl ? width - MARGIN - labelWidth : MARGIN + labelWidth;
  const valueWidth = inner - labelWidth;
  y -= 4;
  page.drawLine({
    start: { x: MARGIN, y: y + 12 },
    end: { x: width - MARGIN, y: y + 12 },
    color: GREY,
    thickness: 0.5,
  });
  for (const [key, value] of rows) {
    const rowTop = y;
    await text.draw(page, local.t(key), { x: start, y, size: 9.5, weight: "bold", align, direction: local.dir });
    if (bilingual) await text.draw(page, en.t(key), { x: start, y: y - 11, size: 8, color: GREY, align });
    const isName = key === "registrationLetter.field.name";
    const size = isName ? 13 : 10.5;
    const lines = await text.wrap(value, valueWidth, size, isName ? "bold" : "regular");
    let vy = rowTop;
    for (const line of lines) {
      await text.draw(page, line, { x: valueX, y: vy, size, weight: isName ? "bold" : "regular", align });
      vy -= size * 1.35;
    }
    y = Math.min(rowTop - (bilingual ? 24 : 17), vy - 6);
  }
  page.drawLine({ start: { x: MARGIN, y: y + 8 }, end: { x: width - MARGIN, y: y + 8 }, color: GREY, thickness: 0.5 });
  y -= 12;

  if (!online) await bothLanguages("registrationLetter.pdf.visa", 10.5);
  if (content.passport && !online) await bothLanguages("registrationLetter.pdf.visaDetails", 9.5);

  // The code, at the foot: QR on the start side, the code under it, how to check beside it.
  const qrSize = 110;
  const qrX = rtl ? width - MARGIN - qrSize : MARGIN;
  const qrY = MARGIN + 70;
  drawQr(page, content.verifyUrl, { x: qrX, y: qrY, size: qrSize, quietZone: 2 });
  await text.draw(page, content.code, {
    x: qrX + qrSize / 2,
    y: qrY - 12,
    size: 10,
    weight: "bold",
    align: "center",
    direction: "ltr",
  });
  const besideX = rtl ? qrX - 16 : qrX + qrSize + 16;
  const besideWidth = inner - qrSize - 16;
  let by = qrY + qrSize - 14;
  const beside = async (body: string, size: number, color = rgb(0, 0, 0), direction = local.dir) => {
    for (const line of await text.wrap(body, besideWidth, size)) {
      await text.draw(page, line, { x: besideX, y: by, size, color, align, direction });
      by -= size * 1.4;
    }
  };
  await beside(local.t("registrationLetter.field.code"), 9.5);
  by -= 2;
  await beside(local.t("registrationLetter.pdf.verify", values), 9.5);
  if (bilingual) await beside(en.t("registrationLetter.pdf.verify", enValues), 8.5, GREY, "ltr");

  const footer = local.t("registrationLetter.pdf.issuedBy", values);
  await text.draw(page, footer, { x: start, y: MARGIN, size: 8, color: GREY, align, direction: local.dir });

  return doc.save();
}
