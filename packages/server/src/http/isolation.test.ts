/**
 * Walks every organisation-scoped route the app registers (collected by
 * `registeredRoutes`, so a new route is walked without touching this file):
 * members of A never reach B's data, and A's observers never write.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { registeredRoutes } from '../app.ts';
import { ApiClient, uniqueAddress, uniqueEmail } from '../test-support/client.ts';
import { type Harness, startHarness } from '../test-support/harness.ts';

/** Ids a route path may carry that belong to an organisation. */
interface Ids {
  orgId: string;
  missionId: string;
  workshopId: string;
  methodId: string;
  sessionId: string;
  userId: string;
  clusterId: string;
  itemKey: string;
  photoId: string;
  draftId: string;
  sessionPhotoId: string;
}

/** Documents fetched in setup, for the routes whose bodies must be valid. */
const fixtures: { missions: Map<string, unknown>; archive: unknown; sequence: unknown } = {
  missions: new Map(),
  archive: null,
  sequence: null,
};

const ONE_PIXEL_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/** Valid bodies for the routes that need one (a route missing here is called with none and fails loudly). */
const BODIES: Record<string, (ids: Ids) => unknown> = {
  'POST /api/organisations/:orgId/invitations': () => ({ role: 'owner' }),
  'POST /api/organisations/:orgId/missions': () => ({ title: 'Intrusion' }),
  'POST /api/organisations/:orgId/missions/from-template': () => ({
    templateId: 'management-seminar',
    startsOn: '2027-01-04',
    locale: 'fr',
  }),
  'POST /api/organisations/:orgId/missions/import': () => fixtures.archive,
  'PUT /api/organisations/:orgId/missions/:missionId': (ids) => ({
    mission: fixtures.missions.get(ids.missionId),
    version: 1,
  }),
  'POST /api/organisations/:orgId/methods': () => ({
    name: 'Intrusion',
    locale: 'fr',
    sequences: [fixtures.sequence],
  }),
  'POST /api/organisations/:orgId/live-sessions': (ids) => ({ title: 'Intrusion', missionId: ids.missionId }),
  'PUT /api/organisations/:orgId/live-sessions/:sessionId/join-questions': () => ({ questions: [] }),
  'POST /api/organisations/:orgId/live-sessions/:sessionId/groups': () => ({ kind: 'tables' }),
  'POST /api/organisations/:orgId/live-sessions/:sessionId/groups/replan': () => ({}),
  'POST /api/organisations/:orgId/missions/:missionId/harvest/clusters': () => ({ name: 'Intrusion' }),
  'POST /api/organisations/:orgId/missions/:missionId/report': () => ({ format: 'md' }),
  'PATCH /api/organisations/:orgId/missions/:missionId/harvest/clusters/:clusterId': () => ({
    name: 'Intrusion',
  }),
  'POST /api/organisations/:orgId/missions/:missionId/harvest/clusters/:clusterId/merge': (ids) => ({
    into: ids.clusterId,
  }),
  'POST /api/organisations/:orgId/missions/:missionId/harvest/items/assign': (ids) => ({
    itemKeys: [ids.itemKey],
    clusterId: null,
  }),
  'PATCH /api/organisations/:orgId/missions/:missionId/harvest/items/:itemKey': () => ({ verbatim: true }),
  'POST /api/organisations/:orgId/missions/:missionId/harvest/themes/suggest': () => ({}),
  'POST /api/organisations/:orgId/missions/:missionId/harvest/themes/accept': (ids) => ({
    themes: [{ name: 'Intrusion', itemKeys: [ids.itemKey] }],
  }),
  'POST /api/organisations/:orgId/missions/:missionId/photos': () => ({ imageBase64: ONE_PIXEL_PNG }),
  'PATCH /api/organisations/:orgId/missions/:missionId/photos/:photoId': () => ({ caption: 'Intrusion' }),
  'PUT /api/organisations/:orgId/missions/:missionId/photos/:photoId/drafts/:draftId': () => ({
    text: 'Intrusion',
    status: 'accepted',
  }),
  'POST /api/organisations/:orgId/live-sessions/:sessionId/documents': () => ({
    title: 'Intrusion',
    text: 'x',
  }),
};

