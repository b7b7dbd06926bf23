import type { MissionStep } from '@cercle/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { type ApiError, api, toApiError } from '../api.ts';
import type { DashboardStep, LiveSession, MissionAnswer, Organisation } from '../api-types.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { formatDay } from '../design/dates.ts';
import { addHarvestStrings } from '../harvest/strings.ts';
import { useApi, useDocumentTitle } from '../hooks.ts';

addHarvestStrings();

function fromMission(step: MissionStep): DashboardStep {
  return {
    id: step.id,
    kind: step.kind,
    title: step.title,
    startsOn: step.startsOn,
    endsOn: step.endsOn,
    status: step.status,
    expectedParticipants: step.workshop?.expectedParticipants ?? step.expectedParticipants,
    registeredParticipants: null,
    workshopId: step.workshop?.id ?? null,
    liveSessions: [],
  };
}

export function MissionDashboardPage() {
  const { t, i18n } = useTranslation();
  const { orgId = '', missionId = '' } = useParams();
  const orgBase = `/api/organisations/${encodeURIComponent(orgId)}`;
  const base = `${orgBase}/missions/${encodeURIComponent(missionId)}`;
  const org = useApi<{ organisation: Organisation }>(orgBase);
  const answer = useApi<MissionAnswer>(base);
  const dashboard = useApi<{ steps: DashboardStep[] }>(`${base}/dashboard`);
  const mission = answer.data?.mission;
  useDocumentTitle(mission?.title);

  if (answer.error) {
    return (
      <>
        <h1>{t('common.notFoundTitle')}</h1>
        <ErrorAlert error={answer.error} />
        <Link to={`/org/${orgId}`}>{t('mission.back')}</Link>
      </>
    );
  }
  if (!mission) return <p role="status">{t('common.loading')}</p>;

  const canRun = org.data ? org.data.organisation.role !== 'observer' : false;
  const day = (d: string) => formatDay(d, i18n.language);
  const steps = dashboard.data?.steps ?? mission.steps.map(fromMission);

  return (
    <div className="stack-lg">
      <p>
        <Link to={`/org/${orgId}`}>{t('mission.back')}</Link>
      </p>
      <div>
        <h1>{mission.title}</h1>
        <dl className="facts">
          <div>
            <dt>{t('mission.client')}</dt>
            <dd>{mission.clientName}</dd>
          </div>
          {mission.sponsor && (
            <div>
              <dt>{t('mission.sponsor')}</dt>
              <dd>{mission.sponsor}</dd>
            </div>
          )}
          <div>
            <dt>{t('mission.dates')}</dt>
            <dd>{t('design.dateRange', { start: day(mission.startsOn), end: day(mission.endsOn) })}</dd>
          </div>
          <div>
            <dt>{t('mission.status')}</dt>
            <dd>{t(`design.missionStatus.${mission.status}`)}</dd>
          </div>
        </dl>
      </div>

      <div className="dashboard-grid">
        <section className="panel" aria-labelledby="context-title">
          <h2 id="context-title">{t('mission.context')}</h2>
          <p className="pre-line">{mission.context}</p>
          <h3>{t('mission.goals')}</h3>
          {mission.goals.length === 0 ? (
            <p className="muted">{t('mission.noGoals')}</p>
          ) : (
            <ul>
              {mission.goals.map((goal) => (
                <li key={goal}>{goal}</li>
              ))}
            </ul>
          )}
        </section>
        <section className="panel" aria-labelledby="downloads-title">
          <h2 id="downloads-title">{t('mission.downloads')}</h2>
          <ul className="link-list">
            <li>
              <Link to={`/org/${orgId}/missions/${missionId}/harvest`}>{t('harvest.title')}</Link>
            </li>
            <li>
              <a href={`${base}/calendar.ics`} download>
                {t('mission.calendar')}
              </a>
            </li>
            <li>
              <a href={`${base}/archive.json`} download>
                {t('mission.archive')}
              </a>
            </li>
          </ul>
        </section>
      </div>

      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t('mission.timeline')}</h2>
        <ErrorAlert error={dashboard.error} />
        {steps.length === 0 ? (
          <p className="muted">{t('mission.noSteps')}</p>
        ) : (
          <ol className="timeline">
            {steps.map((step) => (
              <StepCard
                key={step.id}
                step={step}
                base={base}
                orgId={orgId}
                missionId={missionId}
                canRun={canRun}
              />
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

function StepCard({
  step,
  base,
  orgId,
  missionId,
  canRun,
}: {
  step: DashboardStep;
  base: string;
  orgId: string;
  missionId: string;
  canRun: boolean;
}) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const day = (d: string) => formatDay(d, i18n.language);
  const dates =
    step.startsOn === step.endsOn
      ? day(step.startsOn)
      : t('design.dateRange', { start: day(step.startsOn), end: day(step.endsOn) });
  const workshopId = step.kind === 'workshop' ? step.workshopId : null;
  const workshopBase = workshopId ? `${base}/workshops/${encodeURIComponent(workshopId)}` : '';
  const locale = i18n.language.startsWith('en') ? 'en' : 'fr';

  async function runLive() {
    if (!workshopId) return;
    setError(null);
    setBusy(true);
    try {
      const { session } = await api<{ session: LiveSession }>(`${workshopBase}/live-sessions`, {
        method: 'POST',
      });
      navigate(`/org/${orgId}/live/${session.id}`);
    } catch (e) {
      setError(toApiError(e));
      setBusy(false);
    }
  }

  return (
    <li
      className={`timeline-step timeline-${step.kind}`}
      data-testid="mission-step"
      data-kind={step.kind}
      aria-labelledby={`step-${step.id}`}
    >
      <h3 id={`step-${step.id}`}>{step.title}</h3>
      <p className="muted">
        {t('mission.stepMeta', {
          kind: t(`design.stepKinds.${step.kind}`),
          dates,
          status: t(`design.stepStatus.${step.status}`),
        })}
      </p>
      {step.expectedParticipants != null && (
        <p data-testid="step-participants">
          {step.registeredParticipants == null
            ? t('mission.participantsExpected', { expected: step.expectedParticipants })
            : t('mission.participants', {
                registered: step.registeredParticipants,
                expected: step.expectedParticipants,
              })}
        </p>
      )}
      {workshopId && (
        <>
          <ErrorAlert error={error} />
          <div className="actions">
            <Link
              className="button secondary"
              to={`/org/${orgId}/missions/${missionId}/workshops/${workshopId}`}
            >
              {t('mission.editRunOfShow', { title: step.title })}
            </Link>
            {canRun && (
              <button type="button" className="primary" disabled={busy} onClick={() => void runLive()}>
                {t('mission.runLive', { title: step.title })}
              </button>
            )}
          </div>
          <ul className="link-list inline">
            <li>
              <a href={`${workshopBase}/run-of-show.docx?locale=${locale}`} download>
                {t('mission.runOfShowDocx', { title: step.title })}
              </a>
            </li>
            <li>
              <a href={`${workshopBase}/run-of-show.pdf`} download>
                {t('mission.runOfShowPdf', { title: step.title })}
              </a>
            </li>
            <li>
              <a href={`${workshopBase}/programme.pdf`} download>
                {t('mission.programmePdf', { title: step.title })}
              </a>
            </li>
          </ul>
          {step.liveSessions.length > 0 && (
            <div>
              <h4>{t('mission.liveSessions')}</h4>
              <ul className="link-list inline">
                {step.liveSessions.map((s) => (
                  <li key={s.id}>
                    <Link to={`/org/${orgId}/live/${s.id}`}>
                      {t('mission.liveSession', {
                        code: s.code,
                        status: s.status === 'open' ? t('org.statusOpen') : t('org.statusClosed'),
                      })}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </li>
  );
}
