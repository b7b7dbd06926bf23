/** The facilitator's panel per live activity: controls, results, moderation and proxy input. */
import {
  type Action,
  type ActivityState,
  CONTRIBUTION_KINDS,
  type Contribution,
  LIMITS,
  type RoomState,
} from '@cercle/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActivityResults } from './ActivityResults.tsx';
import { EditTextForm } from './EditTextForm.tsx';
import { Field } from './Field.tsx';

type Run = (action: Action, done?: string) => Promise<boolean>;

export function ActivityControl({
  activity,
  state,
  run,
  canDrive,
}: {
  activity: ActivityState;
  state: RoomState;
  run: Run;
  canDrive: boolean;
}) {
  const { t } = useTranslation();
  const headingId = `activity-${activity.id}`;
  const update = (patch: Omit<Extract<Action, { kind: 'activity.update' }>, 'kind' | 'activityId'>) =>
    void run({ kind: 'activity.update', activityId: activity.id, ...patch });
  const takesText = activity.kind === 'contributions' || activity.kind === 'qa';
  // Form rows, words and margin notes are contributions too: hidden, shown or deleted like notes.
  const moderated = CONTRIBUTION_KINDS.has(activity.kind);
  const closed = activity.status === 'closed';
  const contributions = state.contributions.filter((c) => c.activityId === activity.id);
  return (
    <section
      className={`panel activity-panel activity-${activity.status}`}
      aria-labelledby={headingId}
      data-testid="activity"
      data-kind={activity.kind}
      data-status={activity.status}
      data-activity-id={activity.id}
    >
      <h3 id={headingId}>{activity.title}</h3>
      <p className="activity-meta">
        <span className="badge">{t(`activity.kinds.${activity.kind}`)}</span>{' '}
        <span className={`badge badge-${activity.status}`}>{t(`activity.status.${activity.status}`)}</span>
        {activity.anonymous && <span className="badge"> {t('activity.anonymousBadge')}</span>}
        {activity.private && !activity.revealed && (
          <span className="badge"> {t('activity.privateBadge')}</span>
        )}
        {activity.revealed && <span className="badge badge-ok"> {t('activity.revealedBadge')}</span>}
        {activity.resultsShown && <span className="badge badge-ok"> {t('activity.onWallBadge')}</span>}
      </p>
      {activity.prompt && <p className="pre-line">{activity.prompt}</p>}
      {canDrive && !closed && (
        <div className="actions">
          {activity.status === 'open' ? (
            <button type="button" className="secondary" onClick={() => update({ status: 'locked' })}>
              {t('activity.lock')}
            </button>
          ) : (
            <button type="button" className="secondary" onClick={() => update({ status: 'open' })}>
              {t('activity.unlock')}
            </button>
          )}
          {activity.private && !activity.revealed && (
            <button type="button" className="secondary" onClick={() => update({ revealed: true })}>
              {t('activity.reveal')}
            </button>
          )}
          <button
            type="button"
            className="secondary"
            aria-pressed={activity.resultsShown}
            onClick={() => update({ resultsShown: !activity.resultsShown })}
          >
            {t('activity.showResults')}
          </button>
          <button type="button" className="danger" onClick={() => update({ status: 'closed' })}>
            {t('activity.close')}
          </button>
        </div>
      )}
      <h4>{t('activity.resultsTitle')}</h4>
      <ActivityResults activity={activity} state={state} />
      {moderated && (
        <>
          <h4>{t('activity.moderationTitle', { count: contributions.length })}</h4>
          <ul className="moderation">
            {contributions.map((c) => (
              <ModeratedContribution
                key={c.id}
                contribution={c}
                activity={activity}
                run={run}
                canDrive={canDrive}
              />
            ))}
          </ul>
          {contributions.length === 0 && <p className="muted">{t('activity.noNotes')}</p>}
          {canDrive && takesText && activity.status === 'open' && <ProxyForm activity={activity} run={run} />}
        </>
      )}
    </section>
  );
}

