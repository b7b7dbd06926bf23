/**
 * Room signals: reactions (ACT-14) and the ready check (ACT-15). Counters on the console and
 * the wall (plain numbers, no animation), a reactions bar and a ready banner on the phones.
 */
import { type Action, REACTIONS, type Reaction, type RoomState } from '@cercle/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveConnection } from '../live/connection.ts';
import { newClientId } from '../live/outbox.ts';
import { reactionThrottle, readyTally } from '../live/signals-model.ts';

/** Pictures next to the words (never instead of them); hidden from screen readers. */
const EMOJI: Record<Reaction, string> = {
  applause: '👏',
  agree: '👍',
  love: '❤️',
  laugh: '😄',
  surprise: '😮',
  question: '❓',
};

export function ReactionCounts({
  reactions,
  wall = false,
}: {
  reactions: RoomState['reactions'];
  wall?: boolean;
}) {
  const { t } = useTranslation();
  const headingId = wall ? 'wall-reactions-title' : 'console-reactions-title';
  return (
    <section className={wall ? 'reactions reactions-wall' : 'reactions'} aria-labelledby={headingId}>
      <h2 id={headingId} className={wall ? 'reactions-title' : undefined}>
        {t('room.reactionsTitle')}
      </h2>
      <ul className="reaction-counts">
        {REACTIONS.map((r) => (
          <li key={r} className="reaction-count" data-testid="reaction-count" data-reaction={r}>
            <span aria-hidden="true" className="reaction-emoji">
              {EMOJI[r]}
            </span>
            <span className="reaction-label">{t(`room.reactions.${r}`)}</span>
            <span className="reaction-number">{reactions[r] ?? 0}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Taps are thinned out (one per reaction every 0.6 s) so a mashed button does not flood the room. */
export function ReactionBar({ connection, disabled }: { connection: LiveConnection; disabled: boolean }) {
  const { t } = useTranslation();
  const allow = useMemo(() => reactionThrottle(600), []);
  const [sent, setSent] = useState('');
  function react(reaction: Reaction) {
    if (!allow(reaction)) return;
    const action: Action = { kind: 'reaction.send', reaction };
    if (connection.submit(newClientId(), action)) {
      setSent(t('room.reactionSent', { reaction: t(`room.reactions.${reaction}`) }));
    }
  }
  return (
    <section className="panel reaction-bar" aria-labelledby="reaction-bar-title">
      <h2 id="reaction-bar-title">{t('room.reactionsBar')}</h2>
      <ul className="reaction-buttons">
        {REACTIONS.map((r) => (
          <li key={r}>
            <button
              type="button"
              className="secondary reaction-button"
              disabled={disabled}
              onClick={() => react(r)}
            >
              <span aria-hidden="true" className="reaction-emoji">
                {EMOJI[r]}
              </span>
              <span>{t(`room.reactions.${r}`)}</span>
            </button>
          </li>
        ))}
      </ul>
      <p className="muted reaction-sent" role="status">
        {sent}
      </p>
    </section>
  );
}

type Run = (action: Action, done?: string) => Promise<boolean>;

/** The console: open a ready check, follow "N ready of M connected", close it. */
export function ReadyCheckControl({
  ready,
  connected,
  run,
  canDrive,
}: {
  ready: RoomState['ready'];
  connected: number | null;
  run: Run;
  canDrive: boolean;
}) {
  const { t } = useTranslation();
  const tally = readyTally(ready);
  const open = ready?.open === true;
  return (
    <section className="panel ready-check" aria-labelledby="ready-title" data-testid="ready-check">
      <h2 id="ready-title">{t('room.readyTitle')}</h2>
      {open && (
        <>
          <p className="ready-tally" data-testid="ready-tally" data-ready={tally.ready}>
            {t('room.readyTally', { ready: tally.ready, connected: connected ?? '—' })}
          </p>
          <p className="muted">{t('room.readyNotYet', { count: tally.notYet })}</p>
        </>
      )}
      {canDrive && (
        <div className="actions">
          {open ? (
            <button
              type="button"
              className="secondary"
              onClick={() => void run({ kind: 'ready.check', open: false }, t('room.readyClosed'))}
            >
              {t('room.readyClose')}
            </button>
          ) : (
            <button
              type="button"
              className="primary"
              onClick={() => void run({ kind: 'ready.check', open: true })}
            >
              {t('room.readyOpen')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}

const readyKey = (code: string) => `cercle.ready.${code}`;

/** The phone's own answer to a check: phones are never sent others' answers, nor their own. */
function loadOwnAnswer(code: string, checkId: number): boolean | null {
  try {
    const saved = JSON.parse(localStorage.getItem(readyKey(code)) ?? 'null') as {
      id?: unknown;
      ready?: unknown;
    } | null;
    return saved?.id === checkId && typeof saved.ready === 'boolean' ? saved.ready : null;
  } catch {
    return null;
  }
}

function saveOwnAnswer(code: string, checkId: number, ready: boolean): void {
  try {
    localStorage.setItem(readyKey(code), JSON.stringify({ id: checkId, ready }));
  } catch {
    // Storage refused: the answer still counts, this phone forgets it on reload.
  }
}

export function ReadyBanner({
  code,
  ready,
  connection,
}: {
  code: string;
  ready: RoomState['ready'];
  connection: LiveConnection;
}) {
  const { t } = useTranslation();
  const checkId = ready?.id ?? 0;
  const [answer, setAnswer] = useState<{ id: number; ready: boolean } | null>(null);
  if (!ready?.open) return null;
  const own = answer?.id === checkId ? answer.ready : loadOwnAnswer(code, checkId);
  async function reply(value: boolean) {
    try {
      await connection.request({ kind: 'ready.answer', ready: value });
      saveOwnAnswer(code, checkId, value);
      setAnswer({ id: checkId, ready: value });
    } catch {
      // Not sent (offline, check closed meanwhile): the buttons stay as they were.
    }
  }
  return (
    <section className="panel ready-banner" aria-labelledby="ready-banner-title" data-testid="ready-banner">
      <h2 id="ready-banner-title">{t('room.readyQuestion')}</h2>
      <div className="actions">
        <button
          type="button"
          className={own === true ? 'primary big' : 'secondary big'}
          aria-pressed={own === true}
          onClick={() => void reply(true)}
        >
          {t('room.ready')}
        </button>
        <button
          type="button"
          className={own === false ? 'primary big' : 'secondary big'}
          aria-pressed={own === false}
          onClick={() => void reply(false)}
        >
          {t('room.notYet')}
        </button>
      </div>
      <p role="status" className="muted">
        {own === null ? '' : t('room.readyAnswered', { answer: own ? t('room.ready') : t('room.notYet') })}
      </p>
    </section>
  );
}
