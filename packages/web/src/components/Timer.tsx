import { remainingMs, type TimerState } from '@cercle/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNow } from '../live/hooks.ts';

export function formatDuration(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/**
 * The countdown shown from server time (corrected by the measured offset).
 * Screen readers hear it once a minute and at the end, not every second.
 */
export function Timer({
  timer,
  offsetMs,
  className,
}: {
  timer: TimerState;
  offsetMs: number;
  className?: string;
}) {
  const { t } = useTranslation();
  const now = useNow(timer.status === 'running');
  const left = remainingMs(timer, now + offsetMs);
  const minutesLeft = left === null ? null : Math.ceil(left / 60_000);
  const [announcement, setAnnouncement] = useState('');
  const previous = useRef<number | null | undefined>(undefined);

  useEffect(() => {
    const before = previous.current;
    previous.current = minutesLeft;
    if (before === undefined || before === minutesLeft || minutesLeft === null) return;
    if (timer.status !== 'running' && minutesLeft !== 0) return;
    setAnnouncement(minutesLeft === 0 ? t('timer.ended') : t('timer.minutesLeft', { count: minutesLeft }));
  }, [minutesLeft, timer.status, t]);

  return (
    <div className={`timer ${className ?? ''} timer-${timer.status}`}>
      <p className="timer-display" data-testid="timer" role="timer" aria-label={t('timer.label')}>
        {left === null ? t('timer.idle') : formatDuration(left)}
        {timer.status === 'paused' && <span className="timer-paused"> ({t('timer.paused')})</span>}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
