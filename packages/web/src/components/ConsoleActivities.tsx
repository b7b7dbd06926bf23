/** The facilitator's side of live activities: the "open an activity" form and one panel per activity. */
import {
  type Action,
  type ActivityState,
  CONTRIBUTION_KINDS,
  type Contribution,
  LIMITS,
  type LiveActivityKind,
  MJ_GRADES,
  type RoomState,
} from '@cercle/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ACTIVITY_KINDS,
  type ActivityDraft,
  type DraftField,
  type DraftProblem,
  draftToActivity,
  NEEDS_OPTIONS,
  SCALE_BOUND,
  SCALE_LABEL_MAX,
} from '../live/activity-model.ts';
import { newClientId } from '../live/outbox.ts';
import { ActivityResults } from './ActivityResults.tsx';
import { EditTextForm } from './EditTextForm.tsx';
import { Field } from './Field.tsx';
import { ReadingDocumentPicker } from './ReadingDocuments.tsx';

type Run = (action: Action, done?: string) => Promise<boolean>;

const PROBLEM_KEYS: Record<DraftProblem, string> = {
  required: 'form.required',
  twoOptions: 'activity.problemTwoOptions',
  number: 'activity.problemNumber',
  twoGrades: 'activity.problemTwoGrades',
  oneField: 'activity.problemOneField',
  scaleRange: 'activity.problemScaleRange',
  oneItem: 'activity.problemOneItem',
  document: 'activity.problemDocument',
};

function emptyDraft(language: string): ActivityDraft {
  return {
    kind: 'contributions',
    title: '',
    prompt: '',
    options: '',
    columns: '',
    fields: '',
    tokens: '5',
    cap: '',
    maxChoices: '1',
    grades: (language.startsWith('en') ? MJ_GRADES.en : MJ_GRADES.fr).join('\n'),
    anonymous: false,
    private: true,
    scaleMin: '1',
    scaleMax: '5',
    minLabel: '',
    maxLabel: '',
    axisX: '',
    axisY: '',
    document: null,
  };
}

