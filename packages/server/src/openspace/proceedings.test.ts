import { compileProceedings, EMPTY_OPEN_SPACE, type OpenSpaceState, proceedingsInputOf } from '@cercle/core';
import { describe, expect, it } from 'vitest';
import { readDocx, readPdf, squash } from '../exports/test-helpers.ts';
import { csvCell, renderActionPlanCsv } from './action-plan-csv.ts';
import { renderProceedingsDocx } from './proceedings-docx.ts';
import { renderProceedingsPdf } from './proceedings-pdf.ts';

const report = (sessionId: string, title: string, more: Partial<OpenSpaceState['reports'][number]> = {}) => ({
  sessionId,
  title,
  keyPoints: [],
  proposals: [],
  nextSteps: [],
  photoIds: [],
  filedBy: null,
  nickname: '',
  seq: 1,
  ...more,
});

/** Two sessions on the wall (one without a report), one reported off the wall, a proxy convener. */
const day: OpenSpaceState = {
  ...EMPTY_OPEN_SPACE,
  topics: [
    { id: 'a', title: 'Climat', description: 'Adapter la ville', convenerId: 'p1', convenerName: 'Ana' },
    { id: 'b', title: 'Budget', description: '', convenerId: 'proxy:e9', convenerName: 'Marc' },
    { id: 'c', title: 'Culture', description: '', convenerId: 'p2', convenerName: 'Ben' },
  ],
  slots: [{ id: 't1', label: 'Matin', start: '10:00', end: '11:00' }],
  spaces: [
    { id: 'agora', name: 'Agora', capacity: 20 },
    { id: 'atelier', name: 'Atelier', capacity: 6 },
  ],
  agenda: [
    { sessionId: 'c', slotId: 't1', spaceId: 'atelier' },
    { sessionId: 'a', slotId: 't1', spaceId: 'agora' },
  ],
  checkIns: [
    { participantId: 'p2', sessionId: 'a', slotId: 't1', at: 1 },
    { participantId: 'p3', sessionId: 'a', slotId: 't1', at: 2 },
  ],
  reports: [
    report('a', 'Une ville fraîche', {
      keyPoints: ['Planter des arbres'],
      proposals: ['=Un plan canopée, par quartier'],
      nextSteps: ['Voir les services'],
      photoIds: ['ph1', 'ph2'],
    }),
    report('b', 'Des budgets ouverts', { proposals: ['Un budget participatif'] }),
  ],
};
const names = { p1: 'Ana', p2: 'Ben' };
const proceedings = compileProceedings(proceedingsInputOf(day, names));

describe('Open Space proceedings (OS-LIVE-10)', () => {
  it('OS-60, OS-61: the Word document lists sessions by slot and space, then reported ones off the wall', async () => {
    const { text } = await readDocx(await renderProceedingsDocx(proceedings, 'Forum des habitants', 'fr'));
    const lines = text.split('\n');
    const at = (line: string) => lines.indexOf(line);
    expect(at('Climat')).toBeGreaterThan(0);
    expect(at('Climat')).toBeLessThan(at('Culture'));
    expect(at('Culture')).toBeLessThan(at('Budget'));
    for (const line of [
      'Créneau\u00a0: Matin (10:00–11:00) — Agora',
      'Créneau\u00a0: Hors programme',
      'Initiateur\u00a0: Marc',
      'Participants\u00a0: Ben, Anonyme',
      'Compte rendu\u00a0: Une ville fraîche',
      'Planter des arbres',
      '2 photos jointes',
      'Comptes rendus manquants\u00a0: Culture',
      'Pas encore de compte rendu.',
    ]) {
      expect(lines).toContain(line);
    }
  });

  it('OS-62: the PDF carries the same content with English labels', async () => {
    const { text, pages } = await readPdf(await renderProceedingsPdf(proceedings, 'Residents’ forum', 'en'));
    const flat = squash(text);
    expect(pages).toBe(1);
    for (const snippet of [
      'Open Space proceedings',
      'Sessions: 3 Reports: 2 Participants: 2 Proposals: 2',
      'Time and place: Not on the agenda',
      'Report: Des budgets ouverts',
      'Un budget participatif',
      'Reports missing: Culture',
      `Page 1 of ${pages}`,
    ]) {
      expect(flat).toContain(snippet);
    }
  });

  it('OS-71: the action plan has one row per proposal, chosen order first, formulas defused', () => {
    expect(csvCell('=SUM(A1)')).toBe(`"'=SUM(A1)"`);
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
    expect(csvCell('plain')).toBe('plain');
    const all = renderActionPlanCsv(day, names, 'en')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(all[0]).toBe('Proposal,Action,Session,Suggested owner');
    expect(all.slice(1).map((r) => r.replace(/^p-[0-9a-f]+,/, ''))).toEqual([
      `"'=Un plan canopée, par quartier",Climat,Ana`,
      'Un budget participatif,Budget,Marc',
    ]);
    const ids = all.slice(1).map((r) => r.split(',')[0] ?? '');
    const chosen = renderActionPlanCsv(day, names, 'en', [ids[1] ?? '', 'p-unknown'])
      .trim()
      .split('\r\n');
    expect(chosen).toHaveLength(2);
    expect(chosen[1]).toContain('Un budget participatif');
  });
});
