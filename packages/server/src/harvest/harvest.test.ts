import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ApiClient, uniqueAddress, uniqueEmail } from '../test-support/client.ts';
import { type Harness, startHarness } from '../test-support/harness.ts';
import { missionRunLive } from '../test-support/mission-live.ts';

let h: Harness;
let base: string;
let owner: ApiClient;
let orgId: string;

beforeAll(async () => {
  h = await startHarness();
  base = await h.app.listen({ port: 0, host: '127.0.0.1' });
  owner = await new ApiClient(h.app, uniqueAddress()).signUp(uniqueEmail());
  orgId = await owner.createOrganisation('Atelier');
});
afterAll(async () => {
  await h?.close();
});

const NOTES: [string, string][] = [
  ['Léa', "Manque d'écoute entre les services"],
  ['Léa', 'Les services ne se parlent pas'],
  ['Tom', "Plus d'écoute et de dialogue entre services"],
  ['Tom', 'Réunions trop longues et trop nombreuses'],
  ['Léa', 'Réunions sans ordre du jour'],
  ['Tom', 'Raccourcir les réunions du lundi'],
];

async function missionWithNotes() {
  const live = await missionRunLive(h, base, owner, orgId, NOTES);
  for (const c of [live.facilitator, ...live.phones.values()]) c.close();
  const url = `/api/organisations/${orgId}/missions/${live.mission.id}/harvest`;
  return { ...live, url };
}

type Item = { key: string; text: string; author: string; clusterId: string | null; tags: string[] };
const texts = (items: Item[]) => items.map((i) => i.text);

