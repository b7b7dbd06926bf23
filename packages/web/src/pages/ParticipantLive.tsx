import { LIMITS } from '@cercle/core';
import { type FormEvent, useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { ConnectionBadge } from '../components/ContributionAnnouncer.tsx';
import { useErrorText } from '../components/ErrorAlert.tsx';
import { Field } from '../components/Field.tsx';
import { FatalNotice } from '../components/LivePieces.tsx';
import { Timer } from '../components/Timer.tsx';
import type { LiveConnection } from '../live/connection.ts';
import { useLiveConnection } from '../live/hooks.ts';
import { checkContribution, MemoryOutboxStore, Outbox, type OutboxItem } from '../live/outbox.ts';
import { openOutboxStore } from '../live/outbox-idb.ts';
import type { StoredParticipant } from '../participant/storage.ts';

const EMPTY: readonly OutboxItem[] = [];
const noop = () => () => {};

function send(connection: LiveConnection, item: OutboxItem): void {
  connection.submit(item.id, { kind: 'contribution.post', text: item.text });
}

/** Re-sends everything not yet acknowledged; the same ids make repeats harmless. */
function flush(outbox: Outbox | null, connection: LiveConnection): void {
  if (!outbox || !connection.isOpen) return;
  for (const item of outbox.pending()) send(connection, item);
}

export function ParticipantLive({
  code,
  stored,
  onLostAccess,
}: {
  code: string;
  stored: StoredParticipant;
  onLostAccess: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [outbox, setOutbox] = useState<Outbox | null>(null);
  const [durable, setDurable] = useState(true);
  const outboxRef = useRef<Outbox | null>(null);
  const connectionRef = useRef<LiveConnection | null>(null);
  const lostAccessRef = useRef(onLostAccess);
  lostAccessRef.current = onLostAccess;

  const [view, connection] = useLiveConnection({
    credentials: { token: stored.token },
    onWelcome: () => {
      const current = outboxRef.current;
      if (current && connectionRef.current)
        void current.ready.then(() => flush(current, connectionRef.current!));
    },
    onAck: (id, seq) => void outboxRef.current?.acknowledge(id, seq),
    onNack: (id, nackCode) => void outboxRef.current?.refuse(id, nackCode),
    onFatal: (reason) => {
      if (reason === 'unauthenticated') lostAccessRef.current();
    },
  });
  connectionRef.current = connection;

  useEffect(() => {
    let cancelled = false;
    openOutboxStore(code)
      .catch(() => ({ store: new MemoryOutboxStore(), durable: false }))
      .then(async ({ store, durable: isDurable }) => {
        const created = new Outbox(store);
        await created.ready;
        if (cancelled) return;
        outboxRef.current = created;
        setOutbox(created);
        setDurable(isDurable);
        flush(created, connection);
      });
    return () => {
      cancelled = true;
    };
  }, [code, connection]);

  const items = useSyncExternalStore(
    outbox?.subscribe ?? noop,
    useCallback(() => outbox?.getSnapshot() ?? EMPTY, [outbox]),
  );

  const [text, setText] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const check = checkContribution(text);
    if (!check.ok) {
      setFieldError(
        check.reason === 'required'
          ? t('form.required')
          : t('form.tooLong', { max: LIMITS.contributionTextMax }),
      );
      form.querySelector('textarea')?.focus();
      return;
    }
    if (!outbox) return;
    setFieldError(null);
    const item = await outbox.add(check.text);
    setText('');
    send(connection, item);
  }

  async function retry(id: string) {
    const item = await outbox?.retry(id);
    if (item) send(connection, item);
  }

  const { state } = view;
  const closed = state.closed || view.fatal === 'closed';
  const newestFirst = [...items].reverse();
  return (
    <div className="stack-lg">
      <p className="muted">
        {t('join.youAre', { nickname: view.welcome?.participant?.nickname ?? stored.participant.nickname })}
      </p>
      {!closed && !view.fatal && <ConnectionBadge status={view.status} online={view.online} />}
      <FatalNotice
        reason={view.fatal === 'unauthenticated' ? null : (view.fatal ?? (closed ? 'closed' : null))}
      />
      {!durable && <p className="notice">{t('join.storageWarning')}</p>}

      <section className="panel">
        <h2 id="message-title">{t('join.messageTitle')}</h2>
        <p className="facilitator-message" data-testid="facilitator-message" aria-live="polite">
          {state.message}
        </p>
        {!state.message && <p className="muted">{t('join.noMessage')}</p>}
        <Timer timer={state.timer} offsetMs={view.offsetMs} className="timer-phone" />
      </section>

      {!closed && (
        <form onSubmit={submit} noValidate className="stack composer">
          <Field
            label={t('join.contributionLabel')}
            hint={t('join.charCount', { count: text.length, max: LIMITS.contributionTextMax })}
            error={fieldError}
          >
            {(props) => (
              <textarea
                {...props}
                name="contribution"
                rows={4}
                maxLength={LIMITS.contributionTextMax}
                value={text}
                onChange={(e) => setText(e.target.value)}
              />
            )}
          </Field>
          <button type="submit" className="primary big" disabled={!outbox}>
            {t('join.send')}
          </button>
        </form>
      )}

      <section className="stack">
        <h2 id="outbox-title">{t('join.myContributions')}</h2>
        {newestFirst.length === 0 ? (
          <p className="muted">{t('join.noContributions')}</p>
        ) : (
          <ul className="outbox">
            {newestFirst.map((item) => (
              <li
                key={item.id}
                className={`outbox-item outbox-${item.status}`}
                data-testid="outbox-item"
                data-status={item.status}
              >
                <p className="outbox-text">{item.text}</p>
                <p className="outbox-status">
                  {item.status === 'sent' ? (
                    <>
                      <span aria-hidden="true">✓ </span>
                      {t('join.sent')}
                    </>
                  ) : item.status === 'pending' ? (
                    t('join.pending')
                  ) : (
                    t('join.failed', { error: errorText(item.error ?? 'UNKNOWN') })
                  )}
                </p>
                {item.status === 'failed' && (
                  <button type="button" className="secondary" onClick={() => void retry(item.id)}>
                    {t('join.retry')}
                    <span className="visually-hidden"> : {item.text.slice(0, 40)}</span>
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
