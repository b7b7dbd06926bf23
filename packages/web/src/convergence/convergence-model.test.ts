import { EMPTY_ROOM, foldEvents, type LiveEvent, type RoomState } from '@cercle/core';
import { describe, expect, it } from 'vitest';
import { actionPlanHref, proposalsOf, rankProposals, voteActivity, voteOf } from './convergence-model.ts';

let seq = 0;
const ev = (type: string, data: unknown) => ({ seq: ++seq, at: seq, type, data }) as LiveEvent;

function withReports(): RoomState {
  seq = 0;
  return foldEvents(
    [
      ev('openspace.grid.set', {
        slots: [{ id: 's', label: 'Matin' }],
        spaces: [{ id: 'a', name: 'Agora', capacity: 9 }],
      }),
      ...['t1', 't2'].map((id) =>
        ev('openspace.topic.proposed', {
          topic: { id, title: id, convenerId: 'p1', convenerName: '', description: '' },
        }),
      ),
      ev('openspace.report.filed', {
        report: {
          sessionId: 't1',
          title: 't1',
          keyPoints: [],
          proposals: ['Un jardin', 'Des bancs'],
          nextSteps: [],
          participants: [],
          photoIds: [],
        },
        filedBy: 'p1',
        nickname: 'Ana',
      }),
      ev('openspace.report.filed', {
        report: {
          sessionId: 't2',
          title: 't2',
          keyPoints: [],
          proposals: ['Une navette'],
          nextSteps: [],
          participants: [],
          photoIds: [],
        },
        filedBy: 'p2',
        nickname: 'Ben',
      }),
    ],
    EMPTY_ROOM,
  );
}

describe('Open Space convergence model', () => {
  it('OS-70/71: proposals become a dot vote, ranked by dots, kept ones become the action plan link', () => {
    let state = withReports();
    const proposals = proposalsOf(state);
    expect(proposals.map((p) => p.label)).toEqual(['Un jardin', 'Des bancs', 'Une navette']);
    expect(rankProposals(state)).toBeNull();
    const activity = voteActivity(proposals, 'Vote', 3, 'abc');
    expect(activity).toMatchObject({ kind: 'dots', tokens: 3, id: 'os-vote-abc' });
    const [jardin, bancs, navette] = proposals.map((p) => p.id) as [string, string, string];
    state = foldEvents(
      [
        ev('activity.opened', { activity }),
        ev('ballot.cast', {
          activityId: activity.id,
          voter: 'p1',
          ballot: { dots: { [navette]: 2, [bancs]: 1 } },
        }),
        ev('ballot.cast', {
          activityId: activity.id,
          voter: 'p2',
          ballot: { dots: { [navette]: 1, [jardin]: 1 } },
        }),
      ],
      state,
    );
    expect(voteOf(state)?.id).toBe('os-vote-abc');
    const ranked = rankProposals(state);
    expect(ranked?.ranked.map((r) => [r.label, r.dots])).toEqual([
      ['Une navette', 3],
      ['Un jardin', 1],
      ['Des bancs', 1],
    ]);
    expect(ranked?.result.voters).toBe(2);
    expect(actionPlanHref('/api/x', [navette, jardin], 'en-GB')).toBe(
      `/api/x/open-space/action-plan.csv?locale=en&chosen=${navette}%2C${jardin}`,
    );
    expect(actionPlanHref('/api/x', [], 'fr')).toBe('/api/x/open-space/action-plan.csv?locale=fr');
  });
});
