import type { RoomState } from '@cercle/core';
import { useTranslation } from 'react-i18next';
import type { FatalReason } from '../live/connection.ts';

export function JoinPanel({
  code,
  joinUrl,
  large = false,
}: {
  code: string;
  joinUrl: string;
  large?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className={large ? 'join-panel join-panel-large' : 'join-panel'}>
      <div className="join-text">
        <p className="join-label">{t('console.joinCode')}</p>
        <p className="join-code" data-testid="join-code">
          {code}
        </p>
        <p className="join-label">{t('console.joinUrl')}</p>
        <p className="join-url">
          <a href={joinUrl}>{joinUrl}</a>
        </p>
      </div>
      <img
        className="qr"
        src={`/api/join/${encodeURIComponent(code)}/qr.svg`}
        alt={t('console.qrAlt', { code })}
        width={large ? 320 : 200}
        height={large ? 320 : 200}
      />
    </div>
  );
}

export function ContributionList({
  contributions,
  language,
  wall = false,
}: {
  contributions: RoomState['contributions'];
  language: string;
  wall?: boolean;
}) {
  const { t } = useTranslation();
  if (contributions.length === 0) return <p className="muted">{t('console.contributionsEmpty')}</p>;
  const time = new Intl.DateTimeFormat(language, { timeStyle: 'short' });
  const newestFirst = [...contributions].reverse();
  return (
    <ul className={wall ? 'contributions contributions-wall' : 'contributions'}>
      {newestFirst.map((c) => (
        <li key={c.id} className="contribution" data-testid="contribution">
          <p className="contribution-text">{c.text}</p>
          <p className="contribution-meta">
            {c.nickname} · <time dateTime={new Date(c.at).toISOString()}>{time.format(c.at)}</time>
          </p>
        </li>
      ))}
    </ul>
  );
}

const FATAL_KEYS: Record<FatalReason, string> = {
  unauthenticated: 'live.fatalUnauthenticated',
  forbidden: 'live.fatalForbidden',
  notFound: 'live.fatalNotFound',
  revoked: 'live.fatalRevoked',
  closed: 'live.fatalClosed',
};

export function FatalNotice({ reason }: { reason: FatalReason | null }) {
  const { t } = useTranslation();
  if (!reason) return null;
  return (
    <p className="alert" role="alert">
      {t(FATAL_KEYS[reason])}
    </p>
  );
}

/** The sequence the room is in: its title and instructions (phones, console, wall). */
export function CurrentSequencePanel({
  sequence,
  wall = false,
}: {
  sequence: RoomState['sequence'];
  wall?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div
      className={wall ? 'current-sequence current-sequence-wall' : 'current-sequence'}
      data-testid="current-sequence"
    >
      {sequence ? (
        <>
          <p className="current-sequence-title">{sequence.title}</p>
          {!wall && sequence.instructions && <p className="pre-line">{sequence.instructions}</p>}
        </>
      ) : (
        <p className="muted">{t('activity.noSequence')}</p>
      )}
    </div>
  );
}
