/**
 * Photo upload, storage and serving through the HTTP API: types read from
 * bytes, sizes bounded, metadata stripped, organisation scoping and roles.
 */
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, uniqueAddress, uniqueEmail } from '../test-support/client.ts';
import { type Harness, startHarness } from '../test-support/harness.ts';
import {
  ARTIST,
  HTML_AS_JPEG,
  hasGpsPointer,
  headerOnlyPng,
  PDF,
  phonePhoto,
  plainImage,
  SVG_WITH_SCRIPT,
} from './test-fixtures.ts';

let h: Harness;
let owner: ApiClient;
let observer: ApiClient;
let stranger: ApiClient;
let orgId: string;
let missionId: string;
let workshopId: string;
let sequenceIds: string[];
let base: string;

const upload = (client: ApiClient, bytes: Buffer, extra: Record<string, unknown> = {}) =>
  client.post(base, { imageBase64: bytes.toString('base64'), ...extra });

beforeAll(async () => {
  h = await startHarness();
  const person = () => new ApiClient(h.app, uniqueAddress()).signUp(uniqueEmail('photos'));
  owner = await person();
  observer = await person();
  stranger = await person();
  orgId = await owner.createOrganisation('Photos');
  await stranger.createOrganisation('Elsewhere');
  const created = await owner.post(`/api/organisations/${orgId}/missions/from-template`, {
    templateId: 'management-seminar',
    startsOn: '2027-01-04',
    locale: 'fr',
  });
  expect(created.statusCode).toBe(201);
  const mission = created.json().mission;
  missionId = mission.id;
  const workshop = mission.steps.find((s: { workshop?: unknown }) => s.workshop).workshop;
  workshopId = workshop.id;
  sequenceIds = workshop.sequences.map((s: { id: string }) => s.id);
  const link = await owner.post(`/api/organisations/${orgId}/invitations`, { role: 'observer' });
  expect((await observer.post(`/api/invitations/${link.json().invitation.token}/accept`)).statusCode).toBe(
    200,
  );
  base = `/api/organisations/${orgId}/missions/${missionId}/photos`;
});
afterAll(async () => {
  await h?.close();
});

