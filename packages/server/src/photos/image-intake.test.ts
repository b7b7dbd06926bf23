import { describe, expect, it } from 'vitest';
import { decodeBase64Photo, displayName, sniffFormat } from './image-intake.ts';
import { HTML_AS_JPEG, headerOnlyPng, PDF, SVG_WITH_SCRIPT } from './test-fixtures.ts';

describe('image intake', () => {
  it('PHOTO-1 reads the format from the first bytes only', () => {
    expect(sniffFormat(Buffer.from([0xff, 0xd8, 0xff, 0xe1]))).toBe('jpeg');
    expect(sniffFormat(headerOnlyPng(10, 10))).toBe('png');
    expect(sniffFormat(Buffer.from('RIFF\0\0\0\0WEBPVP8 '))).toBe('webp');
    expect(sniffFormat(Buffer.from('\0\0\0\x18ftypheic\0\0\0\0'))).toBe('heif');
    expect(sniffFormat(Buffer.from('\0\0\0\x18ftypisom\0\0\0\0'))).toBeNull(); // an MP4 video
    for (const hostile of [HTML_AS_JPEG, SVG_WITH_SCRIPT, PDF, Buffer.alloc(0)]) {
      expect(sniffFormat(hostile)).toBeNull();
    }
  });

  it('PHOTO-4 keeps a file name as harmless display text', () => {
    expect(displayName('../../x.php.jpg')).toBe('x.php.jpg');
    expect(displayName('C:\\Users\\me\\IMG_1.JPG')).toBe('IMG_1.JPG');
    expect(displayName('a\u0000b<script>.jpg')).toBe('abscript.jpg');
    expect(displayName(undefined)).toBe('');
    expect(displayName('x'.repeat(300))).toHaveLength(120);
  });

  it('PHOTO-1 decodes canonical base64 only', () => {
    expect(decodeBase64Photo(Buffer.from('photo!').toString('base64')).toString()).toBe('photo!');
    expect(decodeBase64Photo('aGk=').toString()).toBe('hi');
    for (const bad of ['aGk', 'a*k=', 'aGk=aGk=', '@@@@']) {
      expect(() => decodeBase64Photo(bad), bad).toThrow(/base64/);
    }
  });
});
