import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readDocx, readPdf, squash } from '../exports/test-helpers.ts';
import { phonePhoto } from '../photos/test-fixtures.ts';
import { ApiClient, uniqueAddress, uniqueEmail } from '../test-support/client.ts';
import { type Harness, startHarness } from '../test-support/harness.ts';
import { type LiveMission, missionRunLive } from '../test-support/mission-live.ts';
import { neutralise } from './spreadsheets.ts';

let h: Harness;
let base: string;
let owner: ApiClient;
let orgId: string;
let live: LiveMission;
let url: string;

const NOTES = [
  ['Léa', "Manque d'écoute entre les services"],
  ['Tom', 'Réunions trop longues'],
  ['Léa', "=cmd|' /C calc'!A0"],
  ['Tom', '<script>alert(1)</script> *gras*'],
] as const;

beforeAll(async () => {
  h = await startHarness();
  base = await h.app.listen({ port: 0, host: '127.0.0.1' });
  owner = await new ApiClient(h.app, uniqueAddress()).signUp(uniqueEmail());
  orgId = await owner.createOrganisation('Atelier');
  live = await missionRunLive(h, base, owner, orgId, NOTES);
  // A dot vote in the same sequence, so the report has a chart.
  const f = live.facilitator;
  f.send({
    type: 'submit',
    id: 'open-priorities',
    action: {
      kind: 'activity.open',
      activity: {
        id: 'priorities',
        kind: 'dots',
        title: 'Priorités',
        sequenceId: live.sequence.id,
        tokens: 3,
        options: [
          { id: 'listen', label: 'Écoute' },
          { id: 'meetings', label: 'Réunions' },
        ],
      },
    },
  });
  await f.until((c) => c.find('ack').some((a) => a.id === 'open-priorities'));
  const lea = live.phones.get('Léa') as NonNullable<ReturnType<typeof live.phones.get>>;
  lea.send({
    type: 'submit',
    id: 'ballot-lea-1',
    action: { kind: 'ballot.cast', activityId: 'priorities', ballot: { dots: { listen: 2, meetings: 1 } } },
  });
  await lea.until((c) => c.find('ack').some((a) => a.id === 'ballot-lea-1'));
  // An Open Space topic convened by Léa, with her session report: the proceedings go in the report.
  lea.send({
    type: 'submit',
    id: 'topic-lea-1',
    action: { kind: 'openspace.topic.propose', title: 'Accueil des bénévoles' },
  });
  const proposed = await f.until((c) => c.events.find((e) => e.type === 'openspace.topic.proposed'));
  const topicId = (proposed.data as { topic: { id: string } }).topic.id;
  lea.send({
    type: 'submit',
    id: 'report-lea-1',
    action: {
      kind: 'openspace.report.file',
      report: {
        sessionId: topicId,
        title: 'Un parcours pour chaque nouveau bénévole',
        keyPoints: ['Un parrain par nouveau bénévole'],
        proposals: [],
        nextSteps: [],
      },
    },
  });
  await lea.until((c) => c.find('ack').some((a) => a.id === 'report-lea-1'));
  expect(lea.find('nack')).toEqual([]);
  for (const c of [f, ...live.phones.values()]) c.close();

  url = `/api/organisations/${orgId}/missions/${live.mission.id}`;
  const items = (await owner.get(`${url}/harvest`)).json().items as { key: string; text: string }[];
  const listening = items.find((i) => i.text.startsWith('Manque'))?.key as string;
  const cluster = await owner.post(`${url}/harvest/clusters`, {
    name: 'Écoute entre services',
    itemKeys: [listening],
  });
  expect(cluster.statusCode).toBe(201);
  await owner.request('PATCH', `${url}/harvest/items/${encodeURIComponent(listening)}`, { verbatim: true });
  const recording = await owner.post(`${url}/photos`, {
    imageBase64: (await phonePhoto(900, 600)).toString('base64'),
    kind: 'graphic-recording',
    caption: 'Fresque de la matinée',
    workshopId: live.workshop.id,
  });
  expect(recording.statusCode).toBe(201);
});
afterAll(async () => {
  await h?.close();
});

const report = (body: Record<string, unknown>) =>
  h.app.inject({
    method: 'POST',
    url: `${url}/report`,
    payload: body,
    remoteAddress: owner.remoteAddress,
    headers: { cookie: owner.cookie as string, 'x-csrf-token': owner.csrfToken as string },
  });