describe('upload', () => {
  it('PHOTO-3 PHOTO-6 re-encodes a phone photo as JPEG, upright, with no EXIF or GPS left, and a thumbnail', async () => {
    const original = await phonePhoto(1200, 800);
    const before = await sharp(original).metadata();
    expect(hasGpsPointer(before.exif)).toBe(true);
    expect(before.icc).toBeDefined();
    expect(original.includes(ARTIST)).toBe(true);

    const res = await upload(owner, original, {
      fileName: 'IMG_0042.JPG',
      kind: 'graphic-recording',
      caption: '  Fresque du matin  ',
      workshopId,
      sequenceId: sequenceIds[0],
    });
    expect(res.statusCode, res.body).toBe(201);
    const photo = res.json().photo;
    expect(photo).toMatchObject({
      kind: 'graphic-recording',
      caption: 'Fresque du matin',
      originalName: 'IMG_0042.JPG',
      contentType: 'image/jpeg',
      workshopId,
      sequenceId: sequenceIds[0],
      // Orientation 6: the 1200×800 sensor image is a portrait photo.
      width: 800,
      height: 1200,
      draftCount: 0,
    });

    const image = await owner.get(photo.imageUrl);
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toBe('image/jpeg');
    expect(image.headers['cache-control']).toMatch(/^private\b/);
    expect(image.headers['x-content-type-options']).toBe('nosniff');
    const stored = await sharp(image.rawPayload).metadata();
    expect(stored).toMatchObject({ format: 'jpeg', width: 800, height: 1200 });
    expect(stored.exif).toBeUndefined();
    expect(stored.xmp).toBeUndefined();
    expect(stored.icc).toBeUndefined();
    expect(stored.orientation).toBeUndefined();
    expect(hasGpsPointer(image.rawPayload)).toBe(false);
    expect(image.rawPayload.includes(ARTIST)).toBe(false);
    // The red corner was top-left of the sensor image; turned clockwise, it is now top-right.
    const { data } = await sharp(image.rawPayload)
      .extract({ left: 760, top: 10, width: 20, height: 20 })
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect(data[0]).toBeGreaterThan(200);
    expect(data[2]).toBeLessThan(80);

    const thumbnail = await owner.get(photo.thumbnailUrl);
    expect(thumbnail.statusCode).toBe(200);
    expect(thumbnail.headers['content-type']).toBe('image/jpeg');
    expect(thumbnail.headers['cache-control']).toMatch(/^private\b/);
    const small = await sharp(thumbnail.rawPayload).metadata();
    expect(Math.max(small.width ?? 0, small.height ?? 0)).toBe(400);
    expect(small.exif).toBeUndefined();
  });

  it('PHOTO-1 PHOTO-3 accepts PNG (transparency on white), WebP and AVIF, and shrinks large photos', async () => {
    // HEIC proper (HEVC) cannot be made here: the prebuilt image library has no HEVC codec.
    for (const bytes of [await plainImage('png'), await plainImage('webp'), await plainImage('avif')]) {
      const res = await upload(owner, bytes);
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().photo).toMatchObject({
        contentType: 'image/jpeg',
        width: 640,
        height: 480,
        kind: 'other',
      });
      // Half-transparent green over white is light green, not dark green over black.
      const image = await owner.get(res.json().photo.imageUrl);
      const { data } = await sharp(image.rawPayload)
        .extract({ left: 300, top: 200, width: 1, height: 1 })
        .raw()
        .toBuffer({ resolveWithObject: true });
      expect(data[0]).toBeGreaterThan(100);
      expect(data[1]).toBeGreaterThan(160);
    }
    const big = await sharp({ create: { width: 4000, height: 3000, channels: 3, background: '#888888' } })
      .jpeg()
      .toBuffer();
    const res = await upload(owner, big);
    expect(res.statusCode).toBe(201);
    expect(res.json().photo).toMatchObject({ width: 2560, height: 1920 });
  });

  it('PHOTO-4 keeps the file name as display text only: no folders, nothing on disk named after it', async () => {
    const res = await upload(owner, await plainImage('png', 20, 20), { fileName: '../../x.php.jpg' });
    expect(res.statusCode).toBe(201);
    const photo = res.json().photo;
    expect(photo.originalName).toBe('x.php.jpg');
    expect(photo.imageUrl).toBe(`${base}/${photo.id}/image`);
  });

  it('PHOTO-1 refuses files that are not photos, whatever their name, with a clear 400', async () => {
    const cases: [Buffer, string, RegExp][] = [
      [HTML_AS_JPEG, 'holiday.jpg', /HTML/],
      [SVG_WITH_SCRIPT, 'logo.png', /SVG/],
      [PDF, 'scan.jpg', /PDF/],
      [
        Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2000, 7)]),
        'broken.jpg',
        /unreadable/,
      ],
      [Buffer.from('GIF89a'), 'anim.jpg', /GIF/],
    ];
    for (const [bytes, fileName, message] of cases) {
      const res = await upload(owner, bytes, { fileName });
      expect(res.statusCode, fileName).toBe(400);
      expect(res.json().code).toBe('VALIDATION_FAILED');
      expect(res.json().message).toMatch(message);
    }
    const list = await owner.get(base);
    expect(list.json().photos.map((p: { originalName: string }) => p.originalName)).not.toContain(
      'holiday.jpg',
    );
  });

  it('PHOTO-2 refuses more than 50 megapixels before decoding, and more than 25 MB', async () => {
    const bomb = await upload(owner, headerOnlyPng(20_000, 10_000));
    expect(bomb.statusCode).toBe(400);
    expect(bomb.json().message).toMatch(/200 megapixels; the limit is 50/);

    const huge = await upload(owner, Buffer.alloc(26 * 1024 * 1024, 0xff));
    expect(huge.statusCode).toBe(413);
    expect(huge.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', message: expect.stringMatching(/25 MB/) });
  });

  it('PHOTO-5 checks the workshop and sequence belong to the mission', async () => {
    const png = await plainImage('png', 20, 20);
    const wrongWorkshop = await upload(owner, png, { workshopId: 'no-such-workshop' });
    expect(wrongWorkshop.statusCode).toBe(400);
    const wrongSequence = await upload(owner, png, { sequenceId: 'no-such-sequence' });
    expect(wrongSequence.statusCode).toBe(400);
    // A sequence alone finds its workshop.
    const res = await upload(owner, png, { sequenceId: sequenceIds[1] });
    expect(res.statusCode).toBe(201);
    expect(res.json().photo).toMatchObject({ workshopId, sequenceId: sequenceIds[1] });
  });
});