describe('the harvest board', () => {
  test('HARVEST-1: every note with its workshop, sequence, activity and author; search ignores accents', async () => {
    const { url, workshop, sequence } = await missionWithNotes();
    const board = (await owner.get(url)).json();
    expect(board.total).toBe(NOTES.length);
    expect(texts(board.items)).toEqual(NOTES.map(([, t]) => t));
    expect(board.items[0]).toMatchObject({
      workshopTitle: workshop.title,
      sequenceId: sequence.id,
      sequenceTitle: sequence.title,
      activityTitle: 'Constats',
      author: 'Léa',
      clusterId: null,
      tags: [],
    });
    const found = (await owner.get(`${url}?q=${encodeURIComponent('ECOUTE services')}`)).json();
    expect(texts(found.items)).toEqual([NOTES[0]?.[1], NOTES[2]?.[1]]);
  });

  test('clusters by hand: create with items, rename, merge, move, tag, verbatim, duplicate, delete', async () => {
    const { url } = await missionWithNotes();
    const items = (await owner.get(url)).json().items as Item[];
    const [a, b, c, d, e] = items.map((i) => i.key) as string[];

    const first = await owner.post(`${url}/clusters`, { name: 'Écoute', itemKeys: [a, b] });
    expect(first.statusCode).toBe(201);
    expect(first.json().cluster).toMatchObject({ name: 'Écoute', origin: 'hand', count: 2 });
    const k1 = first.json().cluster.id;
    const second = (await owner.post(`${url}/clusters`, { name: 'Dialogue', itemKeys: [c] })).json().cluster;
    const renamed = await owner.request('PATCH', `${url}/clusters/${k1}`, { name: 'Écoute entre services' });
    expect(renamed.json().cluster.name).toBe('Écoute entre services');

    const merged = await owner.post(`${url}/clusters/${second.id}/merge`, { into: k1 });
    expect(merged.json().cluster.count).toBe(3);
    const afterMerge = (await owner.get(url)).json();
    expect(afterMerge.clusters.map((k: { id: string }) => k.id)).toEqual([k1]);
    expect(texts((await owner.get(`${url}?clusterId=${k1}`)).json().items)).toHaveLength(3);

    // Split: a new cluster, then move items into it.
    const meetings = (await owner.post(`${url}/clusters`, { name: 'Réunions' })).json().cluster;
    expect(
      (await owner.post(`${url}/items/assign`, { itemKeys: [d, e], clusterId: meetings.id })).statusCode,
    ).toBe(200);
    expect(texts((await owner.get(`${url}?clusterId=none`)).json().items)).toEqual([NOTES[5]?.[1]]);

    const tagged = await owner.request('PATCH', `${url}/items/${encodeURIComponent(d as string)}`, {
      tags: ['Temps', 'temps', 'Lundi'],
      verbatim: true,
      duplicateOf: e,
    });
    expect(tagged.json().item).toMatchObject({
      tags: ['Temps', 'temps', 'Lundi'],
      verbatim: true,
      duplicateOf: e,
    });
    expect(texts((await owner.get(`${url}?tag=temps`)).json().items)).toEqual([NOTES[3]?.[1]]);
    // Tags and verbatim kept the cluster the item was in.
    expect(tagged.json().item.clusterId).toBe(meetings.id);

    expect((await owner.delete(`${url}/clusters/${meetings.id}`)).statusCode).toBe(204);
    const afterDelete = (await owner.get(`${url}?clusterId=none`)).json();
    expect(texts(afterDelete.items)).toEqual([NOTES[3]?.[1], NOTES[4]?.[1], NOTES[5]?.[1]]);
  });

  test('bad input: unknown items, self-duplicates, merging into itself, clusters of another mission', async () => {
    const one = await missionWithNotes();
    const other = await missionWithNotes();
    const [a] = ((await owner.get(one.url)).json().items as Item[]).map((i) => i.key);
    const unknown = await owner.post(`${one.url}/clusters`, { name: 'x', itemKeys: ['nope:nothing'] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().message).toMatch(/nope:nothing/);
    const self = await owner.request('PATCH', `${one.url}/items/${encodeURIComponent(a as string)}`, {
      duplicateOf: a,
    });
    expect(self.statusCode).toBe(400);
    const k = (await owner.post(`${one.url}/clusters`, { name: 'x' })).json().cluster.id;
    expect((await owner.post(`${one.url}/clusters/${k}/merge`, { into: k })).statusCode).toBe(400);
    // An item of one mission is not an item of another; a cluster of one is not found from the other.
    expect((await owner.post(`${other.url}/clusters`, { name: 'x', itemKeys: [a] })).statusCode).toBe(400);
    expect((await owner.request('PATCH', `${other.url}/clusters/${k}`, { name: 'y' })).statusCode).toBe(404);
    const long = await owner.post(`${one.url}/clusters`, { name: 'x'.repeat(121) });
    expect(long.statusCode).toBe(400);
  });

  test('suggested themes: two themes over the unclustered notes; accepting makes clusters that trace to the notes', async () => {
    const { url } = await missionWithNotes();
    const suggested = await owner.post(`${url}/themes/suggest`, { k: 2, seed: 7 });
    expect(suggested.statusCode).toBe(200);
    const themes = suggested.json().themes as { name: string; keyTerms: string[]; itemKeys: string[] }[];
    expect(themes).toHaveLength(2);
    const items = (await owner.get(url)).json().items as Item[];
    const byKey = new Map(items.map((i) => [i.key, i.text]));
    const groups = themes.map((t) => t.itemKeys.map((k) => byKey.get(k)).sort());
    // The notes about meetings and the notes about listening between services end up apart.
    const meetings = groups.find((g) => g.some((t) => t?.includes('Réunions')));
    expect(meetings?.every((t) => /réunion/i.test(t ?? ''))).toBe(true);

    const accepted = await owner.post(`${url}/themes/accept`, {
      themes: themes.map((t, i) => ({
        name: i === 0 ? 'Renommé' : t.name,
        keyTerms: t.keyTerms,
        itemKeys: t.itemKeys,
      })),
    });
    expect(accepted.statusCode).toBe(201);
    const clusters = accepted.json().clusters as { name: string; origin: string; count: number }[];
    expect(clusters.map((c) => c.origin)).toEqual(['suggested', 'suggested']);
    expect(clusters[0]?.name).toBe('Renommé');
    expect(clusters.reduce((n, c) => n + c.count, 0)).toBe(themes.flatMap((t) => t.itemKeys).length);
    // Nothing left to theme: suggesting again over unclustered notes is a clear 400.
    const again = await owner.post(`${url}/themes/suggest`, {});
    expect(again.statusCode).toBe(400);
    expect(again.json().message).toMatch(/fewer than two/);
    const twice = await owner.post(`${url}/themes/accept`, {
      themes: [
        { name: 'A', itemKeys: [items[0]?.key] },
        { name: 'B', itemKeys: [items[0]?.key] },
      ],
    });
    expect(twice.statusCode).toBe(400);
  });

  test('OCR-4: notes read off a photo and accepted join the harvest, with the photo as their source', async () => {
    const { url, mission, workshop } = await missionWithNotes();
    const png =
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
    const photo = await owner.post(`/api/organisations/${orgId}/missions/${mission.id}/photos`, {
      imageBase64: png,
      caption: 'Mur du matin',
      workshopId: workshop.id,
    });
    expect(photo.statusCode).toBe(201);
    const photoId = photo.json().photo.id as string;
    for (const [position, status] of (['accepted', 'rejected', 'draft'] as const).entries())
      await h.ctx.db
        .insertInto('photo_drafts')
        .values({
          photo_id: photoId,
          position,
          text: `Note ${status}`,
          recognised_text: `Note ${status}`,
          confidence: 90,
          box: JSON.stringify({ x0: 0, y0: 0, x1: 1, y1: 1 }),
          status,
        })
        .execute();
    const board = (await owner.get(url)).json();
    expect(board.total).toBe(NOTES.length + 1);
    const fromPhoto = (board.items as Item[]).filter((i) => i.text.startsWith('Note '));
    expect(fromPhoto).toHaveLength(1);
    expect(fromPhoto[0]).toMatchObject({
      text: 'Note accepted',
      activityTitle: 'Photo : Mur du matin',
      workshopTitle: workshop.title,
      author: '',
    });
    // It can be clustered like any note.
    const cluster = await owner.post(`${url}/clusters`, { name: 'Photo', itemKeys: [fromPhoto[0]?.key] });
    expect(cluster.json().cluster.count).toBe(1);
  });
});
