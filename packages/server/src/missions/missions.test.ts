import { type ActivityState, type Mission, tallyActivity } from '@cercle/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../demo/seed.ts';
import { ApiClient, uniqueEmail } from '../test-support/client.ts';
import { type Harness, startHarness } from '../test-support/harness.ts';

let h: Harness;
let api: ApiClient;
let orgId: string;

beforeAll(async () => {
  h = await startHarness();
  api = await new ApiClient(h.app).signUp(uniqueEmail('designer'));
  orgId = await api.createOrganisation('Cabinet');
});
afterAll(async () => {
  await h?.close();
});

interface Answer {
  mission: Mission;
  version: number;
  warnings: Record<string, { rule: string; message: string; sequenceId?: string }[]>;
}

async function fromTemplate(
  templateId = 'strategic-project-seminar',
  startsOn = '2027-03-01',
): Promise<Answer> {
  const res = await api.post(`/api/organisations/${orgId}/missions/from-template`, {
    templateId,
    startsOn,
    locale: 'fr',
  });
  expect(res.statusCode).toBe(201);
  return res.json() as Answer;
}

const workshopOf = (m: Mission) => {
  const w = m.steps.find((s) => s.workshop)?.workshop;
  if (!w) throw new Error('no workshop');
  return w;
};

describe('mission templates', () => {
  it('lists the five typical missions in French and English', async () => {
    const res = await api.get('/api/mission-templates');
    const { templates } = res.json() as { templates: { id: string; title: { fr: string; en: string } }[] };
    expect(templates).toHaveLength(5);
    for (const t of templates) expect(t.title.fr && t.title.en).toBeTruthy();
  });

  it('creates the 2-day seminar from its template, every date shifted from the chosen start', async () => {
    const a = await fromTemplate('strategic-project-seminar', '2027-03-01');
    const b = await fromTemplate('strategic-project-seminar', '2027-03-08');
    expect(a.mission.startsOn).toBe('2027-03-01');
    expect(b.mission.startsOn).toBe('2027-03-08');
    const days = (m: Mission) => workshopOf(m).days.map((d) => d.date);
    expect(days(a.mission)).toHaveLength(2);
    const shift = (d: string) => new Date(`${d}T00:00:00Z`).getTime() + 7 * 86_400_000;
    expect(days(b.mission).map((d) => new Date(`${d}T00:00:00Z`).getTime())).toEqual(
      days(a.mission).map(shift),
    );
    expect(workshopOf(a.mission).expectedParticipants).toBe(18);
    expect(a.warnings[workshopOf(a.mission).id]).toEqual([]);
  });

  it('refuses an unknown template', async () => {
    const res = await api.post(`/api/organisations/${orgId}/missions/from-template`, {
      templateId: 'nope',
      startsOn: '2027-03-01',
    });
    expect(res.statusCode).toBe(404);
  });
});

