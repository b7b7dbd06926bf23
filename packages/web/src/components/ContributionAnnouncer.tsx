import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

const QUIET_MS = 10_000;

/** Announces new contributions as a count, at most every few seconds, instead of reading each one. */
export function ContributionAnnouncer({ count }: { count: number }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const announced = useRef<number | null>(null);
  const lastAt = useRef(0);

  useEffect(() => {
    if (announced.current === null) {
      announced.current = count;
      return;
    }
    if (count <= announced.current) return;
    const wait = Math.max(0, lastAt.current + QUIET_MS - Date.now());
    const id = setTimeout(() => {
      const fresh = count - (announced.current ?? count);
      announced.current = count;
      lastAt.current = Date.now();
      if (fresh > 0) setMessage(t('console.newContributions', { count: fresh }));
    }, wait);
    return () => clearTimeout(id);
  }, [count, t]);

  return (
    <p className="visually-hidden" aria-live="polite">
      {message}
    </p>
  );
}

export function ConnectionBadge({ status, online }: { status: string; online: boolean }) {
  const { t } = useTranslation();
  const text =
    status === 'open'
      ? t('live.open')
      : !online
        ? t('live.offline')
        : status === 'connecting'
          ? t('live.connecting')
          : t('live.reconnecting');
  return (
    <p className={`connection connection-${status === 'open' ? 'open' : 'down'}`} role="status">
      {text}
    </p>
  );
}

/** Announces a changing result summary politely, at most once every few seconds (never per vote). */
export function ResultAnnouncer({ text }: { text: string }) {
  const [message, setMessage] = useState('');
  const first = useRef(true);
  const lastAt = useRef(0);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const wait = Math.max(0, lastAt.current + QUIET_MS - Date.now());
    const id = setTimeout(() => {
      lastAt.current = Date.now();
      setMessage(text);
    }, wait);
    return () => clearTimeout(id);
  }, [text]);

  return (
    <p className="visually-hidden" aria-live="polite">
      {message}
    </p>
  );
}
