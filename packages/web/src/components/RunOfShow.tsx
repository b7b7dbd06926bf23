import type { Action, CurrentSequence, Sequence } from '@cercle/core';
import { useTranslation } from 'react-i18next';
import type { MissionAnswer } from '../api-types.ts';
import { useApi } from '../hooks.ts';
import { nextSequence, pickWorkshop } from '../live/run-of-show.ts';
import { ErrorAlert } from './ErrorAlert.tsx';

type Run = (action: Action, done?: string) => Promise<boolean>;

/** Starts a sequence: its title and instructions go to every phone, its duration to the timer. */
export async function startSequence(run: Run, sequence: Sequence): Promise<void> {
  const ok = await run({
    kind: 'sequence.start',
    sequenceId: sequence.id,
    title: sequence.title,
    instructions: sequence.instructions,
    ...(sequence.durationMinutes >= 1 ? { durationMinutes: Math.min(600, sequence.durationMinutes) } : {}),
  });
  if (ok && sequence.durationMinutes >= 1)
    await run({ kind: 'timer.start', durationSeconds: Math.min(600, sequence.durationMinutes) * 60 });
}

/** The workshop's run of show, for a session opened from a mission. */
export function RunOfShow({
  orgId,
  missionId,
  sessionTitle,
  current,
  canDrive,
  run,
}: {
  orgId: string;
  missionId: string;
  sessionTitle: string;
  current: CurrentSequence | null;
  canDrive: boolean;
  run: Run;
}) {
  const { t } = useTranslation();
  const loaded = useApi<MissionAnswer>(
    `/api/organisations/${encodeURIComponent(orgId)}/missions/${encodeURIComponent(missionId)}`,
  );
  if (loaded.error) return <ErrorAlert error={loaded.error} />;
  if (!loaded.data) return <p role="status">{t('common.loading')}</p>;
  const workshop = pickWorkshop(loaded.data.mission, sessionTitle);
  if (!workshop || workshop.sequences.length === 0)
    return <p className="muted">{t('activity.noRunOfShow')}</p>;
  const next = nextSequence(workshop.sequences, current?.sequenceId ?? null);
  return (
    <div className="stack">
      <p className="muted">{t('activity.workshopName', { title: workshop.title })}</p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable for keyboard users (observers have no buttons inside) */}
      <section className="ros-scroll" tabIndex={0} aria-label={t('activity.runOfShow')}>
        <ol className="run-of-show">
          {workshop.sequences.map((s) => {
            const isCurrent = s.id === current?.sequenceId;
            return (
              <li
                key={s.id}
                className={isCurrent ? 'ros-item ros-current' : 'ros-item'}
                aria-current={isCurrent ? 'step' : undefined}
                data-testid="run-of-show-item"
              >
                <div>
                  <p className="ros-title">
                    {s.title}{' '}
                    <span className="muted">{t('activity.minutes', { count: s.durationMinutes })}</span>
                  </p>
                  {isCurrent && <p className="badge badge-ok">{t('activity.inProgress')}</p>}
                </div>
                {canDrive && (
                  <button type="button" className="secondary" onClick={() => void startSequence(run, s)}>
                    {t('activity.startSequence')}
                    <span className="visually-hidden"> : {s.title}</span>
                  </button>
                )}
              </li>
            );
          })}
        </ol>
      </section>
      {canDrive && next && (
        <p>
          <button type="button" className="primary" onClick={() => void startSequence(run, next)}>
            {t('activity.next', { title: next.title })}
          </button>
        </p>
      )}
    </div>
  );
}
