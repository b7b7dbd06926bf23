/**
 * Group plans over HTTP and the live hub (GROUPS-LIVE-n, packages/server/src/live/SPEC.md):
 * tables mixed by the join answers, a World Café whose phones learn where to go, hand swaps,
 * a late arrival re-seated, interviews then foursomes, and who may do what.
 */
import { type GroupPlan, placementOf, type RoomState } from '@cercle/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, uniqueAddress, uniqueEmail } from '../test-support/client.ts';
import { type Harness, startHarness } from '../test-support/harness.ts';
import { LiveClient } from '../test-support/live-client.ts';

let h: Harness;
let base: string;
let owner: ApiClient;
let orgId: string;

beforeAll(async () => {
  h = await startHarness();
  base = await h.app.listen({ port: 0, host: '127.0.0.1' });
  owner = await new ApiClient(h.app, uniqueAddress()).signUp(uniqueEmail('groups'));
  orgId = await owner.createOrganisation('Café');
});
afterAll(async () => {
  await h?.close();
});

const SERVICES = ['RH', 'Finances', 'Technique'];

async function sessionWith(n: number) {
  const session = await owner.openSession(orgId, 'Séminaire');
  const url = `/api/organisations/${orgId}/live-sessions/${session.id}`;
  const put = await owner.request('PUT', `${url}/join-questions`, {
    questions: [{ key: 'service', label: 'Votre service', options: SERVICES, required: true }],
  });
  expect(put.statusCode).toBe(200);
  const people: { id: string; token: string; service?: string | undefined }[] = [];
  for (let i = 0; i < n; i++) people.push(await join(session.code, `P${i}`, SERVICES[i % 3] as string));
  return { session, url, people };
}

async function join(code: string, nickname: string, service?: string) {
  const res = await h.app.inject({
    method: 'POST',
    url: `/api/join/${code}`,
    payload: { nickname, ...(service ? { attributes: { service } } : {}) },
    remoteAddress: uniqueAddress(),
  });
  expect(res.statusCode).toBe(201);
  const body = res.json() as { token: string; participant: { id: string } };
  return { id: body.participant.id, token: body.token, service };
}

const socket = (hello: Record<string, unknown>, cookie?: string) => LiveClient.connect(base, hello, cookie);

const submit = (c: LiveClient, action: Record<string, unknown>) => c.submit(action);

const groupsOf = async (sessionId: string) =>
  (await h.ctx.hub.stateOf(sessionId)).groups as NonNullable<RoomState['groups']>;

