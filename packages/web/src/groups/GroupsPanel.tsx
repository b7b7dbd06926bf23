/**
 * The console's "Groups" panel: make a plan (tables, World Café, cross-interviews), play its
 * rounds, seat people by hand, re-plan for latecomers, swap interview roles, make foursomes.
 * Plans come from the HTTP routes; everything else is a socket action through the console's `run`.
 */
import type { Action, DiversityReport, RoomState } from '@cercle/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../api.ts';
import { useErrorText } from '../components/ErrorAlert.tsx';
import { useApi } from '../hooks.ts';
import type { JoinQuestion, RosterEntry } from '../live/join-questions-model.ts';
import { makePlan, type PlanRequest, replan, serverDetail } from './api.ts';
import { newcomersOf } from './grid-model.ts';
import { PlanForm } from './PlanForm.tsx';
import { InterviewPairs, PlanGrid, TableNotes } from './PlanGrid.tsx';
import { RoundControls } from './RoundControls.tsx';
import { SwapPicker } from './SwapPicker.tsx';
import { addGroupsStrings } from './strings.ts';
import './groups.css';

addGroupsStrings();

export function GroupsPanel({
  state,
  run,
  sessionPath,
  questions,
  canDrive,
  refreshKey,
}: {
  state: RoomState;
  run: (action: Action, done?: string) => Promise<boolean>;
  sessionPath: string;
  questions: readonly JoinQuestion[];
  canDrive: boolean;
  /** The number of connected phones: the roster is fetched again when it changes. */
  refreshKey: number | null;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const loaded = useApi<{ participants: RosterEntry[] }>(canDrive ? `${sessionPath}/participants` : null);
  const { reload } = loaded;
  useEffect(() => {
    if (refreshKey !== null) reload();
  }, [refreshKey, reload]);
  const roster = loaded.data?.participants ?? [];
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const [report, setReport] = useState<{
    planId: string;
    diversity: DiversityReport | null;
    warnings: string[];
  }>();
  const groups = state.groups;
  const plan = groups?.plan ?? null;

  async function http<T>(call: () => Promise<T>): Promise<T | null> {
    setBusy(true);
    setError(null);
    setNotice('');
    try {
      return await call();
    } catch (e) {
      const failure = toApiError(e);
      const detail = serverDetail(failure);
      setError(detail ? `${errorText(failure.code)} ${detail}` : errorText(failure.code));
      return null;
    } finally {
      setBusy(false);
    }
  }

  async function submitPlan(request: PlanRequest) {
    const answer = await http(() => makePlan(sessionPath, request));
    if (!answer) return;
    setReport({ planId: answer.plan.id, diversity: answer.diversity, warnings: answer.warnings });
    const tables = Math.max(0, ...answer.plan.rounds.map((r) => r.length));
    setNotice(t('groups.form.made', { tables, rounds: answer.plan.rounds.length }));
  }

  async function replanNewcomers(arrivals: string[]) {
    const answer = await http(() => replan(sessionPath, arrivals));
    if (!answer) return;
    setReport({ planId: answer.plan.id, diversity: null, warnings: answer.warnings });
    setNotice(t('groups.newcomers.replanned', { moved: answer.moved }));
    reload();
  }

  async function act(action: Action, done: string) {
    setError(null);
    if (await run(action)) setNotice(done);
  }

  const newcomers = plan ? newcomersOf(plan, roster) : [];
  const diversity = report && plan && report.planId === plan.id ? report.diversity : null;
  const warnings = [
    ...new Set([...(plan?.warnings ?? []), ...(report?.planId === plan?.id ? (report?.warnings ?? []) : [])]),
  ];
  const form = (
    <PlanForm
      roster={roster}
      questions={questions}
      hasPlan={plan !== null}
      busy={busy}
      onSubmit={submitPlan}
    />
  );
  return (
    <section className="panel stack groups-panel" aria-labelledby="groups-title" data-testid="groups-panel">
      <h2 id="groups-title">{t('groups.title')}</h2>
      <p className="hint">{t('groups.lead')}</p>
      {canDrive && !plan && form}
      {canDrive && plan && (
        // Once a plan runs, the form steps aside: the grid is what the facilitator needs.
        <details className="groups-new">
          <summary>{t('groups.form.newPlan')}</summary>
          {form}
        </details>
      )}
      {error && (
        <p className="alert" role="alert" data-testid="groups-error">
          {error}
        </p>
      )}
      <p role="status" className="muted" data-testid="groups-status">
        {notice}
      </p>
      {groups && plan && (
        <section
          className="stack"
          aria-labelledby="groups-plan-title"
          data-testid="groups-plan"
          data-kind={plan.kind}
        >
          <h3 id="groups-plan-title">
            {plan.title}
            {plan.title !== t(`groups.kinds.${plan.kind}`) && (
              <span className="badge">{t(`groups.kinds.${plan.kind}`)}</span>
            )}
          </h3>
          <ul className="link-list groups-stats">
            <li data-testid="groups-repeats" data-repeats={plan.repeats} data-lower-bound={plan.lowerBound}>
              {t('groups.repeats', { repeats: plan.repeats, lowerBound: plan.lowerBound })}
            </li>
            {diversity && (
              <li data-testid="groups-diversity">
                {t('groups.diversity', { score: Math.round(diversity.score * 100) })}
              </li>
            )}
            {groups.edits > 0 && <li>{t('groups.edits', { count: groups.edits })}</li>}
          </ul>
          {warnings.length > 0 && (
            <div className="notice">
              <p>{t('groups.warnings')}</p>
              <ul>
                {warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            </div>
          )}
          <RoundControls
            groups={groups}
            canDrive={canDrive}
            act={act}
            timer={state.timer}
            busy={busy}
            foursomes={() => void submitPlan({ kind: 'foursomes' })}
          />
          {plan.kind === 'interviews' ? (
            <InterviewPairs plan={plan} phase={groups.phase} />
          ) : (
            <PlanGrid groups={groups} contributions={state.contributions} />
          )}
          {groups.round >= 0 && (
            <TableNotes plan={plan} round={groups.round} contributions={state.contributions} />
          )}
          {canDrive && <SwapPicker plan={plan} current={groups.round} run={run} announce={setNotice} />}
          {canDrive && newcomers.length > 0 && (
            <div className="stack groups-newcomers" data-testid="groups-newcomers">
              <h3>{t('groups.newcomers.title', { count: newcomers.length })}</h3>
              <p>{newcomers.map((p) => p.name).join(', ')}</p>
              <div>
                <button
                  type="button"
                  className="secondary"
                  disabled={busy}
                  onClick={() => void replanNewcomers(newcomers.map((p) => p.id))}
                >
                  {t('groups.newcomers.replan')}
                </button>
              </div>
            </div>
          )}
          {canDrive && (
            <div>
              <button
                type="button"
                className="danger small"
                onClick={() => void act({ kind: 'groups.clear' }, t('groups.cleared'))}
              >
                {t('groups.clear')}
              </button>
            </div>
          )}
        </section>
      )}
    </section>
  );
}
