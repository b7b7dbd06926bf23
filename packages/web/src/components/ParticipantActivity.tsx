/** The participant's view of the current activity's vote (mobile first, big targets). */
import { type ActivityState, type Ballot, LIMITS, type RoomState } from '@cercle/core';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addDot,
  type ConsentAnswer,
  canAddDot,
  consentBallot,
  dotRules,
  dotsBallot,
  dotsLeft,
  formAnswer,
  type GridPick,
  gridBallot,
  initialOrder,
  judgmentBallot,
  moveInOrder,
  pollBallot,
  rankingBallot,
  removeDot,
  scaleBallot,
  scaleValues,
  togglePollChoice,
  toggleUpvote,
} from '../live/activity-model.ts';
import type { BallotItem } from '../live/ballot-outbox.ts';
import { useErrorText } from './ErrorAlert.tsx';
import { Field } from './Field.tsx';

export type Cast = (ballot: unknown) => void;

export function BallotStatus({ item }: { item: BallotItem | undefined }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  return (
    <p
      className={`ballot-status ballot-${item?.state ?? 'none'}`}
      data-testid="ballot-status"
      data-state={item?.state ?? 'none'}
      role="status"
    >
      {!item
        ? ''
        : item.state === 'pending'
          ? t('activity.ballotPending')
          : item.state === 'sent'
            ? t('activity.ballotSent')
            : t('activity.ballotRefused', {
                message: [errorText(item.code ?? 'UNKNOWN'), item.message].filter(Boolean).join(' — '),
              })}
    </p>
  );
}

export function VoteView({
  activity,
  state,
  latest,
  disabled,
  cast,
}: {
  activity: ActivityState;
  state: RoomState;
  latest: BallotItem | undefined;
  disabled: boolean;
  cast: Cast;
}) {
  // The drafts start from the last ballot this phone sent (phones never receive ballots).
  const previous = latest?.ballot as Record<string, unknown> | undefined;
  switch (activity.kind) {
    case 'poll':
      return <PollVote activity={activity} previous={previous} disabled={disabled} cast={cast} />;
    case 'dots':
      return <DotVote activity={activity} previous={previous} disabled={disabled} cast={cast} />;
    case 'ranking':
      return <RankingVote activity={activity} previous={previous} disabled={disabled} cast={cast} />;
    case 'judgment':
      return <JudgmentVote activity={activity} previous={previous} disabled={disabled} cast={cast} />;
    case 'consent':
      return <ConsentVote previous={previous} disabled={disabled} cast={cast} />;
    case 'scale':
      return <ScaleVote activity={activity} previous={previous} disabled={disabled} cast={cast} />;
    case 'grid':
      return <GridVote activity={activity} previous={previous} disabled={disabled} cast={cast} />;
    case 'qa':
      return (
        <QuestionVotes
          activity={activity}
          state={state}
          previous={previous}
          disabled={disabled}
          cast={cast}
        />
      );
    default:
      return null;
  }
}

