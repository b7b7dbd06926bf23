/**
 * What happens to an uploaded photo before anything is stored: its type is
 * read from its bytes (never from its name or declared type), its size in
 * bytes and pixels is bounded, and it is decoded and re-encoded as a plain
 * JPEG, turned upright, shrunk, and stripped of every metadata block (EXIF,
 * GPS, XMP, ICC). Only pixels we decoded ourselves leave this file, so a
 * polyglot (HTML or script hidden in an image) cannot survive.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import sharp from 'sharp';
import { AppError } from '../errors.ts';

export const PHOTO_LIMITS = {
  /** Phone photos are 3–12 MB; 25 MB leaves room for a camera's full-size JPEG. */
  maxBytes: 25 * 1024 * 1024,
  /** 50 megapixels: more than any phone; refuses decompression bombs before decoding. */
  maxPixels: 50_000_000,
  /** Long side of the stored image: sharp enough to read a sticky note, small enough to store. */
  storedLongSide: 2560,
  thumbnailLongSide: 400,
} as const;

/** The formats a facilitator's phone or camera produces; SVG, PDF, GIF, TIFF and the rest are refused. */
type AcceptedFormat = 'jpeg' | 'png' | 'webp' | 'heif';

export interface ProcessedPhoto {
  image: Buffer;
  thumbnail: Buffer;
  width: number;
  height: number;
  contentType: 'image/jpeg';
}

const MB = 1024 * 1024;
const ACCEPTED = 'Send a JPEG, PNG, WebP or HEIC photo.';

