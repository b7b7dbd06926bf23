/**
 * Test images made on the spot with sharp: phone-like photos with EXIF and
 * GPS, a wall of sticky notes with printed French text (rendered with the
 * Roboto font shipped inside pdfmake, so no system font is needed), and
 * hostile files.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';

const require = createRequire(import.meta.url);
const ROBOTO = join(
  dirname(require.resolve('pdfmake/package.json')),
  'fonts',
  'Roboto',
  'Roboto-Regular.ttf',
);

export const ARTIST = 'Cercle secret artist';

/** A phone photo: rotated by its EXIF orientation (6 = turn 90° clockwise), with GPS coordinates and a P3 profile. */
export async function phonePhoto(width = 1200, height = 800): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#3366aa' } })
    .composite([
      { input: { create: { width: 100, height: 100, channels: 3, background: '#ff0000' } }, left: 0, top: 0 },
    ])
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withIccProfile('p3')
    .withExif({
      IFD0: { Artist: ARTIST, Make: 'TestCam' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '48/1 51/1 24/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '2/1 21/1 3/1',
      },
    })
    .toBuffer();
}

/** The GPS IFD pointer tag (0x8825) in a little-endian EXIF block, as sharp writes it. */
export const hasGpsPointer = (exif: Buffer | undefined) => Boolean(exif?.includes(Buffer.from([0x25, 0x88])));

export async function plainImage(
  format: 'png' | 'webp' | 'avif',
  width = 640,
  height = 480,
): Promise<Buffer> {
  const image = sharp({
    create: { width, height, channels: 4, background: { r: 0, g: 128, b: 0, alpha: 0.5 } },
  });
  return image.toFormat(format).toBuffer();
}

/** A PNG whose header claims `width`×`height` pixels but holds one row: a decompression bomb's calling card. */
export function headerOnlyPng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.writeUInt8(8, 8); // bit depth
  ihdr.writeUInt8(0, 9); // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.alloc(width + 1))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export const NOTES = [
  { text: 'Écouter les équipes', colour: '#fff27a', left: 80, top: 80 },
  { text: 'Mieux partager\nles décisions', colour: '#ff9ec7', left: 900, top: 120 },
  { text: 'Plus de temps\npour innover', colour: '#8fd3ff', left: 200, top: 700 },
];

/** Three sticky notes of different colours on a wall, photographed in uneven light. */
export async function stickyNoteWall(): Promise<Buffer> {
  const notes = await Promise.all(
    NOTES.map(async (note) => {
      const text = await sharp({
        text: {
          text: `<span foreground="#1a1a1a">${note.text}</span>`,
          font: 'Roboto',
          fontfile: ROBOTO,
          dpi: 300,
          rgba: true,
        },
      })
        .png()
        .toBuffer();
      const { width = 0, height = 0 } = await sharp(text).metadata();
      const paper = await sharp({
        create: { width: width + 80, height: height + 80, channels: 3, background: note.colour },
      })
        .composite([{ input: text, left: 40, top: 40 }])
        .png()
        .toBuffer();
      return { input: paper, left: note.left, top: note.top };
    }),
  );
  const shade = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="1800" height="1200"><defs><linearGradient id="g" x1="0" x2="1">
      <stop offset="0" stop-opacity="0"/><stop offset="1" stop-opacity="0.4"/></linearGradient></defs>
      <rect width="1800" height="1200" fill="url(#g)"/></svg>`,
  );
  const wall = await sharp({ create: { width: 1800, height: 1200, channels: 3, background: '#e8e4dc' } })
    .composite(notes)
    .png()
    .toBuffer();
  return sharp(wall)
    .composite([{ input: shade }])
    .jpeg({ quality: 90 })
    .toBuffer();
}

export const HTML_AS_JPEG = Buffer.from(
  '<!doctype html><html><body><script>alert(document.cookie)</script></body></html>',
);
export const SVG_WITH_SCRIPT = Buffer.from(
  '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>',
);
export const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