describe('group plans of a live session', () => {
  it('GROUPS-LIVE-1: tables mixed by service; bad requests get a reason; only staff plan', async () => {
    const { session, url, people } = await sessionWith(9);
    const made = await owner.post(`${url}/groups`, { kind: 'tables', size: 3, seed: 5 });
    expect(made.statusCode).toBe(201);
    const plan = made.json().plan as GroupPlan;
    expect(plan.rounds[0]).toHaveLength(3);
    const serviceOf = new Map(people.map((p) => [p.id, p.service]));
    for (const table of plan.rounds[0] ?? [])
      expect(new Set(table.map((id) => serviceOf.get(id))).size).toBe(3);
    expect(made.json().diversity).not.toBeNull();
    expect((await groupsOf(session.id)).plan?.id).toBe(plan.id);

    const tooBig = await owner.post(`${url}/groups`, { kind: 'tables', size: 2, rounds: 500 });
    expect(tooBig.statusCode).toBe(400);
    const single = await owner.post(`${url}/groups`, { kind: 'tables', size: 2 });
    expect(single.statusCode).toBe(400);
    expect(single.json().message).toMatch(/group of 1/);
    const ghostHost = await owner.post(`${url}/groups`, { kind: 'world-cafe', hosts: ['x'] });
    expect(ghostHost.statusCode).toBe(400);
    expect(ghostHost.json().message).toMatch(/host/i);
    const stranger = await owner.post(`${url}/groups`, { kind: 'tables', participants: ['nobody'] });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().message).toContain('nobody has not joined');

    // Two people who must be together and apart: the best plan, with why.
    const [x, y] = [people[0]?.id as string, people[1]?.id as string];
    const contradictory = await owner.post(`${url}/groups`, {
      kind: 'tables',
      size: 3,
      together: [[x, y]],
      apart: [[x, y]],
    });
    expect(contradictory.statusCode).toBe(201);
    expect(contradictory.json().warnings.join(' ')).toMatch(/P0|P1/);
    expect(contradictory.json().warnings.join(' ')).not.toContain(x);

    const outsider = await new ApiClient(h.app, uniqueAddress()).signUp(uniqueEmail('outsider'));
    expect((await outsider.post(`${url}/groups`, { kind: 'tables' })).statusCode).toBe(404);
    const anonymous = await h.app.inject({
      method: 'POST',
      url: `${url}/groups`,
      payload: { kind: 'tables' },
    });
    expect([401, 403]).toContain(anonymous.statusCode);
  });

  it('GROUPS-LIVE-2…7: a World Café on phones, hand swaps, a late arrival, notes that know their table', async () => {
    const { session, url, people } = await sessionWith(12);
    const console_ = await socket({ sessionId: session.id }, owner.cookie);
    const first = people[0] as (typeof people)[number];
    const phone = await socket({ token: first.token });
    const made = await owner.post(`${url}/groups`, {
      kind: 'world-cafe',
      title: 'Café',
      size: 4,
      rounds: 3,
      seed: 2,
    });
    expect(made.statusCode).toBe(201);
    const plan = made.json().plan as GroupPlan;
    expect(plan.hosts).toHaveLength(3);
    expect(plan.repeats).toBe(plan.lowerBound);
    // The phone receives the plan as an event and can tell where to go.
    await phone.until((x) => x.events.find((e) => e.type === 'groups.planned'));
    expect(await submit(phone, { kind: 'groups.round', round: 0 })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await submit(console_, { kind: 'groups.round', round: 0 })).toHaveProperty('seq');
    await phone.until((x) => x.events.find((e) => e.type === 'groups.round.started'));
    const groups = await groupsOf(session.id);
    const at = placementOf(groups, first.id);
    expect(at?.round).toBe(0);
    expect(plan.rounds[0]?.[at?.table ?? -1]).toContain(first.id);

    // A note posted during the round carries its table.
    expect(await submit(phone, { kind: 'contribution.post', text: 'Idée de table' })).toHaveProperty('seq');
    const state = await h.ctx.hub.stateOf(session.id);
    expect(state.contributions.at(-1)?.place).toMatchObject({ title: 'Café', round: 0, table: at?.table });

    // Hand swap for round 2 (index 1), refused for a host, accepted for two travellers.
    const r1 = plan.rounds[1] ?? [];
    const [a, b] = [r1[0]?.[1] as string, r1[1]?.[1] as string];
    expect(await submit(console_, { kind: 'groups.swap', round: 1, a: plan.hosts[0], b })).toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    expect(await submit(console_, { kind: 'groups.swap', round: 1, a, b })).toHaveProperty('seq');
    expect((await groupsOf(session.id)).plan?.rounds[1]?.[0]).toContain(b);

    // A late arrival is seated from the round being played; nobody else moves more than needed.
    const late = await join(session.code, 'Tard', 'RH');
    const re = await owner.post(`${url}/groups/replan`, { seed: 3 });
    expect(re.statusCode).toBe(201);
    expect(re.json().moved).toBeLessThanOrEqual(2);
    const after = await groupsOf(session.id);
    expect(after.round).toBe(0);
    expect(placementOf(after, late.id)?.round).toBe(0);
    expect(after.plan?.names[late.id]).toBe('Tard');
    const again = await owner.post(`${url}/groups/replan`, {});
    expect(again.statusCode).toBe(400);
    expect(again.json().message).toMatch(/Nobody to seat/);
    console_.close();
    phone.close();
  });

  it('interviews in pairs (one trio), roles swapped, then foursomes of pairs', async () => {
    const { session, url } = await sessionWith(7);
    const console_ = await socket({ sessionId: session.id }, owner.cookie);
    const noPairs = await owner.post(`${url}/groups`, { kind: 'foursomes' });
    expect(noPairs.statusCode).toBe(400);
    const interviews = (await owner.post(`${url}/groups`, { kind: 'interviews', seed: 1 })).json()
      .plan as GroupPlan;
    expect(interviews.rounds[0]?.map((t) => t.length).sort()).toEqual([2, 2, 3]);
    await submit(console_, { kind: 'groups.round', round: 0 });
    expect(await submit(console_, { kind: 'groups.phase', phase: 1 })).toHaveProperty('seq');
    const four = await owner.post(`${url}/groups`, { kind: 'foursomes', seed: 1 });
    expect(four.statusCode).toBe(201);
    const tables = (four.json().plan as GroupPlan).rounds[0] ?? [];
    expect(tables.map((t) => t.length).sort()).toEqual([3, 4]);
    for (const pair of interviews.rounds[0] ?? [])
      expect(tables.some((t) => pair.every((id) => t.includes(id)))).toBe(true);
    console_.close();
  });

  it('GROUPS-LIVE-8: a later session of the mission avoids the pairs that met in an earlier one', async () => {
    const mission = await owner.post(`/api/organisations/${orgId}/missions`, { title: 'Mission' });
    expect(mission.statusCode).toBe(201);
    const missionId = mission.json().mission.id as string;
    const open = async (title: string) => {
      const res = await owner.post(`/api/organisations/${orgId}/live-sessions`, { title, missionId });
      expect(res.statusCode).toBe(201);
      return res.json().session as { id: string; code: string };
    };
    const names = ['Awa', 'Bruno', 'Chloé', 'Driss', 'Elsa', 'Fabien'];
    const day1 = await open('Jour 1');
    const ids1 = new Map<string, string>();
    for (const n of names) ids1.set((await join(day1.code, n)).id, n);
    const url1 = `/api/organisations/${orgId}/live-sessions/${day1.id}`;
    const first = (await owner.post(`${url1}/groups`, { kind: 'tables', size: 2, seed: 1 })).json()
      .plan as GroupPlan;
    const console1 = await socket({ sessionId: day1.id }, owner.cookie);
    expect(await submit(console1, { kind: 'groups.round', round: 0 })).toHaveProperty('seq');
    console1.close();
    const metOnDay1 = new Set(
      (first.rounds[0] ?? []).map((t) =>
        t
          .map((id) => ids1.get(id))
          .sort()
          .join('+'),
      ),
    );

    const day2 = await open('Jour 2');
    const ids2 = new Map<string, string>();
    for (const n of names) ids2.set((await join(day2.code, n.toUpperCase())).id, n);
    const url2 = `/api/organisations/${orgId}/live-sessions/${day2.id}`;
    // Without the mission's ledger a random pairing avoids day 1's three pairs 8 times in 15:
    // six seeds all avoiding them by chance would happen about 2 % of the time.
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const plan = (await owner.post(`${url2}/groups`, { kind: 'tables', size: 2, seed })).json()
        .plan as GroupPlan;
      for (const table of plan.rounds[0] ?? [])
        expect(
          metOnDay1.has(
            table
              .map((id) => ids2.get(id))
              .sort()
              .join('+'),
          ),
        ).toBe(false);
    }
  });
});
