import { LIMITS, normaliseJoinCode } from '@cercle/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import { type ApiError, api, toApiError } from '../api.ts';
import type { JoinAnswer, JoinQuestion, Participant, PublicSession } from '../api-types.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { Field } from '../components/Field.tsx';
import { focusFirstInvalid, useApi, useDocumentTitle } from '../hooks.ts';
import { type JoinAnswerProblem, joinAttributes, joinProblemOf } from '../live/join-questions-model.ts';
import {
  forgetParticipant,
  loadParticipant,
  type StoredParticipant,
  saveParticipant,
} from '../participant/storage.ts';
import { ParticipantLive } from './ParticipantLive.tsx';

type Phase = { kind: 'checking' } | { kind: 'nickname' } | { kind: 'live'; stored: StoredParticipant };

export function JoinSessionPage() {
  const { t } = useTranslation();
  const { code: raw = '' } = useParams();
  const code = normaliseJoinCode(raw);
  if (!code) {
    return (
      <div className="participant narrow stack">
        <h1>{t('join.title')}</h1>
        <p className="alert" role="alert">
          {t('join.invalidCode')}
        </p>
        <Link to="/join">{t('join.otherCode')}</Link>
      </div>
    );
  }
  if (code !== raw) return <Navigate to={`/join/${code}`} replace />;
  return <JoinSession key={code} code={code} />;
}

function JoinSession({ code }: { code: string }) {
  const { t } = useTranslation();
  const session = useApi<{ session: PublicSession }>(`/api/join/${code}`);
  const [phase, setPhase] = useState<Phase>(() =>
    loadParticipant(code) ? { kind: 'checking' } : { kind: 'nickname' },
  );
  const title = session.data?.session.title;
  useDocumentTitle(title ?? t('join.title'));

  // A stored token is checked once; only a clear 401 forgets it (offline keeps it, the outbox needs it).
  useEffect(() => {
    const stored = loadParticipant(code);
    if (!stored) return;
    const controller = new AbortController();
    api<{ participant: Participant; sessionId: string }>(`/api/join/${code}/me`, {
      token: stored.token,
      signal: controller.signal,
    })
      .then((me) => {
        const fresh = { ...stored, participant: me.participant, sessionId: me.sessionId };
        saveParticipant(code, fresh);
        setPhase({ kind: 'live', stored: fresh });
      })
      .catch((e: unknown) => {
        if (controller.signal.aborted) return;
        const error = toApiError(e);
        if (error.status === 401) {
          forgetParticipant(code);
          setPhase({ kind: 'nickname' });
        } else {
          setPhase({ kind: 'live', stored });
        }
      });
    return () => controller.abort();
  }, [code]);

  const joined = (stored: StoredParticipant) => {
    saveParticipant(code, stored);
    setPhase({ kind: 'live', stored });
  };
  const lostAccess = () => {
    forgetParticipant(code);
    setPhase({ kind: 'nickname' });
  };

  return (
    <div className="participant stack">
      <h1>{title ?? t('join.title')}</h1>
      {phase.kind === 'checking' && <p role="status">{t('common.loading')}</p>}
      {phase.kind === 'nickname' &&
        (session.error ? (
          <>
            <ErrorAlert error={session.error} />
            <Link to="/join">{t('join.otherCode')}</Link>
          </>
        ) : session.data?.session.status === 'closed' ? (
          <>
            <p className="notice">{t('errors.SESSION_CLOSED')}</p>
            <Link to="/join">{t('join.otherCode')}</Link>
          </>
        ) : (
          <NicknameForm code={code} questions={session.data?.session.joinQuestions ?? []} onJoined={joined} />
        ))}
      {phase.kind === 'live' && (
        <ParticipantLive
          key={phase.stored.token}
          code={code}
          stored={phase.stored}
          onLostAccess={lostAccess}
        />
      )}
    </div>
  );
}

const PROBLEM_KEYS: Record<JoinAnswerProblem, string> = {
  required: 'join.answerRequired',
  choose: 'join.answerChoose',
  invalid: 'join.answerInvalid',
};

function NicknameForm({
  code,
  questions,
  onJoined,
}: {
  code: string;
  questions: readonly JoinQuestion[];
  onJoined: (stored: StoredParticipant) => void;
}) {
  const { t } = useTranslation();
  const [nickname, setNickname] = useState('');
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [answerProblems, setAnswerProblems] = useState<Record<string, JoinAnswerProblem>>({});
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = nickname.trim();
    const problem = !trimmed
      ? t('form.required')
      : trimmed.length > LIMITS.nicknameMax
        ? t('form.tooLong', { max: LIMITS.nicknameMax })
        : null;
    const checked = joinAttributes(questions, answers);
    setFieldError(problem);
    setAnswerProblems(checked.ok ? {} : checked.problems);
    setError(null);
    const form = event.currentTarget;
    if (problem || !checked.ok) return focusFirstInvalid(form);
    setBusy(true);
    try {
      const answer = await api<JoinAnswer>(`/api/join/${code}`, {
        method: 'POST',
        body: { nickname: trimmed, attributes: checked.attributes },
        csrf: false,
      });
      onJoined({ token: answer.token, participant: answer.participant, sessionId: answer.sessionId });
    } catch (e) {
      const apiError = toApiError(e);
      // The server names the question it refuses (the questions may have changed meanwhile).
      const named = joinProblemOf(apiError.message);
      if (named && questions.some((q) => q.key === named.key)) {
        setAnswerProblems({ [named.key]: named.problem });
        focusFirstInvalid(form);
      }
      setError(apiError);
      setBusy(false);
    }
  }

  return (
    <section className="stack">
      <h2 id="nickname-title">{t('join.nicknameTitle')}</h2>
      <form onSubmit={submit} noValidate className="stack">
        <ErrorAlert error={error} />
        <Field label={t('join.nickname')} hint={t('join.nicknameHint')} error={fieldError}>
          {(props) => (
            <input
              {...props}
              name="nickname"
              autoComplete="nickname"
              required
              maxLength={LIMITS.nicknameMax}
              value={nickname}
              onChange={(e) => setNickname(e.target.value)}
            />
          )}
        </Field>
        {questions.map((q) => (
          <Field
            key={q.key}
            label={q.required ? `${q.label} ${t('join.required')}` : q.label}
            error={answerProblems[q.key] ? t(PROBLEM_KEYS[answerProblems[q.key]!]) : null}
          >
            {(props) =>
              q.options.length > 0 ? (
                <select
                  {...props}
                  name={`q-${q.key}`}
                  required={q.required}
                  value={answers[q.key] ?? ''}
                  onChange={(e) => setAnswers((a) => ({ ...a, [q.key]: e.target.value }))}
                >
                  <option value="">{t('join.choose')}</option>
                  {q.options.map((o) => (
                    <option key={o} value={o}>
                      {o}
                    </option>
                  ))}
                </select>
              ) : (
                <input
                  {...props}
                  name={`q-${q.key}`}
                  required={q.required}
                  maxLength={LIMITS.joinAnswerMax}
                  value={answers[q.key] ?? ''}
                  onChange={(e) => setAnswers((a) => ({ ...a, [q.key]: e.target.value }))}
                />
              )
            }
          </Field>
        ))}
        <button type="submit" className="primary big" disabled={busy}>
          {t('join.enter')}
        </button>
      </form>
    </section>
  );
}
