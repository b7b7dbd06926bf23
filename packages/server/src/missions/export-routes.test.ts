import type { Mission } from '@cercle/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, uniqueEmail } from '../test-support/client.ts';
import { type Harness, startHarness } from '../test-support/harness.ts';

let h: Harness;
let api: ApiClient;
let base: string;
let mission: Mission;
let workshopId: string;

beforeAll(async () => {
  h = await startHarness();
  api = await new ApiClient(h.app).signUp(uniqueEmail('exporter'));
  const orgId = await api.createOrganisation('Export');
  const res = await api.post(`/api/organisations/${orgId}/missions/from-template`, {
    templateId: 'strategic-project-seminar',
    startsOn: '2027-03-01',
    locale: 'fr',
  });
  mission = res.json().mission as Mission;
  workshopId = mission.steps.find((s) => s.workshop)?.workshop?.id as string;
  base = `/api/organisations/${orgId}/missions/${mission.id}`;
});
afterAll(async () => {
  await h?.close();
});

describe('mission downloads', () => {
  it.each([
    ['run-of-show.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'PK'],
    ['run-of-show.pdf', 'application/pdf', '%PDF'],
    ['programme.pdf', 'application/pdf', '%PDF'],
  ])('%s downloads as a named attachment of the right type', async (path, type, magic) => {
    const res = await api.get(`${base}/workshops/${workshopId}/${path}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain(type);
    expect(res.rawPayload.subarray(0, magic.length).toString('latin1')).toBe(magic);
    expect(String(res.headers['content-disposition'])).toMatch(
      /^attachment; filename=".+"; filename\*=UTF-8''.+/,
    );
    expect(res.rawPayload.length).toBeGreaterThan(5_000);
  });

  it('the calendar has one event per workshop day and per other dated step', async () => {
    const res = await api.get(`${base}/calendar.ics`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/calendar');
    const events = res.body.split('BEGIN:VEVENT').length - 1;
    const workshopDays = mission.steps.reduce((n, s) => n + (s.workshop?.days.length ?? 0), 0);
    const others = mission.steps.filter((s) => !s.workshop).length;
    expect(events).toBe(workshopDays + others);
    expect(res.body).toContain('DTSTART;TZID=Europe/Paris:');
    expect((await api.get(`${base}/calendar.ics?timezone=Mars/Olympus`)).statusCode).toBe(400);
  });

  it('an unknown workshop is 404, and someone outside the organisation gets 404 too', async () => {
    expect((await api.get(`${base}/workshops/nope/run-of-show.pdf`)).statusCode).toBe(404);
    const stranger = await new ApiClient(h.app).signUp(uniqueEmail('stranger'));
    expect((await stranger.get(`${base}/workshops/${workshopId}/run-of-show.docx`)).statusCode).toBe(404);
  });
});
