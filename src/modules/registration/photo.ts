import sharp from "sharp";
import type { MessageKey } from "../../platform/i18n/i18n.ts";
import { LIMITS, type PhotoType, photoType } from "./registration.schema.ts";

// Badge photos. A photo is decoded once, at upload, by sharp (libvips, off the event loop), after its dimensions
// have been read from its header: a 31 KB 1-bit PNG of 16,000 × 16,000 pixels once took 32 s and 2 GB to print
// through pdf-lib. What is stored is the badge's size as JPEG, without metadata (a phone photo's EXIF holds where it
// was taken). Photos stored before this are checked the same way before a badge embeds them.

/** At most this many pixels a side, and in all: a 48-megapixel phone saves 8,000 × 6,000, which is refused. */
export const PHOTO_MAX_SIDE = 6000;
export const PHOTO_MAX_PIXELS = 24_000_000;
/** What is stored and printed: 3:4, 480 × 640 (the badge frame is 100 × 133 pt, so about 350 dpi). */
export const BADGE_PHOTO = { width: 480, height: 640 } as const;

const decoder = (bytes: Uint8Array) =>
  // limitInputPixels makes libvips itself refuse a larger image, whatever the header check below let through.
  sharp(bytes, { limitInputPixels: PHOTO_MAX_PIXELS, failOn: "error" });

/** Width and height from the file's header, without decoding it; null when sharp cannot read it. */
async function dimensions(bytes: Uint8Array) {
  try {
    const meta = await sharp(bytes, { limitInputPixels: false }).metadata();
    // An EXIF orientation of 5–8 turns the picture a quarter: the sides swap, the count does not.
    return meta.width && meta.height ? { width: meta.width, height: meta.height, format: meta.format } : null;
  } catch {
    return null;
  }
}

function withinLimits(d: { width: number; height: number }) {
  return d.width <= PHOTO_MAX_SIDE && d.height <= PHOTO_MAX_SIDE && d.width * d.height <= PHOTO_MAX_PIXELS;
}

/** The badge's size, cropped to 3:4 around the middle, turned upright, as JPEG with no metadata at all. */
function toBadgeJpeg(bytes: Uint8Array) {
  return decoder(bytes)
    .rotate()
    .resize(BADGE_PHOTO.width, BADGE_PHOTO.height, { fit: "cover", position: "attention", withoutEnlargement: false })
    .flatten({ background: "#ffffff" })
    .jpeg({ quality: 85, mozjpeg: true })
    .toBuffer();
}

export type PreparedPhoto = { ok: true; contentType: PhotoType; bytes: Uint8Array } | { ok: false; error: MessageKey };

/**
 * A photo sent at registration, checked and made ready to store: over LIMITS.photo bytes, not a JPEG or PNG, or over
 * the pixel limits is refused with the message for the photo field; anything else is stored as a small JPEG.
 */
export async function preparePhoto(bytes: Uint8Array): Promise<PreparedPhoto> {
  if (bytes.length > LIMITS.photo) return { ok: false, error: "registration.error.photoTooLarge" };
  if (!photoType(bytes)) return { ok: false, error: "registration.error.photoType" };
  const d = await dimensions(bytes);
  if (!d || (d.format !== "jpeg" && d.format !== "png")) return { ok: false, error: "registration.error.photoType" };
  if (!withinLimits(d)) return { ok: false, error: "registration.error.photoDimensions" };
  try {
    return { ok: true, contentType: "image/jpeg", bytes: new Uint8Array(await toBadgeJpeg(bytes)) };
  } catch {
    // A header that reads but a body that does not decode (truncated, damaged).
    return { ok: false, error: "registration.error.photoType" };
  }
}

/**
 * A stored photo as pdf-lib may embed it: a JPEG already at the badge's size (what uploads store) as it is, anything
 * else re-encoded by sharp within the same limits; null (the badge shows its empty frame) when it is over them or
 * cannot be read. pdf-lib never decodes a PNG here: it would inflate every pixel on the event loop.
 */
export async function printablePhoto(photo: { contentType: string; bytes: Uint8Array }): Promise<Uint8Array | null> {
  const d = await dimensions(photo.bytes);
  if (!d || !withinLimits(d)) return null;
  if (d.format === "jpeg" && d.width <= BADGE_PHOTO.width && d.height <= BADGE_PHOTO.height) return photo.bytes;
  try {
    return new Uint8Array(await toBadgeJpeg(photo.bytes));
  } catch {
    return null;
  }
}
