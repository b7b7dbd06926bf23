/** The facilitator's "open an activity" form: kind, presets, texts, options and settings per kind. */
import { type Action, type LiveActivityKind, MJ_GRADES, type RoomState } from '@cercle/core';
import { type FormEvent, useState } from 'react';
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
const PRESETS = [
  { key: 'soar', kind: 'contributions' },
  { key: 'likeWish', kind: 'contributions' },
  { key: 'findings', kind: 'contributions' },
  { key: 'interview', kind: 'form' },
  { key: 'persona', kind: 'form' },
  { key: 'empathy', kind: 'form' },
  { key: 'journey', kind: 'form' },
  { key: 'serviceCard', kind: 'form' },
] as const;

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
        {PRESETS.map(({ key, kind }) => (
          <button
            key={key}
            type="button"
            className="secondary small"
            onClick={() =>
              // Canvases and interview notes are one form per person (or pair, or table).
              set({
                kind,
                ...(kind === 'form'
                  ? { fields: t(`activity.presets.${key}.fields`) }
                  : { columns: t(`activity.presets.${key}.columns`) }),
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
