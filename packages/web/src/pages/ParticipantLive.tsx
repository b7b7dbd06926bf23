import { CONTRIBUTION_KINDS, LIMITS } from '@cercle/core';
import { type FormEvent, useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { ConnectionBadge } from '../components/ContributionAnnouncer.tsx';
import { EditTextForm } from '../components/EditTextForm.tsx';
import { useErrorText } from '../components/ErrorAlert.tsx';
import { Field } from '../components/Field.tsx';
import { CurrentSequencePanel, FatalNotice } from '../components/LivePieces.tsx';
import { BallotStatus, FormAnswer, VoteView } from '../components/ParticipantActivity.tsx';
import { ReadingView } from '../components/ReadingView.tsx';
import { ReactionBar, ReadyBanner } from '../components/RoomSignals.tsx';
import { Timer } from '../components/Timer.tsx';
import { GroupsCard } from '../groups/GroupsCard.tsx';
import { checkWords, currentActivity } from '../live/activity-model.ts';
import { type BallotItem, BallotOutbox, localBallotStore } from '../live/ballot-outbox.ts';
import { type LiveConnection, RequestError } from '../live/connection.ts';
import { useLiveConnection } from '../live/hooks.ts';
import { checkContribution, MemoryOutboxStore, Outbox, type OutboxItem } from '../live/outbox.ts';
import { openOutboxStore } from '../live/outbox-idb.ts';
import type { Anchor } from '../live/reading-model.ts';
import { OpenSpacePhone } from '../openspace/OpenSpacePhone.tsx';
import type { StoredParticipant } from '../participant/storage.ts';

const EMPTY: readonly OutboxItem[] = [];
const noop = () => () => {};

function send(connection: LiveConnection, item: OutboxItem): void {
  connection.submit(item.id, {
    kind: 'contribution.post',
    text: item.text,
    ...(item.activityId ? { activityId: item.activityId } : {}),
    ...(item.column ? { column: item.column } : {}),
    ...(item.fields ? { fields: item.fields } : {}),
    ...(item.anchor ? { anchor: item.anchor } : {}),
  });
}

function sendBallot(connection: LiveConnection, item: BallotItem): void {
  connection.submit(item.id, { kind: 'ballot.cast', activityId: item.activityId, ballot: item.ballot });
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
  const [ballots] = useState(() => new BallotOutbox(localBallotStore(code)));

  const [view, connection] = useLiveConnection({
    credentials: { token: stored.token },
    onWelcome: () => {
      const current = outboxRef.current;
      if (current && connectionRef.current)
        void current.ready.then(() => flush(current, connectionRef.current!));
      if (connectionRef.current)
        for (const item of ballots.pending()) sendBallot(connectionRef.current, item);
    },
    onAck: (id, seq) => {
      if (ballots.has(id)) ballots.acknowledge(id);
      else void outboxRef.current?.acknowledge(id, seq);
    },
    onNack: (id, nackCode, message) => {
      if (ballots.has(id)) ballots.refuse(id, nackCode, message);
      else void outboxRef.current?.refuse(id, nackCode);
    },
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

  const ballotItems = useSyncExternalStore(ballots.subscribe, ballots.getSnapshot);
  const [text, setText] = useState('');
  const [column, setColumn] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const { state } = view;
  const activity = currentActivity(state);
  const isWords = activity?.kind === 'words';
  const isReading = activity?.kind === 'reading';
  const takesText = !activity || activity.kind === 'contributions' || activity.kind === 'qa' || isWords;
  const takesVotes = !!activity && (!CONTRIBUTION_KINDS.has(activity.kind) || activity.kind === 'qa');
  const isForm = activity?.kind === 'form';
  const activityOpen = !activity || activity.status === 'open';
  const me = view.welcome?.participant?.id ?? stored.participant.id;

  function cast(ballot: unknown) {
    if (!activity) return;
    sendBallot(connection, ballots.cast(activity.id, ballot));
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    // A word cloud takes a few words (ACT-11); other activities a full contribution.
    const check = isWords ? checkWords(text, LIMITS.wordsTextMax) : checkContribution(text);
    if (!check.ok) {
      setFieldError(
        check.reason === 'required'
          ? t('form.required')
          : isWords
            ? t('activity.wordsTooLong', { max: LIMITS.wordsTextMax })
            : t('form.tooLong', { max: LIMITS.contributionTextMax }),
      );
      form.querySelector<HTMLElement>('[name="contribution"]')?.focus();
      return;
    }
    if (!outbox) return;
    setFieldError(null);
    const chosenColumn = activity?.columns.includes(column) ? column : activity?.columns[0];
    const item = await outbox.add(check.text, {
      ...(activity ? { activityId: activity.id } : {}),
      ...(chosenColumn ? { column: chosenColumn } : {}),
    });
    setText('');
    send(connection, item);
  }

  async function sendForm(summary: string, fields: Record<string, string>): Promise<boolean> {
    if (!outbox || !activity) return false;
    const item = await outbox.add(summary, { activityId: activity.id, fields });
    send(connection, item);
    return true;
  }

  async function sendNote(note: string, anchor: Anchor): Promise<boolean> {
    if (!outbox || !activity) return false;
    const item = await outbox.add(note, { activityId: activity.id, anchor });
    send(connection, item);
    return true;
  }

  async function retry(id: string) {
    const item = await outbox?.retry(id);
    if (item) send(connection, item);
  }

  const closed = state.closed || view.fatal === 'closed';
  // Own notes of the current activity (or free posts when no activity runs).
  const newestFirst = [...items].reverse().filter((i) => (i.activityId ?? null) === (activity?.id ?? null));
  const latestBallot = activity ? ballotItems.find((b) => b.activityId === activity.id) : undefined;
  const ownContribution = (item: OutboxItem) =>
    item.seq === undefined
      ? undefined
      : state.contributions.find((c) => c.seq === item.seq && c.participantId === me);
  const others = activity
    ? state.contributions.filter(
        (c) =>
          c.activityId === activity.id &&
          !c.hidden &&
          c.participantId !== me &&
          activity.kind === 'contributions',
      )
    : [];
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

      <GroupsCard state={state} me={me} />

      {!closed && <ReadyBanner code={code} ready={state.ready} connection={connection} />}

      <section className="panel" aria-labelledby="sequence-title">
        <h2 id="sequence-title">{t('activity.sequenceTitle')}</h2>
        <CurrentSequencePanel sequence={state.sequence} />
      </section>

      <OpenSpacePhone state={state} connection={connection} me={me} disabled={closed || !!view.fatal} />

      {activity ? (
        <section
          key={activity.id}
          className="panel stack phone-activity"
          aria-labelledby="activity-title"
          data-testid="activity"
          data-kind={activity.kind}
          data-status={activity.status}
        >
          <h2 id="activity-title">{activity.title}</h2>
          {activity.prompt &&
            activity.kind !== 'poll' &&
            activity.kind !== 'dots' &&
            activity.kind !== 'ranking' &&
            activity.kind !== 'scale' &&
            activity.kind !== 'grid' && <p className="pre-line">{activity.prompt}</p>}
          {activity.anonymous && <p className="muted">{t('activity.anonymousNote')}</p>}
          {!activityOpen && (
            <p className="notice" role="status">
              {t('activity.lockedNotice')}
            </p>
          )}
          {takesVotes && (
            <>
              <VoteView
                activity={activity}
                state={state}
                latest={latestBallot}
                disabled={!activityOpen || closed}
                cast={cast}
              />
              <BallotStatus item={latestBallot} />
            </>
          )}
          {isReading && activity.document && (
            <ReadingView
              code={code}
              token={stored.token}
              documentId={activity.document.id}
              title={activity.document.title}
              items={newestFirst}
              disabled={!activityOpen || closed || !outbox}
              send={sendNote}
            />
          )}
          {others.length > 0 && (
            <section aria-labelledby="others-title" className="stack">
              <h3 id="others-title">{t('activity.othersTitle')}</h3>
              <ul className="cards-grid">
                {others.map((c) => (
                  <li key={c.id} className="sticky" data-testid="contribution">
                    <p className="sticky-text">{c.text}</p>
                    {!activity.anonymous && c.nickname && <p className="sticky-author">{c.nickname}</p>}
                    {c.column && <p className="sticky-author">{c.column}</p>}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </section>
      ) : (
        <p className="muted">{t('activity.waiting')}</p>
      )}

      {!closed && takesText && activityOpen && (
        <form onSubmit={submit} noValidate className="stack composer">
          {activity && activity.columns.length > 0 && (
            <Field label={t('activity.columnLabel')}>
              {(props) => (
                <select
                  {...props}
                  name="column"
                  value={activity.columns.includes(column) ? column : activity.columns[0]}
                  onChange={(e) => setColumn(e.target.value)}
                >
                  {activity.columns.map((c) => (
                    <option key={c} value={c}>
                      {c}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          {isWords ? (
            <Field
              label={t('activity.wordsLabel')}
              hint={t('activity.wordsHint', { count: text.length, max: LIMITS.wordsTextMax })}
              error={fieldError}
            >
              {(props) => (
                <input
                  {...props}
                  name="contribution"
                  maxLength={LIMITS.wordsTextMax}
                  autoComplete="off"
                  value={text}
                  onChange={(e) => setText(e.target.value)}
                />
              )}
            </Field>
          ) : (
            <Field
              label={activity?.kind === 'qa' ? t('activity.questionLabel') : t('join.contributionLabel')}
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
          )}
          <button type="submit" className="primary big" disabled={!outbox}>
            {activity?.kind === 'qa' ? t('activity.ask') : t('join.send')}
          </button>
        </form>
      )}

      {!closed && isForm && activityOpen && (
        <FormAnswer activity={activity} disabled={!outbox} send={sendForm} />
      )}

      {(takesText || isForm) && (
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
                  {item.fields && isForm ? (
                    <dl className="outbox-text form-answer">
                      {activity.fields.map((f) => (
                        <div key={f.key}>
                          <dt>{f.label}</dt>
                          <dd>{item.fields?.[f.key] || '—'}</dd>
                        </div>
                      ))}
                    </dl>
                  ) : (
                    <OwnText
                      item={item}
                      contributionId={ownContribution(item)?.id}
                      currentText={ownContribution(item)?.text}
                      editable={activityOpen && !closed && !activity?.anonymous}
                      connection={connection}
                    />
                  )}
                  {item.column && <p className="muted">{item.column}</p>}
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
      )}

      {!closed && !view.fatal && <ReactionBar connection={connection} disabled={view.status !== 'open'} />}
    </div>
  );
}

/**
 * One of my notes, editable while the activity is open. Editing needs the contribution's
 * id, which a phone only learns when the note reaches it (public or revealed activity).
 */
function OwnText({
  item,
  contributionId,
  currentText,
  editable,
  connection,
}: {
  item: OutboxItem;
  contributionId: string | undefined;
  currentText: string | undefined;
  editable: boolean;
  connection: LiveConnection;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const shown = currentText ?? saved ?? item.text;
  async function save(event: FormEvent) {
    event.preventDefault();
    const check = checkContribution(draft ?? '');
    if (!check.ok || !contributionId) {
      setError(t('form.required'));
      return;
    }
    try {
      await connection.request({ kind: 'contribution.edit', contributionId, text: check.text });
      setSaved(check.text);
      setDraft(null);
      setError(null);
    } catch (e) {
      setError(errorText(e instanceof RequestError ? e.code : 'UNKNOWN'));
    }
  }
  if (draft !== null) {
    return (
      <EditTextForm
        label={t('activity.editLabel')}
        value={draft}
        error={error}
        onChange={setDraft}
        onSave={save}
        onCancel={() => setDraft(null)}
      />
    );
  }
  return (
    <>
      <p className="outbox-text">{shown}</p>
      {editable && contributionId && item.status === 'sent' && (
        <button type="button" className="secondary small" onClick={() => setDraft(shown)}>
          {t('activity.edit')}
          <span className="visually-hidden"> : {shown.slice(0, 40)}</span>
        </button>
      )}
    </>
  );
}