function ModeratedContribution({
  contribution: c,
  activity,
  run,
  canDrive,
}: {
  contribution: Contribution;
  activity: ActivityState;
  run: Run;
  canDrive: boolean;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const short = c.text.slice(0, 40);
  async function save(event: FormEvent) {
    event.preventDefault();
    const text = (editing ?? '').trim();
    if (!text) return;
    if (await run({ kind: 'contribution.moderate', contributionId: c.id, text })) setEditing(null);
  }
  return (
    <li className={c.hidden ? 'moderated moderated-hidden' : 'moderated'} data-testid="contribution">
      {editing === null ? (
        <p className="contribution-text">{c.text}</p>
      ) : (
        <EditTextForm
          label={t('activity.correctLabel')}
          value={editing}
          rows={2}
          onChange={setEditing}
          onSave={save}
          onCancel={() => setEditing(null)}
        />
      )}
      <p className="contribution-meta">
        {activity.anonymous ? t('activity.anonymousAuthor') : c.nickname || t('activity.noName')}
        {c.column ? ` · ${c.column}` : ''}
        {c.hidden && ` · ${t('activity.hiddenBadge')}`}
        {c.edited && ` · ${t('activity.editedBadge')}`}
        {c.answered && ` · ${t('activity.answered')}`}
      </p>
      {c.flagged && c.flagged.length > 0 && (
        // MOD-1: flagged for review, shown to the facilitator only; nothing was dropped.
        <p className="contribution-flag" data-testid="flagged">
          {t('activity.flagged', { words: c.flagged.join(', ') })}
        </p>
      )}
      {canDrive && editing === null && (
        <div className="actions">
          <button
            type="button"
            className="secondary small"
            onClick={() =>
              void run({ kind: 'contribution.moderate', contributionId: c.id, hidden: !c.hidden })
            }
          >
            {c.hidden ? t('activity.showNote') : t('activity.hideNote')}
            <span className="visually-hidden"> : {short}</span>
          </button>
          {activity.kind === 'qa' && (
            <button
              type="button"
              className="secondary small"
              aria-pressed={c.answered}
              onClick={() =>
                void run({ kind: 'contribution.moderate', contributionId: c.id, answered: !c.answered })
              }
            >
              {t('activity.markAnswered')}
              <span className="visually-hidden"> : {short}</span>
            </button>
          )}
          {activity.kind !== 'form' && (
            <button type="button" className="secondary small" onClick={() => setEditing(c.text)}>
              {t('activity.correct')}
              <span className="visually-hidden"> : {short}</span>
            </button>
          )}
          {!confirming && (
            <button type="button" className="danger small" onClick={() => setConfirming(true)}>
              {t('activity.deleteNote')}
              <span className="visually-hidden"> : {short}</span>
            </button>
          )}
        </div>
      )}
      {canDrive && confirming && (
        <ConfirmDelete
          text={short}
          onCancel={() => setConfirming(false)}
          onConfirm={() =>
            void run(
              { kind: 'contribution.moderate', contributionId: c.id, deleted: true },
              t('activity.deleted'),
            ).then((ok) => {
              if (!ok) setConfirming(false);
            })
          }
        />
      )}
    </li>
  );
}

/**
 * Deleting for good cannot be undone (ACT-13): a second, explicit step, focused so keyboard
 * and screen-reader users land on the question; Escape or "Cancel" backs out.
 */
function ConfirmDelete({
  text,
  onConfirm,
  onCancel,
}: {
  text: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const confirmRef = useRef<HTMLButtonElement>(null);
  // Focus moves to the question's answer once, when it appears.
  useEffect(() => confirmRef.current?.focus(), []);
  return (
    <fieldset
      className="confirm-delete"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <legend className="confirm-question">{t('activity.deleteConfirm', { text })}</legend>
      <div className="actions">
        <button type="button" className="danger small" ref={confirmRef} onClick={onConfirm}>
          {t('activity.deleteYes')}
        </button>
        <button type="button" className="secondary small" onClick={onCancel}>
          {t('activity.cancel')}
        </button>
      </div>
    </fieldset>
  );
}

function ProxyForm({ activity, run }: { activity: ActivityState; run: Run }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [nickname, setNickname] = useState('');
  const [column, setColumn] = useState(activity.columns[0] ?? '');
  const [error, setError] = useState<string | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) {
      setError(t('form.required'));
      return;
    }
    setError(null);
    const ok = await run({
      kind: 'contribution.proxy',
      text: text.trim(),
      nickname: activity.anonymous ? '' : nickname.trim(),
      activityId: activity.id,
      ...(column ? { column } : {}),
    });
    if (ok) setText('');
  }
  return (
    <form onSubmit={submit} noValidate className="stack proxy-form" aria-label={t('activity.proxyTitle')}>
      <h4>{t('activity.proxyTitle')}</h4>
      <Field label={t('activity.proxyText')} error={error}>
        {(props) => (
          <textarea
            {...props}
            rows={2}
            maxLength={LIMITS.contributionTextMax}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        )}
      </Field>
      {!activity.anonymous && (
        <Field label={t('activity.proxyName')}>
          {(props) => (
            <input
              {...props}
              maxLength={LIMITS.nicknameMax}
              value={nickname}
              onChange={(e) => setNickname(e.target.value)}
            />
          )}
        </Field>
      )}
      {activity.columns.length > 0 && (
        <Field label={t('activity.columnLabel')}>
          {(props) => (
            <select {...props} value={column} onChange={(e) => setColumn(e.target.value)}>
              {activity.columns.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <div>
        <button type="submit" className="secondary">
          {t('activity.proxySubmit')}
        </button>
      </div>
    </form>
  );
}