describe('list, edit, delete', () => {
  it('PHOTO-5 lists with filters, edits caption and sequence, deletes', async () => {
    const png = await plainImage('png', 30, 30);
    const a = (await upload(owner, png, { workshopId, sequenceId: sequenceIds[2], caption: 'A' })).json()
      .photo;
    const b = (await upload(owner, png, { caption: 'B' })).json().photo;

    const bySequence = await owner.get(`${base}?sequenceId=${sequenceIds[2]}`);
    expect(bySequence.json().photos.map((p: { id: string }) => p.id)).toEqual([a.id]);
    const byWorkshop = (await owner.get(`${base}?workshopId=${workshopId}`)).json().photos;
    expect(byWorkshop.map((p: { id: string }) => p.id)).toContain(a.id);
    expect(byWorkshop.map((p: { id: string }) => p.id)).not.toContain(b.id);
    const all = (await owner.get(base)).json().photos;
    expect(all.map((p: { id: string }) => p.id)).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(all[0]).not.toHaveProperty('image');

    const patched = await owner.request('PATCH', `${base}/${b.id}`, {
      caption: 'Mur des idées',
      sequenceId: sequenceIds[2],
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json().photo).toMatchObject({
      caption: 'Mur des idées',
      workshopId,
      sequenceId: sequenceIds[2],
    });
    const unlinked = await owner.request('PATCH', `${base}/${b.id}`, { workshopId: null });
    expect(unlinked.json().photo).toMatchObject({ workshopId: null, sequenceId: null });
    expect((await owner.request('PATCH', `${base}/${b.id}`, { sequenceId: 'nope' })).statusCode).toBe(400);
    expect((await owner.request('PATCH', `${base}/${b.id}`, {})).statusCode).toBe(400);

    expect((await owner.delete(`${base}/${b.id}`)).statusCode).toBe(204);
    expect((await owner.get(`${base}/${b.id}/image`)).statusCode).toBe(404);
    expect((await owner.delete(`${base}/${b.id}`)).statusCode).toBe(404);
  });
});

describe('who may do what', () => {
  it('PHOTO-7 observers read but never write; other organisations and strangers see nothing', async () => {
    const photo = (await upload(owner, await plainImage('png', 20, 20))).json().photo;
    expect((await observer.get(base)).statusCode).toBe(200);
    expect((await observer.get(photo.imageUrl)).statusCode).toBe(200);
    const png = (await plainImage('png', 20, 20)).toString('base64');
    expect((await observer.post(base, { imageBase64: png })).statusCode).toBe(403);
    expect((await observer.request('PATCH', `${base}/${photo.id}`, { caption: 'x' })).statusCode).toBe(403);
    expect((await observer.delete(`${base}/${photo.id}`)).statusCode).toBe(403);
    expect((await observer.post(`${base}/${photo.id}/recognise`)).statusCode).toBe(403);

    for (const url of [base, photo.imageUrl, photo.thumbnailUrl, `${base}/${photo.id}/drafts`]) {
      expect((await stranger.get(url)).statusCode, url).toBe(404);
    }
    expect((await stranger.post(base, { imageBase64: png })).statusCode).toBe(404);
    const anonymous = new ApiClient(h.app);
    expect((await anonymous.get(photo.imageUrl)).statusCode).toBe(401);
  });

  it('PHOTO-7 refuses a stranger before reading a large body', async () => {
    const anonymous = new ApiClient(h.app);
    const res = await anonymous.post(base, {
      imageBase64: Buffer.alloc(20 * 1024 * 1024).toString('base64'),
    });
    expect(res.statusCode).toBe(401);
  });
});
