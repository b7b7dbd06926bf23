import { type Action, LIMITS } from '@cercle/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, toApiError } from '../api.ts';
import type { LiveSession } from '../api-types.ts';
import { ActivityForm } from '../components/ActivityForm.tsx';
import { ActivityControl } from '../components/ConsoleActivities.tsx';
import { ConnectionBadge, ContributionAnnouncer } from '../components/ContributionAnnouncer.tsx';
import { ErrorAlert, useErrorText } from '../components/ErrorAlert.tsx';
import { Field } from '../components/Field.tsx';
import { ContributionList, CurrentSequencePanel, FatalNotice, JoinPanel } from '../components/LivePieces.tsx';
import { ReactionCounts, ReadyCheckControl } from '../components/RoomSignals.tsx';
import { RunOfShow } from '../components/RunOfShow.tsx';
import { JoinQuestionsEditor, Roster } from '../components/SessionPeople.tsx';
import { Timer } from '../components/Timer.tsx';
import { OpenSpaceConvergence } from '../convergence/OpenSpaceConvergence.tsx';
import { GroupsPanel } from '../groups/GroupsPanel.tsx';
import { useApi, useDocumentTitle } from '../hooks.ts';
import { RequestError } from '../live/connection.ts';
import { useLiveConnection } from '../live/hooks.ts';
import { OpenSpaceConsole } from '../openspace/OpenSpaceConsole.tsx';

export function LiveConsolePage() {
  const { t } = useTranslation();
  const { orgId = '', sessionId = '' } = useParams();
  const path = `/api/organisations/${encodeURIComponent(orgId)}/live-sessions/${encodeURIComponent(sessionId)}`;
  const loaded = useApi<{ session: LiveSession }>(path);
  const session = loaded.data?.session;
  useDocumentTitle(session?.title);
  if (loaded.error) {
    return (
      <>
        <h1>{t('common.notFoundTitle')}</h1>
        <ErrorAlert error={loaded.error} />
        <Link to={`/org/${orgId}`}>{t('console.backToOrg')}</Link>
      </>
    );
  }
  if (!session) return <p role="status">{t('common.loading')}</p>;
  return <Console key={session.id} session={session} orgId={orgId} />;
}

