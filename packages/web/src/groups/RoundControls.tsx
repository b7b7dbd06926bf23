/**
 * Playing the plan: start a round (phones show the tables at once), the next one; for interviews,
 * swap roles (restarting the timer with its last duration, so each half gets the same time) and
 * make foursomes of two pairs.
 */
import type { Action, GroupsState, TimerState } from '@cercle/core';
import { useTranslation } from 'react-i18next';

export function RoundControls({
  groups,
  timer,
  canDrive,
  busy,
  act,
  foursomes,
}: {
  groups: GroupsState;
  timer: TimerState;
  canDrive: boolean;
  busy: boolean;
  act: (action: Action, done: string) => Promise<void>;
  foursomes: () => void;
}) {
  const { t } = useTranslation();
  const plan = groups.plan;
  if (!plan) return null;
  const count = plan.rounds.length;
  const current = groups.round;
  const start = (round: number) =>
    void act({ kind: 'groups.round', round }, t('groups.rounds.started', { n: round + 1 }));

  async function swapRoles() {
    await act({ kind: 'groups.phase', phase: groups.phase + 1 }, t('groups.interviews.swapped'));
    // The second half gets the time the first had.
    if (timer.status !== 'idle')
      await act(
        { kind: 'timer.start', durationSeconds: Math.max(1, Math.round(timer.durationMs / 1000)) },
        t('groups.interviews.swapped'),
      );
  }

  return (
    <div className="stack groups-rounds">
      <p className="groups-round-status" data-testid="groups-round" data-round={current + 1}>
        {current < 0 ? t('groups.rounds.notStarted') : t('groups.rounds.status', { n: current + 1, count })}
      </p>
      {canDrive && plan.kind !== 'interviews' && (
        <div className="actions">
          {current >= 0 && current + 1 < count && (
            <button type="button" className="primary" onClick={() => start(current + 1)}>
              {t('groups.rounds.next', { n: current + 2 })}
            </button>
          )}
          {plan.rounds.map((_, r) => (
            <button
              // biome-ignore lint/suspicious/noArrayIndexKey: rounds are positions
              key={r}
              type="button"
              className={current < 0 && r === 0 ? 'primary' : 'secondary'}
              aria-pressed={r === current}
              onClick={() => start(r)}
            >
              {t('groups.rounds.start', { n: r + 1 })}
            </button>
          ))}
        </div>
      )}
      {canDrive && plan.kind === 'interviews' && (
        <div className="actions">
          {current < 0 && (
            <button
              type="button"
              className="primary"
              onClick={() =>
                void act({ kind: 'groups.round', round: 0 }, t('groups.rounds.interviewsStarted'))
              }
            >
              {t('groups.rounds.startInterviews')}
            </button>
          )}
          <button type="button" className="secondary" onClick={() => void swapRoles()}>
            {t('groups.interviews.swapRoles')}
          </button>
          <button
            type="button"
            className="secondary"
            disabled={busy}
            aria-describedby="groups-foursomes-hint"
            onClick={foursomes}
          >
            {t('groups.interviews.foursomes')}
          </button>
          <p className="hint" id="groups-foursomes-hint">
            {t('groups.interviews.foursomesHint')}
          </p>
        </div>
      )}
    </div>
  );
}