/** The format announced by the file's first bytes, or null: checked before any decoder sees the file. */
export function sniffFormat(bytes: Uint8Array): AcceptedFormat | null {
  const starts = (offset: number, ...values: number[]) => values.every((v, i) => bytes[offset + i] === v);
  const ascii = (offset: number, text: string) => starts(offset, ...[...text].map((c) => c.charCodeAt(0)));
  if (starts(0, 0xff, 0xd8, 0xff)) return 'jpeg';
  if (starts(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (ascii(0, 'RIFF') && ascii(8, 'WEBP')) return 'webp';
  // ISO base media file: a `ftyp` box whose brand says HEIF/HEIC or AVIF.
  if (ascii(4, 'ftyp')) {
    const brand = String.fromCharCode(...bytes.subarray(8, 12));
    if (['heic', 'heix', 'hevc', 'heim', 'heis', 'mif1', 'msf1', 'avif', 'avis'].includes(brand))
      return 'heif';
  }
  return null;
}

/** What the bytes look like when they are not an accepted photo, for a message people understand. */
function describeRefused(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.subarray(0, 512)).toString('latin1').trimStart().toLowerCase();
  if (head.startsWith('%pdf')) return 'This file is a PDF, not a photo.';
  if (head.includes('<svg') || (head.startsWith('<?xml') && head.includes('svg')))
    return 'SVG drawings are not accepted (they can carry scripts).';
  if (head.startsWith('<')) return 'This file is HTML or XML, not a photo.';
  if (head.startsWith('gif8')) return 'GIF images are not accepted.';
  return 'This file is not a photo this server can read.';
}

/** Validates, normalises and shrinks an uploaded photo; every refusal is a 4xx with a sentence. */
export async function processPhoto(bytes: Buffer): Promise<ProcessedPhoto> {
  if (bytes.length === 0) throw new AppError('VALIDATION_FAILED', `The photo is empty. ${ACCEPTED}`);
  if (bytes.length > PHOTO_LIMITS.maxBytes) {
    throw new AppError(
      'PAYLOAD_TOO_LARGE',
      `The photo is ${(bytes.length / MB).toFixed(1)} MB; the limit is ${PHOTO_LIMITS.maxBytes / MB} MB.`,
    );
  }
  const sniffed = sniffFormat(bytes);
  if (!sniffed) throw new AppError('VALIDATION_FAILED', `${describeRefused(bytes)} ${ACCEPTED}`);

  // Reads the header only: the pixel count is known before anything is decoded.
  const metadata = await sharp(bytes, { limitInputPixels: false })
    .metadata()
    .catch(() => {
      throw unreadable(sniffed === 'heif');
    });
  if (metadata.format !== sniffed) {
    throw new AppError('VALIDATION_FAILED', `This file's content does not match its format. ${ACCEPTED}`);
  }
  const pixels = (metadata.width ?? 0) * (metadata.height ?? 0);
  if (pixels > PHOTO_LIMITS.maxPixels) {
    throw new AppError(
      'VALIDATION_FAILED',
      `The photo is ${Math.round(pixels / 1e6)} megapixels; the limit is ${PHOTO_LIMITS.maxPixels / 1e6}.`,
    );
  }

  const decoder = () =>
    sharp(bytes, { limitInputPixels: PHOTO_LIMITS.maxPixels, failOn: 'error', pages: 1 })
      .autoOrient()
      // Transparent PNGs get a white background rather than black in the JPEG.
      .flatten({ background: '#ffffff' });
  try {
    // No withMetadata(): sharp writes none of EXIF, GPS, XMP or IPTC to the output by default.
    const { data: image, info } = await decoder()
      .resize({
        width: PHOTO_LIMITS.storedLongSide,
        height: PHOTO_LIMITS.storedLongSide,
        fit: 'inside',
        withoutEnlargement: true,
      })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    const thumbnail = await sharp(image)
      .resize({
        width: PHOTO_LIMITS.thumbnailLongSide,
        height: PHOTO_LIMITS.thumbnailLongSide,
        fit: 'inside',
        withoutEnlargement: true,
      })
      .jpeg({ quality: 75, mozjpeg: true })
      .toBuffer();
    return { image, thumbnail, width: info.width, height: info.height, contentType: 'image/jpeg' };
  } catch {
    throw unreadable(sniffed === 'heif' && metadata.compression === 'hevc');
  }
}

/** HEIC (HEVC) needs a codec the prebuilt image library leaves out for patent reasons: say what to do. */
const unreadable = (heic: boolean) =>
  new AppError(
    'VALIDATION_FAILED',
    heic
      ? 'HEIC photos cannot be read by this server; set the phone camera to "Most compatible" (JPEG) or convert the photo.'
      : `This photo is damaged or unreadable. ${ACCEPTED}`,
  );

/**
 * Base64 to bytes, refusing anything but canonical base64. Done natively rather than with a
 * schema regex, which takes a third of a second of the event loop on a 25 MB photo.
 */
export function decodeBase64Photo(text: string): Buffer {
  const bytes = Buffer.from(text, 'base64');
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  // Buffer.from skips characters outside the alphabet: any of them makes the length come out short.
  if (text.length % 4 !== 0 || bytes.length !== (text.length / 4) * 3 - padding) {
    throw new AppError('VALIDATION_FAILED', 'The photo is not valid base64.', [
      { path: 'body.imageBase64', message: 'not base64' },
    ]);
  }
  return bytes;
}

/** The uploaded file's name as display text only: no folders, no control characters, bounded. */
export function displayName(name: string | undefined): string {
  if (!name) return '';
  const base = name.split(/[\\/]/).pop() ?? '';
  return (
    base
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
      .replace(/[\u0000-\u001f\u007f<>"`]/g, '')
      .trim()
      .slice(0, 120)
  );
}

/**
 * A photo upload route's error handler: Fastify's own "body too large" would say nothing about
 * photos, so it becomes a 413 naming the limit in MB; other errors go on to the app's handler.
 */
export function photoTooLarge(error: Error, _request: FastifyRequest, reply: FastifyReply) {
  if ((error as { code?: string }).code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    const tooLarge = new AppError(
      'PAYLOAD_TOO_LARGE',
      `The photo is larger than ${PHOTO_LIMITS.maxBytes / 1024 / 1024} MB.`,
    );
    return reply.status(413).send(tooLarge.toBody());
  }
  throw error;
}
