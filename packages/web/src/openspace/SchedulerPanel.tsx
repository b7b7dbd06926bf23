/**
 * Running the scheduler from the console (OS-LIVE-5) and what it found: conflicts, overflow, the
 * sessions it could not place and why; and the wall's warnings (`wallFlags`) until fixed.
 */
import { type OpenSpaceState, wallFlags } from '@cercle/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveConnection } from '../live/connection.ts';
import { SendMessage, useSend } from './use-send.tsx';

export function SchedulerPanel({ os, connection }: { os: OpenSpaceState; connection: LiveConnection }) {
  const { t } = useTranslation();
  const sender = useSend(connection);
  const [keepPlaced, setKeepPlaced] = useState(false);
  const run = os.lastRun;
  const titles = new Map(os.topics.map((x) => [x.id, x.title]));
  const warnings = wallFlags(os).filter((f) => f.severity === 'warning' && f.rule !== 'OS-26');
  return (
    <section className="stack" aria-labelledby="os-scheduler-title">
      <h3 id="os-scheduler-title">{t('openspace.scheduler')}</h3>
      <p className="muted">{t('openspace.schedulerLead')}</p>
      <label className="checkbox">
        <input type="checkbox" checked={keepPlaced} onChange={(e) => setKeepPlaced(e.target.checked)} />{' '}
        {t('openspace.keepPlaced')}
      </label>
      <p>
        <button
          type="button"
          className="primary"
          disabled={sender.busy}
          onClick={() =>
            void sender.send(
              keepPlaced ? { kind: 'openspace.schedule', keepPlaced: true } : { kind: 'openspace.schedule' },
              t('openspace.scheduled'),
            )
          }
        >
          {t('openspace.runScheduler')}
        </button>
      </p>
      <SendMessage sender={sender} testId="os-schedule-status" />
      {run && (
        <div className="os-run" data-testid="os-last-run">
          <h4>{t('openspace.lastRun')}</h4>
          <ul className="os-plain-list">
            <li data-testid="os-conflicts">{t('openspace.conflicts', { count: run.conflicts })}</li>
            <li data-testid="os-overflow">{t('openspace.overflow', { count: run.overflow })}</li>
          </ul>
          {run.unplaced.length > 0 && (
            <>
              <h5>{t('openspace.unplaced')}</h5>
              <ul className="os-plain-list" data-testid="os-unplaced">
                {run.unplaced.map((u) => (
                  <li key={u.sessionId}>
                    <strong>{titles.get(u.sessionId) ?? u.sessionId}</strong> —{' '}
                    {t(`openspace.reason.${u.reason}`)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {warnings.length > 0 && (
        <details>
          <summary>{t('openspace.warnings', { count: warnings.length })}</summary>
          <ul className="os-plain-list">
            {warnings.map((f) => (
              // The core's message is English; the rule id lets a reader look it up in SPEC.md.
              <li key={`${f.rule}-${f.sessionIds.join()}-${f.slotId ?? ''}`} lang="en">
                {f.rule}: {f.message}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