/** /api routes that are not organisation-scoped by path, and why they are safe without the walk. */
const NOT_ORG_SCOPED: Record<string, string> = {
  'GET /api/health': 'public',
  'GET /api/openapi.json': 'public',
  'POST /api/auth/signup': 'own account',
  'POST /api/auth/login': 'own account',
  'POST /api/auth/logout': 'own account',
  'GET /api/auth/me': 'own account',
  'GET /api/organisations': "the caller's own memberships",
  'POST /api/organisations': 'creates a new organisation',
  'GET /api/invitations/:token': 'the secret token is the capability',
  'POST /api/invitations/:token/accept': 'the secret token is the capability',
  'GET /api/live-sessions/by-code/:code': 'membership checked: tested below',
  'GET /api/join/:code': 'public by join code: live-routes.test.ts',
  'POST /api/join/:code': 'public by join code: live-routes.test.ts',
  'GET /api/join/:code/me': 'participant token: live-routes.test.ts',
  'GET /api/join/:code/qr.svg': 'public by join code: live-routes.test.ts',
  'GET /api/join/:code/qr.png': 'public by join code: live-routes.test.ts',
  'GET /api/join/:code/documents/:documentId': 'participant token of that session: session-routes.test.ts',
  'POST /api/join/:code/photos': 'participant token of that session: openspace/photos.test.ts',
  'GET /api/join/:code/photos/:photoId/thumbnail':
    'participant token of that session: openspace/photos.test.ts',
  'GET /api/live/ws': 'the hub checks membership per session (hub tests)',
  'GET /api/mission-templates': 'the same public catalogue for everyone',
  'GET /api/methods': 'the built-in library, the same for everyone',
};

const WRITE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

let h: Harness;
let a: ApiClient;
let observer: ApiClient;
let idsA: Ids & { code: string };
let idsB: Ids & { code: string };
let orgRoutes: { method: Method; url: string; key: string }[];