describe('saving the run of show', () => {
  it('saves with the version it started from; a stale version is a 409 and changes nothing', async () => {
    const { mission, version } = await fromTemplate();
    const w = workshopOf(mission);
    const first = w.sequences[0];
    if (!first) throw new Error('empty workshop');
    first.title = 'Accueil café – croissants';
    const saved = await api.request('PUT', `/api/organisations/${orgId}/missions/${mission.id}`, {
      mission,
      version,
    });
    expect(saved.statusCode).toBe(200);
    expect((saved.json() as Answer).version).toBe(version + 1);
    const stale = await api.request('PUT', `/api/organisations/${orgId}/missions/${mission.id}`, {
      mission,
      version,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('VERSION_CONFLICT');
    const reread = (await api.get(`/api/organisations/${orgId}/missions/${mission.id}`)).json() as Answer;
    expect(workshopOf(reread.mission).sequences[0]?.title).toBe('Accueil café – croissants');
    expect(reread.version).toBe(version + 1);
  });

  it('shows run-of-show warnings with their rule and a sentence, and they go when fixed', async () => {
    const { mission, version } = await fromTemplate('management-seminar', '2027-01-04');
    const w = workshopOf(mission);
    const longest = w.sequences.find(
      (s) => !['break', 'lunch'].includes(s.methodId),
    ) as (typeof w.sequences)[number];
    const original = longest.durationMinutes;
    longest.durationMinutes = 400;
    const res = await api.request('PUT', `/api/organisations/${orgId}/missions/${mission.id}`, {
      mission,
      version,
    });
    const warned = res.json() as Answer;
    const rules = warned.warnings[w.id]?.map((x) => x.rule) ?? [];
    expect(rules).toEqual(expect.arrayContaining(['RUN-1', 'RUN-2']));
    expect(warned.warnings[w.id]?.[0]?.message).toMatch(/\w+/);
    longest.durationMinutes = original;
    const fixed = await api.request('PUT', `/api/organisations/${orgId}/missions/${mission.id}`, {
      mission,
      version: warned.version,
    });
    expect((fixed.json() as Answer).warnings[w.id]).toEqual([]);
  });

  it.each([
    [
      'a 0-minute sequence',
      (m: Mission) => Object.assign(workshopOf(m).sequences[0] ?? {}, { durationMinutes: 0 }),
      'durationMinutes',
    ],
    [
      'a negative duration',
      (m: Mission) => Object.assign(workshopOf(m).sequences[0] ?? {}, { durationMinutes: -5 }),
      'durationMinutes',
    ],
    [
      'an unknown method',
      (m: Mission) => Object.assign(workshopOf(m).sequences[0] ?? {}, { methodId: 'telepathy' }),
      'methodId',
    ],
    [
      'a day ending before it starts',
      (m: Mission) => Object.assign(workshopOf(m).days[0] ?? {}, { start: '18:00', end: '09:00' }),
      'end',
    ],
  ])('refuses %s with a message naming the field, and saves nothing', async (_name, spoil, field) => {
    const { mission, version } = await fromTemplate('management-seminar', '2027-01-04');
    spoil(mission);
    const res = await api.request('PUT', `/api/organisations/${orgId}/missions/${mission.id}`, {
      mission,
      version,
    });
    expect(res.statusCode).toBe(400);
    const body = res.json() as { code: string; message: string; issues: { path: string }[] };
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.issues.map((i) => i.path).join(' ')).toContain(field);
    expect(
      ((await api.get(`/api/organisations/${orgId}/missions/${mission.id}`)).json() as Answer).version,
    ).toBe(version);
  });

  it('refuses a 10 MB description and a document whose id is not the one in the address', async () => {
    const { mission, version } = await fromTemplate('management-seminar', '2027-01-04');
    const huge = await api.request('PUT', `/api/organisations/${orgId}/missions/${mission.id}`, {
      mission: { ...mission, context: 'x'.repeat(10 * 1024 * 1024) },
      version,
    });
    expect(huge.statusCode).toBe(400);
    expect(huge.json().issues.map((i: { path: string }) => i.path)).toContain('mission.context');
    const other = await fromTemplate('management-seminar', '2027-01-04');
    const moved = await api.request('PUT', `/api/organisations/${orgId}/missions/${mission.id}`, {
      mission: { ...other.mission },
      version,
    });
    expect(moved.statusCode).toBe(400);
  });
});

describe('archive', () => {
  it('round-trips a mission with an organisation method into another instance, nothing lost', async () => {
    const { mission } = await fromTemplate();
    const w = workshopOf(mission);
    const saved = await api.post(`/api/organisations/${orgId}/methods`, {
      name: 'Notre inclusion',
      locale: 'fr',
      sequences: w.sequences.slice(0, 2),
    });
    expect(saved.statusCode).toBe(201);
    const methodId = saved.json().method.id as string;
    const custom = {
      ...structuredClone(w.sequences[0]),
      id: 'custom-seq-1',
      blockId: 'custom-block',
      methodId,
    } as (typeof w.sequences)[number];
    w.sequences.splice(1, 0, custom);
    const put = await api.request('PUT', `/api/organisations/${orgId}/missions/${mission.id}`, {
      mission,
      version: 1,
    });
    expect(put.statusCode).toBe(200);
    const archive = (await api.get(`/api/organisations/${orgId}/missions/${mission.id}/archive.json`)).json();
    expect(archive.format).toBe('cercle.mission');
    expect(archive.methods.map((m: { id: string }) => m.id)).toEqual([methodId]);

    const other = await startHarness();
    try {
      const there = await new ApiClient(other.app).signUp(uniqueEmail('elsewhere'));
      const otherOrg = await there.createOrganisation('Ailleurs');
      const imported = await there.post(`/api/organisations/${otherOrg}/missions/import`, archive);
      expect(imported.statusCode).toBe(201);
      const copy = (imported.json() as Answer).mission;
      expect(copy.id).not.toBe(mission.id);
      expect({ ...copy, id: mission.id }).toEqual(mission);
      const methods = (await there.get(`/api/organisations/${otherOrg}/methods`)).json().methods as {
        id: string;
      }[];
      expect(methods.map((m) => m.id)).toContain(methodId);
    } finally {
      await other.close();
    }
  });

  it.each([
    ['a newer format', (a: Record<string, unknown>) => ({ ...a, formatVersion: 99 }), 'ARCHIVE_UNSUPPORTED'],
    [
      'another format',
      (a: Record<string, unknown>) => ({ ...a, format: 'something.else' }),
      'ARCHIVE_UNSUPPORTED',
    ],
    [
      'a corrupted mission',
      (a: Record<string, unknown>) => ({ ...a, mission: { title: 'half' } }),
      'VALIDATION_FAILED',
    ],
  ])('refuses %s and saves nothing', async (_name, spoil, code) => {
    const { mission } = await fromTemplate('management-seminar', '2027-01-04');
    const archive = (await api.get(`/api/organisations/${orgId}/missions/${mission.id}/archive.json`)).json();
    const before = (await api.get(`/api/organisations/${orgId}/missions`)).json().missions.length;
    const res = await api.post(`/api/organisations/${orgId}/missions/import`, spoil(archive));
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe(code);
    expect((await api.get(`/api/organisations/${orgId}/missions`)).json().missions.length).toBe(before);
  });
});

describe('dashboard and running a workshop live', () => {
  it('opens a live session for a workshop and counts who registered against who was expected', async () => {
    const { mission } = await fromTemplate('management-seminar', '2027-01-04');
    const w = workshopOf(mission);
    const opened = await api.post(
      `/api/organisations/${orgId}/missions/${mission.id}/workshops/${w.id}/live-sessions`,
    );
    expect(opened.statusCode).toBe(201);
    const { code } = opened.json().session as { code: string };
    for (const nickname of ['Ana', 'Bo']) {
      expect(
        (await h.app.inject({ method: 'POST', url: `/api/join/${code}`, payload: { nickname } })).statusCode,
      ).toBe(201);
    }
    const dash = (await api.get(`/api/organisations/${orgId}/missions/${mission.id}/dashboard`)).json();
    const row = dash.steps.find((s: { workshopId: string | null }) => s.workshopId === w.id);
    expect(row).toMatchObject({ expectedParticipants: 8, registeredParticipants: 2 });
    expect(row.liveSessions).toEqual([expect.objectContaining({ code, status: 'open' })]);
    const unknown = await api.post(
      `/api/organisations/${orgId}/missions/${mission.id}/workshops/nope/live-sessions`,
    );
    expect(unknown.statusCode).toBe(404);
  });
});

describe('method library', () => {
  it('searches the built-in library without accents and lists the organisation methods apart', async () => {
    const res = await api.get('/api/methods?locale=fr&q=cafe');
    expect(res.json().methods.map((m: { id: string }) => m.id)).toContain('world-cafe');
    const all = (await api.get(`/api/organisations/${orgId}/methods`)).json().methods as {
      custom: boolean;
    }[];
    expect(all.filter((m) => !m.custom).length).toBeGreaterThanOrEqual(28);
  });
});

describe('demo', () => {
  it('seeds the 2-day seminar of template (a) with an open live session holding a SOAR round and a vote', async () => {
    const fresh = await startHarness();
    try {
      const creds = await seedDemo(fresh.ctx.db, fresh.ctx.hub, `/tmp/cercle-demo-${Date.now()}`);
      expect(creds?.email).toBe('demo@cercle.local');
      const row = await fresh.ctx.db.selectFrom('missions').select(['document']).executeTakeFirstOrThrow();
      const w = workshopOf(row.document as Mission);
      expect(w.days).toHaveLength(2);
      expect(w.expectedParticipants).toBe(18);
      const sessions = await fresh.ctx.db
        .selectFrom('live_sessions')
        .select(['workshop_id', 'status'])
        .execute();
      expect(sessions).toEqual([{ workshop_id: w.id, status: 'open' }]);
      // The harvest has the morning's notes, with their sequence; the vote is counted.
      const session = await fresh.ctx.db.selectFrom('live_sessions').select('id').executeTakeFirstOrThrow();
      const state = await fresh.ctx.hub.stateOf(session.id);
      expect(state.contributions).toHaveLength(18);
      expect(state.contributions.every((c) => c.participantId && c.column)).toBe(true);
      expect(state.activities.map((a) => [a.id, a.sequenceId, a.status])).toEqual([
        ['soar', w.sequences[0]?.id, 'closed'],
        ['priorities', w.sequences[0]?.id, 'closed'],
      ]);
      const votes = tallyActivity(state.activities[1] as ActivityState, state);
      expect(votes.kind === 'dots' && votes.result.totals.map((t) => t.dots)).toEqual([6, 7, 3, 2]);
    } finally {
      await fresh.close();
    }
  });
});