describe('the mission report', () => {
  test('DOCX: cover, introduction, programme, the workshop with its results, themes with verbatims, annex', async () => {
    const res = await report({ format: 'docx', introduction: 'Une journée dense.\n\nMerci à tous.' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    expect(res.headers['content-disposition']).toMatch(/\.docx/);
    const { text, files } = await readDocx(res.rawPayload);
    // The graphic recording is embedded as an image, with its caption.
    expect(files.some((f) => /^word\/media\/.+\.(jpe?g)$/.test(f))).toBe(true);
    for (const expected of [
      'Facilitation graphique et paperboards',
      'Fresque de la matinée',
      live.mission.title,
      'Rapport de mission',
      'Une journée dense.',
      'Merci à tous.',
      'Programme',
      live.workshop.title,
      'Constats',
      'Priorités',
      'Écoute',
      'Synthèse : les thèmes',
      'Écoute entre services — 1 contribution',
      "« Manque d'écoute entre les services »",
      'Annexe : toutes les contributions',
      "=cmd|' /C calc'!A0",
      'Accueil des bénévoles',
      'Un parcours pour chaque nouveau bénévole',
      'Un parrain par nouveau bénévole',
    ])
      expect(text, expected).toContain(expected);
  });

  test('sections left out are not printed', async () => {
    const res = await report({ format: 'docx', sections: ['themes'] });
    const { text } = await readDocx(res.rawPayload);
    expect(text).toContain('Synthèse : les thèmes');
    expect(text).not.toContain('Programme');
    expect(text).not.toContain('Annexe');
  });

  test('PDF: the same content, with the vote as a chart; English when asked', async () => {
    const res = await report({ format: 'pdf' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const { text, pages } = await readPdf(res.rawPayload);
    expect(pages).toBeGreaterThanOrEqual(4);
    const flat = squash(text);
    for (const expected of [
      live.mission.title,
      'Priorités',
      '1 votant',
      'Écoute entre services',
      'Réunions trop longues',
      'Fresque de la matinée',
    ])
      expect(flat, expected).toContain(expected);
    const en = await readPdf(
      (await report({ format: 'pdf', locale: 'en', sections: ['themes'] })).rawPayload,
    );
    expect(squash(en.text)).toContain('Synthesis: the themes');
  });

  test('Markdown: user text cannot become markup', async () => {
    const res = await report({ format: 'md' });
    expect(res.headers['content-type']).toContain('text/markdown');
    const md = res.body;
    expect(md.startsWith(`# ${live.mission.title}`)).toBe(true);
    expect(md).toContain('\\<script\\>alert(1)\\</script\\> \\*gras\\*');
    expect(md).not.toContain('<script>');
  });

  test('bad input: an unknown format, an unknown section, an introduction of 20,001 characters', async () => {
    for (const body of [
      { format: 'exe' },
      { format: 'pdf', sections: ['everything'] },
      { format: 'pdf', introduction: 'x'.repeat(20_001) },
    ])
      expect((await report(body)).statusCode, JSON.stringify(body).slice(0, 40)).toBe(400);
  });
});

describe('raw data', () => {
  test('CSV: one row per note, formulas neutralised, quotes escaped, BOM for Excel', async () => {
    const res = await owner.get(`${url}/harvest.csv`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const csv = res.body;
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(1 + NOTES.length);
    expect(csv).toContain(`"'=cmd|' /C calc'!A0"`.replace(/^"|"$/g, ''));
    expect(csv).not.toMatch(/,=cmd/);
    expect(csv).toContain('Écoute entre services');
    expect(neutralise('+33 6')).toBe("'+33 6");
    expect(neutralise('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutralise('Plain')).toBe('Plain');
  });

  test('XLSX: every cell is text, none a formula', async () => {
    const res = await owner.get(`${url}/harvest.xlsx`);
    expect(res.statusCode).toBe(200);
    const zip = await JSZip.loadAsync(res.rawPayload);
    const sheet = await zip.file('xl/worksheets/sheet1.xml')?.async('string');
    expect(sheet).toBeDefined();
    expect(sheet).not.toContain('<f>');
    const strings = (await zip.file('xl/sharedStrings.xml')?.async('string')) ?? sheet ?? '';
    expect(strings).toContain('=cmd|');
    expect(strings).toContain('Écoute entre services');
  });

  test('another organisation gets 404 on the data and the report', async () => {
    const stranger = await new ApiClient(h.app, uniqueAddress()).signUp(uniqueEmail());
    await stranger.createOrganisation('Autre');
    expect((await stranger.get(`${url}/harvest.csv`)).statusCode).toBe(404);
    expect((await stranger.post(`${url}/report`, { format: 'md' })).statusCode).toBe(404);
  });
});