async function setUpOrganisation(owner: ApiClient, name: string): Promise<Ids & { code: string }> {
  const orgId = await owner.createOrganisation(name);
  const mission = await owner.post(`/api/organisations/${orgId}/missions/from-template`, {
    templateId: 'management-seminar',
    startsOn: '2027-01-04',
    locale: 'fr',
  });
  expect(mission.statusCode).toBe(201);
  const doc = mission.json().mission;
  const missionId = doc.id as string;
  fixtures.missions.set(missionId, doc);
  const workshop = doc.steps.find((s: { workshop?: unknown }) => s.workshop).workshop;
  fixtures.sequence = workshop.sequences[0];
  const method = await owner.post(`/api/organisations/${orgId}/methods`, {
    name: `${name} method`,
    locale: 'fr',
    sequences: [workshop.sequences[0]],
  });
  expect(method.statusCode).toBe(201);
  fixtures.archive = (
    await owner.get(`/api/organisations/${orgId}/missions/${missionId}/archive.json`)
  ).json();
  const session = await owner.post(`/api/organisations/${orgId}/live-sessions`, {
    title: `${name} live`,
    missionId,
  });
  const { id: sessionId, code } = session.json().session as { id: string; code: string };
  const joined = await h.app.inject({
    method: 'POST',
    url: `/api/join/${code}`,
    payload: { nickname: `${name} fan` },
  });
  expect(joined.statusCode).toBe(201);
  const sessionPhoto = await h.app.inject({
    method: 'POST',
    url: `/api/join/${code}/photos`,
    headers: { authorization: `Bearer ${joined.json().token}` },
    payload: { imageBase64: ONE_PIXEL_PNG },
  });
  expect(sessionPhoto.statusCode).toBe(201);
  const cluster = await owner.post(`/api/organisations/${orgId}/missions/${missionId}/harvest/clusters`, {
    name: `${name} cluster`,
  });
  expect(cluster.statusCode).toBe(201);
  const photo = await owner.post(`/api/organisations/${orgId}/missions/${missionId}/photos`, {
    imageBase64: ONE_PIXEL_PNG,
  });
  expect(photo.statusCode).toBe(201);
  const photoId = photo.json().photo.id as string;
  // A draft note as text recognition would leave it (recognition itself is tested in photos/).
  const draft = await h.ctx.db
    .insertInto('photo_drafts')
    .values({
      photo_id: photoId,
      position: 0,
      text: 'x',
      recognised_text: 'x',
      confidence: 90,
      box: JSON.stringify({ x0: 0, y0: 0, x1: 1, y1: 1 }),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return {
    clusterId: cluster.json().cluster.id,
    photoId,
    draftId: draft.id,
    sessionPhotoId: sessionPhoto.json().photo.id,
    itemKey: `${sessionId}:c-no-such-contribution`,
    orgId,
    missionId,
    workshopId: workshop.id,
    methodId: method.json().method.id,
    sessionId,
    userId: owner.user!.id,
    code,
  };
}

/** Everything stored about an organisation, to compare before and after. */
async function snapshot(orgId: string): Promise<unknown> {
  const db = h.ctx.db;
  const sessions = await db
    .selectFrom('live_sessions')
    .selectAll()
    .where('organisation_id', '=', orgId)
    .orderBy('id')
    .execute();
  const sessionIds = sessions.map((s) => s.id);
  return {
    organisation: await db.selectFrom('organisations').selectAll().where('id', '=', orgId).execute(),
    memberships: await db
      .selectFrom('memberships')
      .selectAll()
      .where('organisation_id', '=', orgId)
      .orderBy('user_id')
      .execute(),
    invitations: await db
      .selectFrom('invitations')
      .selectAll()
      .where('organisation_id', '=', orgId)
      .orderBy('id')
      .execute(),
    methods: await db
      .selectFrom('organisation_methods')
      .selectAll()
      .where('organisation_id', '=', orgId)
      .orderBy('id')
      .execute(),
    missions: await db
      .selectFrom('missions')
      .selectAll()
      .where('organisation_id', '=', orgId)
      .orderBy('id')
      .execute(),
    sessions,
    photos: await db
      .selectFrom('mission_photos')
      .selectAll()
      .where('organisation_id', '=', orgId)
      .orderBy('id')
      .execute(),
    photoDrafts: await db
      .selectFrom('photo_drafts')
      .innerJoin('mission_photos', 'mission_photos.id', 'photo_drafts.photo_id')
      .selectAll('photo_drafts')
      .where('mission_photos.organisation_id', '=', orgId)
      .orderBy('photo_drafts.id')
      .execute(),
    clusters: await db
      .selectFrom('harvest_clusters')
      .innerJoin('missions', 'missions.id', 'harvest_clusters.mission_id')
      .selectAll('harvest_clusters')
      .where('missions.organisation_id', '=', orgId)
      .orderBy('harvest_clusters.id')
      .execute(),
    marks: await db
      .selectFrom('harvest_marks')
      .innerJoin('missions', 'missions.id', 'harvest_marks.mission_id')
      .selectAll('harvest_marks')
      .where('missions.organisation_id', '=', orgId)
      .orderBy('harvest_marks.item_key')
      .execute(),
    participants: await db
      .selectFrom('participants')
      .selectAll()
      .where('live_session_id', 'in', sessionIds)
      .orderBy('id')
      .execute(),
    events: await db
      .selectFrom('live_events')
      .selectAll()
      .where('live_session_id', 'in', sessionIds)
      .orderBy('seq')
      .execute(),
  };
}

function request(route: { method: Method; url: string; key: string }, ids: Ids) {
  const url = route.url.replace(/:(\w+)/g, (_, name: string) => {
    if (!(name in ids)) throw new Error(`${route.key}: unknown path parameter :${name}; add it to Ids`);
    return ids[name as keyof Ids];
  });
  return { url, body: BODIES[route.key]?.(ids) };
}

beforeAll(async () => {
  h = await startHarness();
  const person = () => new ApiClient(h.app, uniqueAddress()).signUp(uniqueEmail());
  a = await person();
  const b = await person();
  observer = await person();
  idsA = await setUpOrganisation(a, 'A');
  idsB = await setUpOrganisation(b, 'B');
  const link = await a.post(`/api/organisations/${idsA.orgId}/invitations`, { role: 'observer' });
  expect((await observer.post(`/api/invitations/${link.json().invitation.token}/accept`)).statusCode).toBe(
    200,
  );
  orgRoutes = registeredRoutes(h.app)
    .filter((r) => r.url.includes(':orgId'))
    .map((r) => ({ method: r.method as Method, url: r.url, key: `${r.method} ${r.url}` }));
});
afterAll(async () => {
  await h?.close();
});

describe('route inventory', () => {
  test('every /api route is organisation-scoped (walked below) or listed here with a reason', () => {
    const api = registeredRoutes(h.app)
      .filter((r) => r.url.startsWith('/api/'))
      .map((r) => `${r.method} ${r.url}`);
    const unclassified = api.filter((k) => !k.includes(':orgId') && !(k in NOT_ORG_SCOPED));
    expect(unclassified).toEqual([]);
    expect(Object.keys(NOT_ORG_SCOPED).filter((k) => !api.includes(k))).toEqual([]);
    expect(Object.keys(BODIES).filter((k) => !api.includes(k))).toEqual([]);
    expect(orgRoutes.length).toBeGreaterThanOrEqual(9);
  });
});

describe('isolation between organisations', () => {
  test("a member of A gets 404 on every organisation route called with B's ids, and B is unchanged", async () => {
    const before = await snapshot(idsB.orgId);
    const walked = new Set<string>();
    const answers: Record<string, string> = {};
    for (const route of orgRoutes) {
      const { url, body } = request(route, idsB);
      const res = await a.request(route.method, url, body);
      answers[route.key] = `${res.statusCode} ${res.json().code}`;
      walked.add(route.key);
    }
    expect(answers).toEqual(Object.fromEntries(orgRoutes.map((r) => [r.key, '404 NOT_FOUND'])));
    expect(walked).toEqual(new Set(orgRoutes.map((r) => r.key)));
    expect(await snapshot(idsB.orgId)).toEqual(before);
  });

  test("a member of A gets 404 when A's id is combined with B's missions, sessions or members", async () => {
    const beforeA = await snapshot(idsA.orgId);
    const beforeB = await snapshot(idsB.orgId);
    const mixed: Ids = { ...idsB, orgId: idsA.orgId };
    const answers: Record<string, string> = {};
    for (const route of orgRoutes) {
      const req = request(route, mixed);
      // Only routes where B's ids actually appear (path or body) are a cross-organisation attempt.
      if (JSON.stringify(req) === JSON.stringify(request(route, idsA))) continue;
      const res = await a.request(route.method, req.url, req.body);
      answers[route.key] = `${res.statusCode} ${res.json().code}`;
    }
    expect(Object.keys(answers)).toEqual(
      expect.arrayContaining([
        'GET /api/organisations/:orgId/missions/:missionId',
        'GET /api/organisations/:orgId/live-sessions/:sessionId',
        'POST /api/organisations/:orgId/live-sessions/:sessionId/close',
        'DELETE /api/organisations/:orgId/members/:userId',
        'POST /api/organisations/:orgId/live-sessions',
      ]),
    );
    expect(answers).toEqual(Object.fromEntries(Object.keys(answers).map((k) => [k, '404 NOT_FOUND'])));
    expect(await snapshot(idsA.orgId)).toEqual(beforeA);
    expect(await snapshot(idsB.orgId)).toEqual(beforeB);
  });

  test("the wall's by-code lookup answers 404 for another organisation's session", async () => {
    const res = await a.get(`/api/live-sessions/by-code/${idsB.code}`);
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('NOT_FOUND');
    const own = await a.get(`/api/live-sessions/by-code/${idsA.code}`);
    expect(own.statusCode).toBe(200);
    expect(own.json().session.id).toBe(idsA.sessionId);
  });

  test("the same read routes answer 200 on A's own ids, so the 404s above are about membership", async () => {
    const readRoutes = orgRoutes.filter((r) => r.method === 'GET');
    expect(readRoutes.length).toBeGreaterThan(0);
    for (const route of readRoutes) {
      const { url } = request(route, idsA);
      expect((await a.get(url)).statusCode, route.key).toBe(200);
    }
  });
});

describe('observers never write', () => {
  test('every write route under /api/organisations/:orgId is 403 for an observer of that organisation', async () => {
    const writes = orgRoutes.filter((r) => WRITE.has(r.method));
    expect(writes.length).toBeGreaterThanOrEqual(4);
    const before = await snapshot(idsA.orgId);
    const answers: Record<string, string> = {};
    for (const route of writes) {
      const { url, body } = request(route, idsA);
      const res = await observer.request(route.method, url, body);
      answers[route.key] = `${res.statusCode} ${res.json().code}`;
    }
    expect(answers).toEqual(Object.fromEntries(writes.map((r) => [r.key, '403 FORBIDDEN'])));
    expect(await snapshot(idsA.orgId)).toEqual(before);
  });
});