/** Columns and forms facilitators use again and again: SOAR, I like / I wish / What if, interview guides, canvases. */
const COLUMN_PRESETS = ['soar', 'likeWish', 'findings'] as const;
const FORM_PRESETS = ['interview', 'persona', 'empathy', 'journey', 'serviceCard'] as const;
export function ActivityForm({
  run,
  sequence,
  sessionPath,
}: {
  run: Run;
  sequence: RoomState['sequence'];
  /** The session's API path (documents of readings). */
  sessionPath: string;
}) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState(() => emptyDraft(i18n.language));
  const [problems, setProblems] = useState<Partial<Record<DraftField, DraftProblem>>>({});
  const set = (patch: Partial<ActivityDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const error = (field: DraftField) => (problems[field] ? t(PROBLEM_KEYS[problems[field]]) : null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const built = draftToActivity(draft, newClientId(), sequence?.sequenceId ?? null);
    if (!built.ok) {
      setProblems(built.problems);
      requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setProblems({});
    const ok = await run({ kind: 'activity.open', activity: built.activity }, t('activity.opened'));
    if (ok) setDraft((d) => ({ ...emptyDraft(i18n.language), kind: d.kind }));
  }

  const kind = draft.kind;
  return (
    <form onSubmit={submit} noValidate className="stack activity-form" aria-labelledby="open-activity-title">
      <h2 id="open-activity-title">{t('activity.openTitle')}</h2>
      <Field label={t('activity.kindLabel')}>
        {(props) => (
          <select
            {...props}
            name="kind"
            value={kind}
            onChange={(e) => {
              const next = e.target.value as LiveActivityKind;
              // Questions must be visible to be upvoted: Q&A starts public.
              set({ kind: next, private: next === 'qa' ? false : draft.private });
            }}
          >
            {ACTIVITY_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`activity.kinds.${k}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset className="presets">
        <legend className="muted">{t('activity.presetsLabel')}</legend>
        <button
          type="button"
          className="secondary small"
          onClick={() =>
            // An action plan is built together: its rows show on the wall as they come.
            set({
              kind: 'form',
              fields: t('activity.actionPlanFields'),
              title: draft.title.trim() ? draft.title : t('activity.actionPlanTitle'),
              private: false,
            })
          }
        >
          {t('activity.presetActionPlan')}
        </button>
        {COLUMN_PRESETS.map((key) => (
          <button
            key={key}
            type="button"
            className="secondary small"
            onClick={() =>
              set({
                kind: 'contributions',
                columns: t(`activity.presets.${key}.columns`),
                title: draft.title.trim() ? draft.title : t(`activity.presets.${key}.title`),
              })
            }
          >
            {t(`activity.presets.${key}.label`)}
          </button>
        ))}
        {FORM_PRESETS.map((key) => (
          <button
            key={key}
            type="button"
            className="secondary small"
            onClick={() =>
              // Interview notes and canvases are one form per person (or per pair, per table).
              set({
                kind: 'form',
                fields: t(`activity.presets.${key}.fields`),
                title: draft.title.trim() ? draft.title : t(`activity.presets.${key}.title`),
              })
            }
          >
            {t(`activity.presets.${key}.label`)}
          </button>
        ))}
      </fieldset>
      <Field label={t('activity.titleLabel')} error={error('title')}>
        {(props) => (
          <input
            {...props}
            name="title"
            maxLength={200}
            value={draft.title}
            onChange={(e) => set({ title: e.target.value })}
          />
        )}
      </Field>
      <Field label={t('activity.promptLabel')}>
        {(props) => (
          <textarea
            {...props}
            name="prompt"
            rows={2}
            maxLength={1000}
            value={draft.prompt}
            onChange={(e) => set({ prompt: e.target.value })}
          />
        )}
      </Field>
      {(NEEDS_OPTIONS.has(kind) || kind === 'grid') && (
        <Field
          label={kind === 'grid' ? t('activity.itemsLabel') : t('activity.optionsLabel')}
          hint={t('activity.onePerLine')}
          error={error('options')}
        >
          {(props) => (
            <textarea
              {...props}
              name="options"
              rows={4}
              value={draft.options}
              onChange={(e) => set({ options: e.target.value })}
            />
          )}
        </Field>
      )}
      {kind === 'grid' && (
        <div className="inline-fields">
          <Field label={t('activity.axisXLabel')} error={error('axisX')}>
            {(props) => (
              <input
                {...props}
                name="axisX"
                maxLength={200}
                value={draft.axisX}
                onChange={(e) => set({ axisX: e.target.value })}
              />
            )}
          </Field>
          <Field label={t('activity.axisYLabel')} error={error('axisY')}>
            {(props) => (
              <input
                {...props}
                name="axisY"
                maxLength={200}
                value={draft.axisY}
                onChange={(e) => set({ axisY: e.target.value })}
              />
            )}
          </Field>
        </div>
      )}
      {(kind === 'scale' || kind === 'grid') && (
        <ScaleFields draft={draft} set={set} error={error('scale')} withLabels={kind === 'scale'} />
      )}
      {kind === 'reading' && (
        <ReadingDocumentPicker
          sessionPath={sessionPath}
          value={draft.document}
          onChange={(document) => set({ document })}
          error={error('document')}
        />
      )}
      {kind === 'contributions' && (
        <Field label={t('activity.columnsLabel')} hint={t('activity.columnsHint')}>
          {(props) => (
            <textarea
              {...props}
              name="columns"
              rows={3}
              value={draft.columns}
              onChange={(e) => set({ columns: e.target.value })}
            />
          )}
        </Field>
      )}
      {kind === 'form' && (
        <Field label={t('activity.fieldsLabel')} hint={t('activity.fieldsHint')} error={error('fields')}>
          {(props) => (
            <textarea
              {...props}
              name="fields"
              rows={4}
              value={draft.fields}
              onChange={(e) => set({ fields: e.target.value })}
            />
          )}
        </Field>
      )}
      {kind === 'poll' && (
        <Field label={t('activity.maxChoicesLabel')} error={error('maxChoices')}>
          {(props) => (
            <input
              {...props}
              name="maxChoices"
              type="number"
              min={1}
              max={50}
              inputMode="numeric"
              value={draft.maxChoices}
              onChange={(e) => set({ maxChoices: e.target.value })}
            />
          )}
        </Field>
      )}
      {kind === 'dots' && (
        <div className="inline-fields">
          <Field label={t('activity.tokensLabel')} error={error('tokens')}>
            {(props) => (
              <input
                {...props}
                name="tokens"
                type="number"
                min={1}
                max={100}
                inputMode="numeric"
                value={draft.tokens}
                onChange={(e) => set({ tokens: e.target.value })}
              />
            )}
          </Field>
          <Field label={t('activity.capLabel')} error={error('cap')}>
            {(props) => (
              <input
                {...props}
                name="cap"
                type="number"
                min={1}
                max={100}
                inputMode="numeric"
                value={draft.cap}
                onChange={(e) => set({ cap: e.target.value })}
              />
            )}
          </Field>
        </div>
      )}
      {kind === 'judgment' && (
        <Field label={t('activity.gradesLabel')} hint={t('activity.gradesHint')} error={error('grades')}>
          {(props) => (
            <textarea
              {...props}
              name="grades"
              rows={7}
              value={draft.grades}
              onChange={(e) => set({ grades: e.target.value })}
            />
          )}
        </Field>
      )}
      <div className="checkbox-field">
        <input
          id="activity-anonymous"
          type="checkbox"
          checked={draft.anonymous}
          aria-describedby="activity-anonymous-hint"
          onChange={(e) => set({ anonymous: e.target.checked })}
        />
        <label htmlFor="activity-anonymous">{t('activity.anonymousLabel')}</label>
        <p className="hint" id="activity-anonymous-hint">
          {t('activity.anonymousHint')}
        </p>
      </div>
      <div className="checkbox-field">
        <input
          id="activity-private"
          type="checkbox"
          checked={draft.private}
          aria-describedby="activity-private-hint"
          onChange={(e) => set({ private: e.target.checked })}
        />
        <label htmlFor="activity-private">{t('activity.privateLabel')}</label>
        <p className="hint" id="activity-private-hint">
          {t('activity.privateHint')}
        </p>
      </div>
      <p className="muted">
        {sequence ? t('activity.tiedTo', { title: sequence.title }) : t('activity.notTied')}
      </p>
      <div>
        <button type="submit" className="primary">
          {t('activity.openSubmit')}
        </button>
      </div>
    </form>
  );
}

/** A scale's (or grid's) bounds, and for a scale what its two ends mean. */
function ScaleFields({
  draft,
  set,
  error,
  withLabels,
}: {
  draft: ActivityDraft;
  set: (patch: Partial<ActivityDraft>) => void;
  error: string | null;
  withLabels: boolean;
}) {
  const { t } = useTranslation();
  const bound = (name: 'scaleMin' | 'scaleMax', label: string) => (
    <Field label={label} error={name === 'scaleMax' ? error : null}>
      {(props) => (
        <input
          {...props}
          name={name}
          type="number"
          min={-SCALE_BOUND}
          max={SCALE_BOUND}
          inputMode="numeric"
          value={draft[name]}
          onChange={(e) => set({ [name]: e.target.value })}
        />
      )}
    </Field>
  );
  const end = (name: 'minLabel' | 'maxLabel', label: string) => (
    <Field label={label}>
      {(props) => (
        <input
          {...props}
          name={name}
          maxLength={SCALE_LABEL_MAX}
          value={draft[name]}
          onChange={(e) => set({ [name]: e.target.value })}
        />
      )}
    </Field>
  );
  return (
    <>
      <div className="inline-fields">
        {bound('scaleMin', t('activity.scaleMinLabel'))}
        {bound('scaleMax', t('activity.scaleMaxLabel'))}
      </div>
      {withLabels && (
        <div className="inline-fields">
          {end('minLabel', t('activity.minEndLabel'))}
          {end('maxLabel', t('activity.maxEndLabel'))}
        </div>
      )}
    </>
  );
}

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
