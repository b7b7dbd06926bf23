/**
 * Who is in the room (JOIN-1): the questions asked at the door, edited by the facilitator, and
 * the roster with everyone's answers and how many gave each answer (to mix or match groups).
 */
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, api, toApiError } from '../api.ts';
import { useApi } from '../hooks.ts';
import {
  answerCounts,
  draftsFromQuestions,
  emptyQuestionDraft,
  type JoinQuestion,
  MAX_JOIN_QUESTIONS,
  type QuestionDraft,
  questionsFromDrafts,
  type RosterEntry,
} from '../live/join-questions-model.ts';
import { ErrorAlert } from './ErrorAlert.tsx';
import { Field } from './Field.tsx';

export function JoinQuestionsEditor({
  sessionPath,
  questions,
  onSaved,
}: {
  sessionPath: string;
  questions: readonly JoinQuestion[];
  onSaved: (questions: JoinQuestion[]) => void;
}) {
  const { t } = useTranslation();
  const [drafts, setDrafts] = useState<QuestionDraft[]>(() => draftsFromQuestions(questions));
  const [missing, setMissing] = useState<number[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState('');
  const [busy, setBusy] = useState(false);
  const patch = (i: number, change: Partial<QuestionDraft>) =>
    setDrafts((list) => list.map((d, j) => (j === i ? { ...d, ...change } : d)));

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const built = questionsFromDrafts(drafts);
    setDone('');
    setError(null);
    if (!built.ok) {
      setMissing(built.missingLabel);
      requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setMissing([]);
    setBusy(true);
    try {
      await api(`${sessionPath}/join-questions`, { method: 'PUT', body: { questions: built.questions } });
      setDrafts(draftsFromQuestions(built.questions));
      setDone(t('room.questionsSaved'));
      onSaved(built.questions);
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={save} noValidate className="stack join-questions" aria-labelledby="join-questions-title">
      <h2 id="join-questions-title">{t('room.joinQuestionsTitle')}</h2>
      <p className="hint">{t('room.joinQuestionsHint')}</p>
      <ErrorAlert error={error} />
      {drafts.map((d, i) => (
        <QuestionRow
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional until saved (no key yet)
          key={i}
          n={i + 1}
          draft={d}
          missing={missing.includes(i)}
          onChange={(change) => patch(i, change)}
          onRemove={() => setDrafts((list) => list.filter((_, j) => j !== i))}
        />
      ))}
      <div className="actions">
        <button
          type="button"
          className="secondary"
          disabled={drafts.length >= MAX_JOIN_QUESTIONS}
          onClick={() => setDrafts((list) => [...list, emptyQuestionDraft()])}
        >
          {t('room.addQuestion')}
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {t('room.saveQuestions')}
        </button>
      </div>
      <p role="status" className="muted">
        {done}
      </p>
    </form>
  );
}

function QuestionRow({
  n,
  draft,
  missing,
  onChange,
  onRemove,
}: {
  n: number;
  draft: QuestionDraft;
  missing: boolean;
  onChange: (change: Partial<QuestionDraft>) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const requiredId = useId();
  return (
    <fieldset className="question-row" data-testid="join-question">
      <legend>{t('room.questionLabel', { n })}</legend>
      <Field label={t('room.questionText', { n })} error={missing ? t('form.required') : null}>
        {(props) => (
          <input
            {...props}
            maxLength={100}
            value={draft.label}
            onChange={(e) => onChange({ label: e.target.value })}
          />
        )}
      </Field>
      <Field label={t('room.questionOptions', { n })} hint={t('room.questionOptionsHint')}>
        {(props) => (
          <textarea
            {...props}
            rows={2}
            value={draft.options}
            onChange={(e) => onChange({ options: e.target.value })}
          />
        )}
      </Field>
      <div className="checkbox-field">
        <input
          id={requiredId}
          type="checkbox"
          checked={draft.required}
          onChange={(e) => onChange({ required: e.target.checked })}
        />
        <label htmlFor={requiredId}>{t('room.questionRequired', { n })}</label>
      </div>
      <div>
        <button type="button" className="danger small" onClick={onRemove}>
          {t('room.removeQuestion', { n })}
        </button>
      </div>
    </fieldset>
  );
}

/** The roster, fetched again when the number of connected phones changes or on demand. */
export function Roster({
  sessionPath,
  questions,
  refreshKey,
}: {
  sessionPath: string;
  questions: readonly JoinQuestion[];
  refreshKey: number | null;
}) {
  const { t } = useTranslation();
  const loaded = useApi<{ participants: RosterEntry[] }>(`${sessionPath}/participants`);
  const { reload } = loaded;
  // Someone joined or left: the roster is fetched again.
  useEffect(() => {
    if (refreshKey !== null) reload();
  }, [refreshKey, reload]);
  const roster = loaded.data?.participants ?? [];
  const counts = answerCounts(questions, roster);
  return (
    <section className="stack roster" aria-labelledby="roster-title" data-testid="roster">
      <h2 id="roster-title">{t('room.rosterTitle', { count: roster.length })}</h2>
      <ErrorAlert error={loaded.error} />
      <div>
        <button type="button" className="secondary small" onClick={reload}>
          {t('room.refresh')}
        </button>
      </div>
      {roster.length === 0 ? (
        <p className="muted">{t('room.noParticipants')}</p>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
        <section className="table-scroll" tabIndex={0} aria-labelledby="roster-caption">
          <table className="roster-table">
            <caption id="roster-caption">{t('room.rosterCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('room.nicknameColumn')}</th>
                {questions.map((q) => (
                  <th key={q.key} scope="col">
                    {q.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {roster.map((p) => (
                <tr key={p.id} data-testid="roster-row">
                  <th scope="row">{p.nickname}</th>
                  {questions.map((q) => (
                    <td key={q.key}>{p.attributes[q.key] ?? '—'}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {questions.length > 0 && roster.length > 0 && (
        <>
          <h3>{t('room.countsTitle')}</h3>
          {counts.map((c) => {
            const q = questions.find((x) => x.key === c.key);
            return (
              <div key={c.key} className="answer-counts" data-testid="answer-counts" data-question={c.key}>
                <p className="answer-counts-title">{q?.label}</p>
                <ul className="link-list inline">
                  {c.counts.map((a) => (
                    <li key={a.answer} data-answer={a.answer} data-count={a.count}>
                      {t('room.answerCount', { answer: a.answer, count: a.count })}
                    </li>
                  ))}
                  {c.unanswered > 0 && <li>{t('room.unanswered', { count: c.unanswered })}</li>}
                </ul>
              </div>
            );
          })}
        </>
      )}
    </section>
  );
}
