/**
 * Text recognition end to end: a photographed wall of sticky notes becomes
 * draft notes a facilitator corrects and accepts. Tesseract runs for real,
 * offline, with the French and English models from node_modules.
 */
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, uniqueEmail } from '../test-support/client.ts';
import { type Harness, startHarness } from '../test-support/harness.ts';
import { foldText } from './draft-notes.ts';
import { NOTES, stickyNoteWall } from './test-fixtures.ts';

let h: Harness;
let owner: ApiClient;
let base: string;

interface Draft {
  id: string;
  text: string;
  recognisedText: string;
  confidence: number;
  status: string;
  box: { x0: number; y0: number; x1: number; y1: number };
}

beforeAll(async () => {
  h = await startHarness();
  owner = await new ApiClient(h.app).signUp(uniqueEmail('ocr'));
  const orgId = await owner.createOrganisation('OCR');
  const created = await owner.post(`/api/organisations/${orgId}/missions`, { title: 'Séminaire' });
  expect(created.statusCode).toBe(201);
  base = `/api/organisations/${orgId}/missions/${created.json().mission.id}/photos`;
});
afterAll(async () => {
  await h?.close();
});

const PLACE = { planId: 'cafe-1', title: 'World Café', round: 1, table: 2 };

const upload = async (bytes: Buffer, kind: string, extra: Record<string, unknown> = {}) => {
  const res = await owner.post(base, { imageBase64: bytes.toString('base64'), kind, ...extra });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().photo as { id: string; width: number; height: number };
};

/** Every word of `expected` (folded) is among the words of `text`: OCR may add a stray mark or two. */
const containsWords = (text: string, expected: string) => {
  const words = new Set(foldText(text).split(' '));
  return foldText(expected)
    .split(' ')
    .every((w) => words.has(w));
};

describe('text recognition', () => {
  it('OCR-1 OCR-2 OCR-3 OCR-4 turns a wall of three sticky notes into three drafts with their words', async () => {
    // A World Café tablecloth: the photo says which table and round it is (GROUPS-LIVE-7).
    const photo = await upload(await stickyNoteWall(), 'sticky-notes', { place: PLACE });
    const res = await owner.post(`${base}/${photo.id}/recognise`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { drafts: Draft[]; recognised: number; message: string };
    expect(body.message).toMatch(/draft note/);
    expect(body.recognised).toBe(body.drafts.length);
    // Each note is found in a draft of its own, whatever slop surrounds it.
    const matches = NOTES.map((note) => body.drafts.findIndex((d) => containsWords(d.text, note.text)));
    expect(
      matches.every((i) => i >= 0),
      JSON.stringify(body.drafts.map((d) => d.text)),
    ).toBe(true);
    expect(new Set(matches).size).toBe(NOTES.length);
    for (const draft of body.drafts) {
      expect(draft).toMatchObject({ status: 'draft', text: draft.recognisedText });
      expect(draft.confidence).toBeGreaterThan(0);
      expect(draft.box.x1).toBeLessThanOrEqual(photo.width);
      expect(draft.box.y1).toBeLessThanOrEqual(photo.height);
    }

    const listed = await owner.get(`${base}/${photo.id}/drafts`);
    expect(listed.json().drafts).toEqual(body.drafts);
    expect((await owner.get(`${base}/${photo.id}`)).json().photo.draftCount).toBe(body.drafts.length);

    // Correct the first note and accept it; reject another.
    const first = body.drafts[matches[0] as number] as Draft;
    const accepted = await owner.request('PUT', `${base}/${photo.id}/drafts/${first.id}`, {
      text: '  Écouter les équipes  ',
      status: 'accepted',
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().draft).toMatchObject({
      text: 'Écouter les équipes',
      recognisedText: first.recognisedText,
      status: 'accepted',
      reviewedBy: owner.user?.id,
    });
    // The accepted note is in the harvest with the photo's table and round as its source.
    const board = await owner.get(`${base.replace(/\/photos$/, '')}/harvest`);
    expect(board.statusCode, board.body).toBe(200);
    const item = (board.json().items as { text: string; place: unknown }[]).find(
      (i) => i.text === 'Écouter les équipes',
    );
    expect(item?.place).toEqual(PLACE);
    expect((await owner.get(`${base}/${photo.id}`)).json().photo.place).toEqual(PLACE);
    const second = body.drafts[matches[1] as number] as Draft;
    const rejected = await owner.request('PUT', `${base}/${photo.id}/drafts/${second.id}`, {
      status: 'rejected',
    });
    expect(rejected.json().draft.status).toBe('rejected');
    const empty = await owner.request('PUT', `${base}/${photo.id}/drafts/${second.id}`, {
      text: ' ',
      status: 'accepted',
    });
    expect(empty.statusCode).toBe(400);
    // A draft is reached through its own photo only.
    const other = await upload(
      await sharp({ create: { width: 50, height: 50, channels: 3, background: '#fff' } })
        .png()
        .toBuffer(),
      'other',
    );
    expect(
      (await owner.request('PUT', `${base}/${other.id}/drafts/${first.id}`, { status: 'draft' })).statusCode,
    ).toBe(404);

    // Recognising again replaces pending drafts but keeps reviewed ones, without duplicating them.
    const again = (await owner.post(`${base}/${photo.id}/recognise`)).json() as { drafts: Draft[] };
    const kept = again.drafts.filter((d) => d.status !== 'draft').map((d) => d.id);
    expect(kept.sort()).toEqual([first.id, second.id].sort());
    expect(again.drafts.filter((d) => containsWords(d.text, NOTES[0]?.text ?? '')).length).toBe(1);
  });

  it('OCR-3 answers 200 with no drafts and a message when a photo has no text', async () => {
    const blank = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#c8d8c0' } })
      .jpeg()
      .toBuffer();
    const photo = await upload(blank, 'flipchart');
    const res = await owner.post(`${base}/${photo.id}/recognise`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      drafts: [],
      recognised: 0,
      message: expect.stringMatching(/No text/),
    });
  });
});