function Console({ session, orgId }: { session: LiveSession; orgId: string }) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const [view, connection] = useLiveConnection({ credentials: { sessionId: session.id } });
  const { state } = view;
  const [draft, setDraft] = useState<string | null>(null);
  const [minutes, setMinutes] = useState('5');
  const [minutesError, setMinutesError] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const [closedByRequest, setClosedByRequest] = useState(false);
  const [joinQuestions, setJoinQuestions] = useState(session.joinQuestions ?? []);
  const sessionPath = `/api/organisations/${encodeURIComponent(orgId)}/live-sessions/${encodeURIComponent(session.id)}`;
  const role = view.welcome?.role;
  const canDrive = role === 'owner' || role === 'facilitator';
  const closed = state.closed || closedByRequest || session.status === 'closed' || view.fatal === 'closed';

  async function run(action: Action, done?: string): Promise<boolean> {
    setActionError(null);
    setNotice('');
    try {
      await connection.request(action);
      if (done) setNotice(done);
      return true;
    } catch (e) {
      const code = e instanceof RequestError ? e.code : 'UNKNOWN';
      const detail = e instanceof RequestError && e.detail ? ` (${e.detail})` : '';
      setActionError(`${errorText(code)}${detail}`);
      return false;
    }
  }

  function setMessage(event: FormEvent) {
    event.preventDefault();
    const text = (draft ?? state.message).trim();
    void run({ kind: 'message.set', text }, t('console.messageSaved')).then(() => setDraft(null));
  }

  function startTimer(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = Number(minutes.replace(',', '.'));
    const max = LIMITS.timerMaxSeconds / 60;
    if (!Number.isFinite(value) || value <= 0 || value > max) {
      setMinutesError(t('form.outOfRange', { min: 1, max }));
      return;
    }
    setMinutesError(null);
    void run({ kind: 'timer.start', durationSeconds: Math.max(1, Math.round(value * 60)) });
  }

  async function closeSession() {
    setActionError(null);
    try {
      await api(`${sessionPath}/close`, { method: 'POST' });
      setClosedByRequest(true);
    } catch (e) {
      setActionError(errorText(toApiError(e).code));
    }
  }

  const timer = state.timer;
  const free = state.contributions.filter((c) => !c.activityId);
  const activities = [...state.activities].sort((a, b) => b.openedSeq - a.openedSeq);
  const live = activities.filter((a) => a.status !== 'closed');
  const closedActivities = activities.filter((a) => a.status === 'closed');
  return (
    <div className="console">
      <div className="console-head">
        <div>
          <h1>{session.title}</h1>
          <p>
            <Link to={`/org/${orgId}`}>{t('console.backToOrg')}</Link>
          </p>
        </div>
        {!closed && <ConnectionBadge status={view.status} online={view.online} />}
        {!closed && view.connectedParticipants !== null && (
          <p className="presence" data-testid="presence">
            {t('console.connected', { count: view.connectedParticipants })}
          </p>
        )}
      </div>
      <FatalNotice reason={view.fatal === 'closed' ? null : view.fatal} />
      {closed && (
        <p className="notice" role="status">
          {t('console.sessionClosed')}
        </p>
      )}
      {actionError && (
        <p className="alert" role="alert">
          {actionError}
        </p>
      )}
      <p role="status" className="muted console-notice">
        {notice}
      </p>
      <div className="console-grid">
        <section className="panel">
          <JoinPanel code={session.code} joinUrl={session.joinUrl} />
          <p>
            <a href={`/wall/${encodeURIComponent(session.code)}`} target="_blank" rel="noopener">
              {t('console.openWall')}
            </a>
          </p>
        </section>

        <section className="panel">
          <h2 id="timer-title">{t('console.timerTitle')}</h2>
          <Timer timer={timer} offsetMs={view.offsetMs} className="timer-console" />
          {canDrive && !closed && (
            <>
              <form onSubmit={startTimer} noValidate className="inline-form">
                <Field label={t('console.minutes')} error={minutesError}>
                  {(props) => (
                    <input
                      {...props}
                      name="minutes"
                      type="number"
                      inputMode="decimal"
                      min={1}
                      max={LIMITS.timerMaxSeconds / 60}
                      step="any"
                      value={minutes}
                      onChange={(e) => setMinutes(e.target.value)}
                    />
                  )}
                </Field>
                <button type="submit" className="primary">
                  {t('console.start')}
                </button>
              </form>
              <div className="actions">
                <button
                  type="button"
                  className="secondary"
                  disabled={timer.status !== 'running'}
                  onClick={() => void run({ kind: 'timer.pause' })}
                >
                  {t('console.pause')}
                </button>
                <button
                  type="button"
                  className="secondary"
                  disabled={timer.status !== 'paused'}
                  onClick={() => void run({ kind: 'timer.resume' })}
                >
                  {t('console.resume')}
                </button>
                <button
                  type="button"
                  className="secondary"
                  disabled={timer.status === 'idle'}
                  onClick={() => void run({ kind: 'timer.add', seconds: 60 })}
                >
                  {t('console.addMinute')}
                </button>
                <button
                  type="button"
                  className="secondary"
                  disabled={timer.status === 'idle'}
                  onClick={() => void run({ kind: 'timer.add', seconds: -60 })}
                >
                  {t('console.removeMinute')}
                </button>
                <button
                  type="button"
                  className="secondary"
                  disabled={timer.status === 'idle'}
                  onClick={() => void run({ kind: 'timer.reset' })}
                >
                  {t('console.reset')}
                </button>
              </div>
            </>
          )}
        </section>

        <section className="panel">
          <h2 id="message-title">{t('console.messageTitle')}</h2>
          {canDrive && !closed ? (
            <form onSubmit={setMessage} className="stack">
              <Field label={t('console.messageLabel')}>
                {(props) => (
                  <textarea
                    {...props}
                    name="message"
                    rows={3}
                    maxLength={LIMITS.facilitatorMessageMax}
                    value={draft ?? state.message}
                    onChange={(e) => setDraft(e.target.value)}
                  />
                )}
              </Field>
              <div className="actions">
                <button type="submit" className="primary">
                  {t('console.messageSubmit')}
                </button>
              </div>
            </form>
          ) : (
            <p>{state.message || t('join.noMessage')}</p>
          )}
          {role === 'observer' && <p className="muted">{t('console.observerNote')}</p>}
        </section>
      </div>

      <div className="console-grid">
        <section className="panel" aria-labelledby="sequence-title">
          <h2 id="sequence-title">{t('activity.sequenceTitle')}</h2>
          <CurrentSequencePanel sequence={state.sequence} />
          {session.missionId ? (
            <RunOfShow
              orgId={orgId}
              missionId={session.missionId}
              sessionTitle={session.title}
              current={state.sequence}
              canDrive={canDrive && !closed}
              run={run}
            />
          ) : (
            <p className="muted">{t('activity.noRunOfShow')}</p>
          )}
        </section>
        {canDrive && !closed && (
          <section className="panel">
            <ActivityForm run={run} sequence={state.sequence} sessionPath={sessionPath} />
          </section>
        )}
      </div>

      <div className="console-grid">
        <ReadyCheckControl
          ready={state.ready}
          connected={view.connectedParticipants}
          run={run}
          canDrive={canDrive && !closed}
        />
        <div className="panel">
          <ReactionCounts reactions={state.reactions} />
        </div>
      </div>

      <section className="stack" aria-labelledby="activities-title">
        <h2 id="activities-title">{t('activity.activitiesTitle')}</h2>
        {live.length === 0 && <p className="muted">{t('activity.noActivities')}</p>}
        {live.map((a) => (
          <ActivityControl key={a.id} activity={a} state={state} run={run} canDrive={canDrive && !closed} />
        ))}
        {closedActivities.length > 0 && (
          <details className="panel">
            <summary>{t('activity.closedActivities', { count: closedActivities.length })}</summary>
            {closedActivities.map((a) => (
              <ActivityControl key={a.id} activity={a} state={state} run={run} canDrive={false} />
            ))}
          </details>
        )}
      </section>

      <GroupsPanel
        state={state}
        run={run}
        sessionPath={sessionPath}
        questions={joinQuestions}
        canDrive={canDrive && !closed}
        refreshKey={view.connectedParticipants}
      />

      <OpenSpaceConsole
        state={state}
        connection={connection}
        sessionPath={sessionPath}
        canDrive={canDrive && !closed}
      />
      <OpenSpaceConvergence
        state={state}
        run={run}
        sessionPath={sessionPath}
        canDrive={canDrive && !closed}
      />

      <div className="console-grid">
        {canDrive && !closed && (
          <section className="panel">
            <JoinQuestionsEditor
              sessionPath={sessionPath}
              questions={joinQuestions}
              onSaved={setJoinQuestions}
            />
          </section>
        )}
        <section className="panel">
          <Roster
            sessionPath={sessionPath}
            questions={joinQuestions}
            refreshKey={view.connectedParticipants}
          />
        </section>
      </div>

      <section className="panel">
        <h2 id="contributions-title">{t('console.contributionsTitle', { count: free.length })}</h2>
        <ContributionAnnouncer count={free.length} />
        <ContributionList contributions={free} language={i18n.language} />
      </section>

      {canDrive && !closed && (
        <p>
          <button type="button" className="danger" onClick={() => void closeSession()}>
            {t('console.closeSession')}
          </button>
        </p>
      )}
    </div>
  );
}
