/**
 * Photos in Open Space session reports (OS-LIVE-8), end to end: a phone uploads with its
 * participant token, files a report naming the photo over the live socket, and the proceedings
 * (DOCX and PDF) embed it; another session's photo is neither served nor embedded.
 */
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocx } from '../exports/test-helpers.ts';
import { phonePhoto, plainImage } from '../photos/test-fixtures.ts';
import { ApiClient, uniqueEmail } from '../test-support/client.ts';
import { type Harness, startHarness } from '../test-support/harness.ts';
import { LiveClient } from '../test-support/live-client.ts';

let h: Harness;
let base: string;

beforeAll(async () => {
  h = await startHarness();
  base = await h.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await h.close();
});

async function join(code: string, nickname: string) {
  const res = await h.app.inject({ method: 'POST', url: `/api/join/${code}`, payload: { nickname } });
  expect(res.statusCode).toBe(201);
  return res.json() as { token: string; participant: { id: string } };
}

const upload = (code: string, token: string, bytes: Buffer | string) =>
  h.app.inject({
    method: 'POST',
    url: `/api/join/${code}/photos`,
    headers: { authorization: `Bearer ${token}` },
    payload: { imageBase64: typeof bytes === 'string' ? bytes : bytes.toString('base64') },
  });

const thumbnail = (code: string, token: string, id: string) =>
  h.app.inject({
    method: 'GET',
    url: `/api/join/${code}/photos/${id}/thumbnail`,
    headers: { authorization: `Bearer ${token}` },
  });

/** PDF image objects (pdfkit writes their dictionaries uncompressed). */
const pdfImages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Subtype \/Image/g)?.length ?? 0;

async function openRoom(api: ApiClient, orgId: string, title: string) {
  const session = await api.openSession(orgId, title);
  const ana = await join(session.code, 'Ana');
  return { session, ana };
}

describe('photos in Open Space session reports', () => {
  it('a phone uploads photos, files a report with them, and the proceedings embed them', async () => {
    const api = new ApiClient(h.app);
    await api.signUp(uniqueEmail('osphoto'));
    const orgId = await api.createOrganisation();
    const { session, ana } = await openRoom(api, orgId, 'Forum avec photos');
    const other = await openRoom(api, orgId, 'Un autre forum');

    // A phone JPEG (EXIF, GPS, rotated) and a PNG are accepted, re-encoded as JPEG with a thumbnail.
    const jpeg = await upload(session.code, ana.token, await phonePhoto(1200, 800));
    expect(jpeg.statusCode).toBe(201);
    const photo = jpeg.json().photo as { id: string; thumbnailUrl: string };
    expect(photo.thumbnailUrl).toBe(`/api/join/${session.code}/photos/${photo.id}/thumbnail`);
    const png = await upload(session.code, ana.token, await plainImage('png', 300, 200));
    expect(png.statusCode).toBe(201);

    const thumb = await thumbnail(session.code, ana.token, photo.id);
    expect(thumb.statusCode).toBe(200);
    expect(thumb.headers['content-type']).toBe('image/jpeg');
    const meta = await sharp(thumb.rawPayload).metadata();
    expect(meta.format).toBe('jpeg');
    // Turned upright from EXIF orientation 6, shrunk, and no EXIF (GPS) left.
    expect([meta.width, meta.height]).toEqual([267, 400]);
    expect(meta.exif).toBeUndefined();

    // Refusals: a non-image with a sentence, a wrong token, another session's photo.
    const text = await upload(session.code, ana.token, Buffer.from('%PDF-1.4 not a photo'));
    expect(text.statusCode).toBe(400);
    expect(text.json().message).toContain('This file is a PDF, not a photo.');
    expect((await upload(session.code, 'not-a-token', await plainImage('png'))).json().code).toBe(
      'INVALID_TOKEN',
    );
    expect((await upload(session.code, other.ana.token, await plainImage('png'))).statusCode).toBe(401);
    expect((await thumbnail(session.code, 'not-a-token', photo.id)).statusCode).toBe(401);
    const foreign = (await upload(other.session.code, other.ana.token, await plainImage('png'))).json().photo;
    expect((await thumbnail(session.code, ana.token, foreign.id)).statusCode).toBe(404);
    expect((await thumbnail(other.session.code, other.ana.token, foreign.id)).statusCode).toBe(200);

    // Staff read the full image through the organisation; another session's id is not found.
    const staffUrl = (id: string) =>
      `/api/organisations/${orgId}/live-sessions/${session.id}/photos/${id}/image`;
    const full = await api.get(staffUrl(photo.id));
    expect(full.statusCode).toBe(200);
    expect((await sharp(full.rawPayload).metadata()).width).toBe(800);
    expect((await api.get(staffUrl(foreign.id))).statusCode).toBe(404);

    // The convener files a report naming its photo, a bogus id and another session's photo.
    const phone = await LiveClient.connect(base, { token: ana.token });
    const topic = await phone.submit({ kind: 'openspace.topic.propose', title: 'Climat en ville' });
    if (!('ref' in topic) || !topic.ref) throw new Error(`propose refused: ${JSON.stringify(topic)}`);
    const filed = await phone.submit({
      kind: 'openspace.report.file',
      report: {
        sessionId: topic.ref,
        title: 'Une ville plus fraîche',
        keyPoints: ['Planter des arbres'],
        photoIds: [photo.id, 'ghost', foreign.id],
      },
    });
    expect(filed).toHaveProperty('seq');
    phone.close();

    const url = `/api/organisations/${orgId}/live-sessions/${session.id}/open-space`;
    const docx = await api.get(`${url}/proceedings.docx`);
    expect(docx.statusCode).toBe(200);
    const { text: words, files } = await readDocx(docx.rawPayload);
    // Only the photo of this session is counted and embedded.
    expect(words).toContain('1 photo jointe');
    expect(files.filter((f) => /^word\/media\/.+\.(jpe?g)$/.test(f))).toHaveLength(1);
    expect(words.indexOf('Planter des arbres')).toBeLessThan(words.indexOf('1 photo jointe'));

    const pdf = await api.get(`${url}/proceedings.pdf?locale=en`);
    expect(pdf.statusCode).toBe(200);
    expect(pdfImages(pdf.rawPayload)).toBe(1);

    // Once the session is closed, phones may no longer add photos.
    expect((await api.post(`/api/organisations/${orgId}/live-sessions/${session.id}/close`)).statusCode).toBe(
      200,
    );
    const late = await upload(session.code, ana.token, await plainImage('png'));
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('SESSION_CLOSED');
  });
});
