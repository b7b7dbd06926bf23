import { describe, expect, it } from 'vitest';
import { actionPlanRows, proposalsForVote } from './convergence.ts';
import { compileProceedings } from './proceedings.ts';
import { reportSchema, type SessionReport } from './report.ts';

const report = (sessionId: string, over: Partial<SessionReport> = {}): SessionReport =>
  reportSchema.parse({ sessionId, title: `Report ${sessionId}`, ...over });

describe('reports', () => {
  it('OS-50: title 1–200, lists of at most 50 texts of 1–2000 characters, photo ids', () => {
    expect(reportSchema.safeParse({ sessionId: 's', title: ' ' }).success).toBe(false);
    expect(reportSchema.safeParse({ sessionId: 's', title: 'x'.repeat(201) }).success).toBe(false);
    expect(reportSchema.safeParse({ sessionId: 's', title: 'T', proposals: [''] }).success).toBe(false);
    expect(
      reportSchema.safeParse({ sessionId: 's', title: 'T', keyPoints: ['x'.repeat(2001)] }).success,
    ).toBe(false);
    expect(
      reportSchema.safeParse({ sessionId: 's', title: 'T', nextSteps: Array(51).fill('x') }).success,
    ).toBe(false);
    expect(reportSchema.safeParse({ sessionId: 's', title: 'T', extra: 1 }).success).toBe(false);
    expect(report('s', { keyPoints: [' point '] })).toEqual({
      sessionId: 's',
      title: 'Report s',
      keyPoints: ['point'],
      proposals: [],
      nextSteps: [],
      photoIds: [],
    });
  });
});

describe('convergence', () => {
  const reports = [
    report('a', { proposals: ['Share the tools', 'share  the tools ', 'Meet monthly'] }),
    report('b', { proposals: ['Meet monthly'] }),
  ];

  it('OS-70: one option per proposal, stable ids whatever the order of reports, same text in one session once', () => {
    const options = proposalsForVote(reports);
    expect(options.map((o) => [o.label, o.sessionId])).toEqual([
      ['Share the tools', 'a'],
      ['Meet monthly', 'a'],
      ['Meet monthly', 'b'],
    ]);
    expect(new Set(options.map((o) => o.id)).size).toBe(3);
    const reversed = proposalsForVote([...reports].reverse());
    expect(new Set(reversed.map((o) => o.id))).toEqual(new Set(options.map((o) => o.id)));
    for (const o of options) expect(o.id).toMatch(/^p-[0-9a-f]{16}$/);
  });

  it('OS-70: labels are cut to a vote option label (200 characters), the text is kept', () => {
    const [o] = proposalsForVote([report('a', { proposals: ['x'.repeat(300)] })]);
    expect(o?.label).toHaveLength(200);
    expect(o?.text).toHaveLength(300);
  });

  it('OS-71: action-plan rows for the chosen proposals, in the order chosen', () => {
    const options = proposalsForVote(reports);
    const [first, , third] = options;
    const rows = actionPlanRows(
      [third?.id ?? '', 'unknown', first?.id ?? '', third?.id ?? ''],
      options,
      (s) => `conv-${s}`,
    );
    expect(rows).toEqual([
      { proposalId: third?.id, action: 'Meet monthly', sessionId: 'b', suggestedOwnerId: 'conv-b' },
      { proposalId: first?.id, action: 'Share the tools', sessionId: 'a', suggestedOwnerId: 'conv-a' },
    ]);
  });
});

describe('proceedings', () => {
  const input = {
    sessions: [
      { id: 'a', title: 'Alpha', convenerId: 'ana' },
      { id: 'b', title: 'Beta', convenerId: 'ben', description: 'Why beta' },
      { id: 'c', title: 'Gamma', convenerId: 'cy' },
      { id: 'd', title: 'Delta', convenerId: 'dee' },
    ],
    slots: [
      { id: 't1', label: 'Morning' },
      { id: 't2', label: 'Afternoon' },
    ],
    spaces: [
      { id: 'hall', name: 'Hall', capacity: 40 },
      { id: 'corner', name: 'Corner', capacity: 8 },
    ],
    agenda: [
      { sessionId: 'a', slotId: 't2', spaceId: 'hall' },
      { sessionId: 'b', slotId: 't1', spaceId: 'corner' },
      { sessionId: 'c', slotId: 't1', spaceId: 'hall' },
    ],
    reports: [
      report('a', { title: 'Old', proposals: ['x'] }),
      report('b', { keyPoints: ['k1', 'k2'], proposals: ['Do it'], nextSteps: ['n'], photoIds: ['ph1'] }),
      report('a', { title: 'New', proposals: ['P1', 'P2'] }),
    ],
    checkIns: [
      { participantId: 'zoe', sessionId: 'b', slotId: 't1', at: 1 },
      { participantId: 'ana', sessionId: 'b', slotId: 't1', at: 2 },
      { participantId: 'zoe', sessionId: 'c', slotId: 't1', at: 3 },
      { participantId: 'max', sessionId: 'a', slotId: 't2', at: 4 },
    ],
    names: { ana: 'Ana', zoe: 'Zoé', ben: 'Ben' },
  };

  it('OS-60, OS-63: sections by slot then space; the last report of a session wins', () => {
    const p = compileProceedings(input);
    expect(p.sections.map((s) => [s.session.id, s.slot?.id, s.space?.id, s.report?.title ?? null])).toEqual([
      ['c', 't1', 'hall', null],
      ['b', 't1', 'corner', 'Report b'],
      ['a', 't2', 'hall', 'New'],
    ]);
    expect(p.sections[1]?.session.description).toBe('Why beta');
  });

  it('OS-61: participants come from check-ins (everyone who came by), with names when known', () => {
    const p = compileProceedings(input);
    expect(p.sections[1]?.participants).toEqual([
      { id: 'ana', name: 'Ana' },
      { id: 'zoe', name: 'Zoé' },
    ]);
    expect(p.sections[2]?.participants).toEqual([{ id: 'max', name: null }]);
    expect(p.sections[1]?.convener).toEqual({ id: 'ben', name: 'Ben' });
  });

  it('OS-62: the summary counts sessions, reports, people and contents', () => {
    expect(compileProceedings(input).summary).toEqual({
      sessions: 3,
      reports: 2,
      missingReports: ['c'],
      participants: 3,
      keyPoints: 2,
      proposals: 3,
      nextSteps: 1,
      photos: 1,
    });
  });
});