function SendButton({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  return (
    <button type="submit" className="primary big" disabled={disabled}>
      {t('activity.sendVote')}
    </button>
  );
}

function VoteForm({ onSubmit, children }: { onSubmit: () => void; children: ReactNode }) {
  return (
    <form
      className="stack vote-form"
      noValidate
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      {children}
    </form>
  );
}

type VoteProps = {
  activity: ActivityState;
  previous: Record<string, unknown> | undefined;
  disabled: boolean;
  cast: Cast;
};

function PollVote({ activity, previous, disabled, cast }: VoteProps) {
  const { t } = useTranslation();
  const max = activity.maxChoices ?? 1;
  const [choices, setChoices] = useState<string[]>(() =>
    Array.isArray(previous?.choices) ? (previous.choices as string[]) : [],
  );
  const name = useId();
  return (
    <VoteForm onSubmit={() => cast(pollBallot(choices))}>
      <fieldset disabled={disabled}>
        <legend>{activity.prompt || activity.title}</legend>
        {max > 1 && <p className="hint">{t('activity.pollMax', { count: max })}</p>}
        <div className="choices">
          {activity.options.map((o) => (
            <label key={o.id} className="choice">
              <input
                type={max > 1 ? 'checkbox' : 'radio'}
                name={name}
                value={o.id}
                checked={choices.includes(o.id)}
                onChange={() => setChoices((c) => togglePollChoice(c, o.id, max))}
              />
              <span>{o.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <SendButton disabled={disabled || choices.length === 0} />
    </VoteForm>
  );
}

function DotVote({ activity, previous, disabled, cast }: VoteProps) {
  const { t } = useTranslation();
  const rules = dotRules(activity);
  const [dots, setDots] = useState<Record<string, number>>(() =>
    previous?.dots && typeof previous.dots === 'object'
      ? { ...(previous.dots as Record<string, number>) }
      : {},
  );
  const left = dotsLeft(rules, dots);
  return (
    <VoteForm onSubmit={() => cast(dotsBallot(dots))}>
      <fieldset disabled={disabled}>
        <legend>{activity.prompt || activity.title}</legend>
        <p className="dots-left" aria-live="polite">
          {t('activity.dotsLeft', { count: left, total: rules.tokens })}
        </p>
        {rules.cap < rules.tokens && <p className="hint">{t('activity.dotsCap', { count: rules.cap })}</p>}
        <ul className="dot-options">
          {activity.options.map((o) => {
            const n = dots[o.id] ?? 0;
            return (
              <li key={o.id} className="dot-option">
                <span className="dot-label">{o.label}</span>
                <span className="dot-controls">
                  <button
                    type="button"
                    className="secondary round"
                    disabled={n === 0}
                    aria-label={t('activity.removeDot', { label: o.label })}
                    onClick={() => setDots((d) => removeDot(d, o.id))}
                  >
                    −
                  </button>
                  <output className="dot-count" aria-label={t('activity.dotsOn', { label: o.label })}>
                    {n}
                  </output>
                  <button
                    type="button"
                    className="secondary round"
                    disabled={!canAddDot(rules, dots, o.id)}
                    aria-label={t('activity.addDot', { label: o.label })}
                    onClick={() => setDots((d) => addDot(rules, d, o.id))}
                  >
                    +
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      </fieldset>
      <SendButton disabled={disabled} />
    </VoteForm>
  );
}

function RankingVote({ activity, previous, disabled, cast }: VoteProps) {
  const { t } = useTranslation();
  const ids = activity.options.map((o) => o.id);
  const labels = new Map(activity.options.map((o) => [o.id, o.label]));
  const [order, setOrder] = useState<string[]>(() =>
    initialOrder(ids, Array.isArray(previous?.order) ? (previous.order as string[]) : undefined),
  );
  const [announce, setAnnounce] = useState('');
  const move = (id: string, delta: -1 | 1) => {
    const next = moveInOrder(order, id, delta);
    setOrder(next);
    setAnnounce(t('activity.movedTo', { label: labels.get(id), position: next.indexOf(id) + 1 }));
  };
  return (
    <VoteForm onSubmit={() => cast(rankingBallot(order))}>
      <fieldset disabled={disabled}>
        <legend>{activity.prompt || activity.title}</legend>
        <p className="hint">{t('activity.rankingHint')}</p>
        <ol className="rank-list">
          {order.map((id, i) => (
            <li key={id} className="rank-item">
              <span className="rank-number">{i + 1}.</span>
              <span className="rank-label">{labels.get(id)}</span>
              <span className="rank-buttons">
                <button
                  type="button"
                  className="secondary round"
                  aria-label={t('activity.moveUp', { label: labels.get(id) })}
                  aria-disabled={i === 0}
                  onClick={() => i > 0 && move(id, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="secondary round"
                  aria-label={t('activity.moveDown', { label: labels.get(id) })}
                  aria-disabled={i === order.length - 1}
                  onClick={() => i < order.length - 1 && move(id, 1)}
                >
                  ↓
                </button>
              </span>
            </li>
          ))}
        </ol>
        <p className="visually-hidden" aria-live="polite">
          {announce}
        </p>
      </fieldset>
      <SendButton disabled={disabled} />
    </VoteForm>
  );
}

function JudgmentVote({ activity, previous, disabled, cast }: VoteProps) {
  const { t } = useTranslation();
  const grades = activity.grades ?? [];
  const [picked, setPicked] = useState<Record<string, number>>(() =>
    previous?.grades && typeof previous.grades === 'object'
      ? { ...(previous.grades as Record<string, number>) }
      : {},
  );
  const [missing, setMissing] = useState(false);
  const baseName = useId();
  function submit() {
    const built = judgmentBallot(
      activity.options.map((o) => o.id),
      picked,
    );
    setMissing(!built.ok);
    if (built.ok) cast(built.ballot);
  }
  return (
    <VoteForm onSubmit={submit}>
      {activity.prompt && <p>{activity.prompt}</p>}
      {activity.options.map((o) => (
        <fieldset key={o.id} disabled={disabled} className="grade-group">
          <legend>{t('activity.gradeFor', { label: o.label })}</legend>
          <div className="choices grade-choices">
            {grades.map((g, i) => (
              <label key={g} className="choice">
                <input
                  type="radio"
                  name={`${baseName}-${o.id}`}
                  value={i}
                  checked={picked[o.id] === i}
                  onChange={() => setPicked((p) => ({ ...p, [o.id]: i }))}
                />
                <span>{g}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      {missing && (
        <p className="field-error" role="alert">
          {t('activity.judgmentMissing')}
        </p>
      )}
      <SendButton disabled={disabled} />
    </VoteForm>
  );
}

/**
 * A scale (ACT-10): one big button per value, the chosen one pressed; the ends carry their
 * meaning. Tapping a value sends it at once (like an upvote): one tap, one answer.
 */
function ScaleVote({ activity, previous, disabled, cast }: VoteProps) {
  const { t } = useTranslation();
  const values = scaleValues(activity);
  const [chosen, setChosen] = useState<number | null>(
    typeof previous?.value === 'number' ? previous.value : null,
  );
  const legendId = useId();
  const min = values[0] ?? 1;
  const max = values.at(-1) ?? 5;
  const endLabel = (v: number) =>
    v === min && activity.scale?.minLabel
      ? activity.scale.minLabel
      : v === max && activity.scale?.maxLabel
        ? activity.scale.maxLabel
        : '';
  return (
    <div className="stack scale-vote">
      {activity.prompt && <p className="pre-line">{activity.prompt}</p>}
      <p id={legendId} className="scale-legend">
        {t('activity.scaleLegend', { min, max })}
      </p>
      <ul className="scale-buttons" aria-labelledby={legendId}>
        {values.map((v) => {
          const label = endLabel(v);
          return (
            <li key={v}>
              <button
                type="button"
                className={chosen === v ? 'primary scale-button' : 'secondary scale-button'}
                aria-pressed={chosen === v}
                disabled={disabled}
                onClick={() => {
                  setChosen(v);
                  cast(scaleBallot(v));
                }}
              >
                <span className="scale-value">{v}</span>
                {label && (
                  <>
                    {/* Read as "5 – In great shape", shown on two lines. */}
                    <span className="visually-hidden"> – </span>
                    <span className="scale-end">{label}</span>
                  </>
                )}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/**
 * A scoring grid: per item, a value on each axis from two selects (keyboard- and
 * screen-reader-friendly, no dragging). Items left empty are not scored.
 */
function GridVote({ activity, previous, disabled, cast }: VoteProps) {
  const { t } = useTranslation();
  const values = scaleValues(activity);
  const axes = activity.axes ?? { x: 'X', y: 'Y' };
  const [picks, setPicks] = useState<Record<string, GridPick>>(() => {
    const scores = previous?.scores;
    return scores && typeof scores === 'object' ? { ...(scores as Record<string, GridPick>) } : {};
  });
  const [problem, setProblem] = useState<string | null>(null);
  const labels = new Map(activity.options.map((o) => [o.id, o.label]));
  function submit() {
    const built = gridBallot(
      activity.options.map((o) => o.id),
      picks,
    );
    if (built.ok) {
      setProblem(null);
      cast(built.ballot);
    } else
      setProblem(
        built.incomplete.length > 0
          ? t('activity.gridIncomplete', { items: built.incomplete.map((id) => labels.get(id)).join(', ') })
          : t('activity.gridEmpty'),
      );
  }
  const pick = (id: string, axis: 'x' | 'y', raw: string) =>
    setPicks((p) => {
      const next = { ...p[id] };
      if (raw === '') delete next[axis];
      else next[axis] = Number(raw);
      return { ...p, [id]: next };
    });
  return (
    <VoteForm onSubmit={submit}>
      {activity.prompt && <p className="pre-line">{activity.prompt}</p>}
      <p className="hint">{t('activity.gridHint', { min: values[0], max: values.at(-1) })}</p>
      {activity.options.map((o) => (
        <fieldset key={o.id} disabled={disabled} className="grid-item" data-testid="grid-item">
          <legend>{t('activity.gridItem', { label: o.label })}</legend>
          <div className="inline-fields">
            {(['x', 'y'] as const).map((axis) => (
              <Field key={axis} label={axes[axis]}>
                {(props) => (
                  <select
                    {...props}
                    value={picks[o.id]?.[axis] ?? ''}
                    onChange={(e) => pick(o.id, axis, e.target.value)}
                  >
                    <option value="">{t('activity.notPlaced')}</option>
                    {values.map((v) => (
                      <option key={v} value={v}>
                        {v}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            ))}
          </div>
        </fieldset>
      ))}
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <SendButton disabled={disabled} />
    </VoteForm>
  );
}

const CONSENT_ANSWERS: readonly ConsentAnswer[] = ['consent', 'concern', 'objection'];

function ConsentVote({ previous, disabled, cast }: Omit<VoteProps, 'activity'>) {
  const { t } = useTranslation();
  const [answer, setAnswer] = useState<ConsentAnswer | null>(
    (CONSENT_ANSWERS as readonly unknown[]).includes(previous?.answer)
      ? (previous?.answer as ConsentAnswer)
      : null,
  );
  const [reason, setReason] = useState(typeof previous?.reason === 'string' ? previous.reason : '');
  const [problem, setProblem] = useState<'answer' | 'reason' | null>(null);
  const name = useId();
  const reasonId = useId();
  function submit() {
    const built = consentBallot(answer, reason);
    setProblem(built.ok ? null : built.problem);
    if (built.ok) cast(built.ballot as Ballot['consent']);
  }
  return (
    <VoteForm onSubmit={submit}>
      <fieldset disabled={disabled}>
        <legend>{t('activity.consentLegend')}</legend>
        <div className="choices">
          {CONSENT_ANSWERS.map((a) => (
            <label key={a} className="choice">
              <input
                type="radio"
                name={name}
                value={a}
                checked={answer === a}
                onChange={() => setAnswer(a)}
              />
              <span>{t(`activity.consentAnswers.${a}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className={problem === 'reason' ? 'field field-invalid' : 'field'}>
        <label htmlFor={reasonId}>
          {answer === 'objection' ? t('activity.reasonRequiredLabel') : t('activity.reasonLabel')}
        </label>
        <textarea
          id={reasonId}
          rows={3}
          maxLength={2000}
          disabled={disabled}
          value={reason}
          aria-invalid={problem === 'reason'}
          aria-describedby={problem === 'reason' ? `${reasonId}-error` : undefined}
          onChange={(e) => setReason(e.target.value)}
        />
        {problem === 'reason' && (
          <p className="field-error" id={`${reasonId}-error`}>
            {t('activity.reasonRequired')}
          </p>
        )}
      </div>
      {problem === 'answer' && (
        <p className="field-error" role="alert">
          {t('activity.answerRequired')}
        </p>
      )}
      <SendButton disabled={disabled} />
    </VoteForm>
  );
}

function QuestionVotes({ activity, state, previous, disabled, cast }: VoteProps & { state: RoomState }) {
  const { t } = useTranslation();
  const upvotes = Array.isArray(previous?.upvotes) ? (previous.upvotes as string[]) : [];
  const questions = state.contributions.filter((c) => c.activityId === activity.id && !c.hidden);
  if (questions.length === 0) return <p className="muted">{t('activity.noQuestions')}</p>;
  return (
    <section aria-labelledby="questions-title" className="stack">
      <h3 id="questions-title">{t('activity.questionsTitle')}</h3>
      <ul className="questions phone-questions">
        {questions.map((q) => {
          const on = upvotes.includes(q.id);
          return (
            <li key={q.id} className={q.answered ? 'question question-answered' : 'question'}>
              <span className="question-text">{q.text}</span>
              {q.answered && <span className="badge badge-ok">{t('activity.answered')}</span>}
              <button
                type="button"
                className={on ? 'primary' : 'secondary'}
                aria-pressed={on}
                disabled={disabled}
                onClick={() => cast(toggleUpvote(upvotes, q.id))}
              >
                {t('activity.upvote')}
                <span className="visually-hidden"> : {q.text.slice(0, 60)}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** A form activity (an action plan): one labelled input per field; the answer goes through the outbox. */
export function FormAnswer({
  activity,
  disabled,
  send,
}: {
  activity: ActivityState;
  disabled: boolean;
  send: (text: string, fields: Record<string, string>) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<string, string>>({});
  const [empty, setEmpty] = useState(false);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const answer = formAnswer(activity.fields, values);
    setEmpty(!answer.ok);
    if (!answer.ok) form.querySelector('input')?.focus();
    else if (await send(answer.text, answer.fields)) setValues({});
  }
  return (
    <form onSubmit={submit} noValidate className="stack composer form-fields">
      {activity.fields.map((f) => (
        <Field key={f.key} label={f.label}>
          {(props) => (
            <input
              {...props}
              name={f.key}
              maxLength={LIMITS.contributionTextMax}
              disabled={disabled}
              value={values[f.key] ?? ''}
              onChange={(e) => setValues((v) => ({ ...v, [f.key]: e.target.value }))}
            />
          )}
        </Field>
      ))}
      {empty && (
        <p className="field-error" role="alert">
          {t('activity.formRequired')}
        </p>
      )}
      <button type="submit" className="primary big" disabled={disabled}>
        {t('join.send')}
      </button>
    </form>
  );
}
