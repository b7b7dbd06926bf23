/**
 * The console's convergence step after an Open Space (OS-70, OS-71): put the reports' proposals
 * to a dot vote on the phones, then keep the most voted and download them as the action plan.
 */
import type { Action, RoomState } from '@cercle/core';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newClientId } from '../live/outbox.ts';
import {
  actionPlanHref,
  proposalsOf,
  rankProposals,
  VOTE_OPTIONS_MAX,
  voteActivity,
  voteOf,
} from './convergence-model.ts';
import { addConvergenceStrings } from './strings.ts';

addConvergenceStrings();

type Run = (action: Action, done?: string) => Promise<boolean>;

export function OpenSpaceConvergence({
  state,
  run,
  sessionPath,
  canDrive,
}: {
  state: RoomState;
  run: Run;
  sessionPath: string;
  canDrive: boolean;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const proposals = useMemo(() => proposalsOf(state), [state]);
  const vote = voteOf(state);
  const ranking = useMemo(() => rankProposals(state), [state]);
  const [tokens, setTokens] = useState(3);
  const [kept, setKept] = useState<string[] | null>(null);
  if (!state.openSpace) return null;
  const chosen =
    kept ??
    ranking?.ranked
      .filter((r) => r.dots > 0)
      .slice(0, 5)
      .map((r) => r.id) ??
    [];
  const toggle = (optionId: string, on: boolean) =>
    setKept(() => {
      const next = chosen.filter((x) => x !== optionId);
      if (!on) return next;
      // Keep the vote's order: the action plan lists the kept proposals most voted first.
      const order = ranking?.ranked.map((r) => r.id) ?? [];
      return [...next, optionId].sort((a, b) => order.indexOf(a) - order.indexOf(b));
    });

  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('convergence.title')}</h2>
      {proposals.length === 0 ? (
        <p>{t('convergence.none')}</p>
      ) : (
        <p>{t('convergence.count', { count: proposals.length })}</p>
      )}
      {proposals.length > VOTE_OPTIONS_MAX && (
        <p role="note">{t('convergence.over', { max: VOTE_OPTIONS_MAX })}</p>
      )}
      {canDrive && proposals.length > 0 && !vote && (
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            void run(
              {
                kind: 'activity.open',
                activity: voteActivity(proposals, t('convergence.voteTitle'), tokens, newClientId()),
              },
              t('convergence.opened'),
            );
          }}
        >
          <label htmlFor={`${id}-tokens`}>{t('convergence.tokens')}</label>
          <input
            id={`${id}-tokens`}
            type="number"
            min={1}
            max={20}
            value={tokens}
            onChange={(e) => setTokens(Math.min(20, Math.max(1, Number(e.target.value) || 1)))}
          />
          <button type="submit">{t('convergence.open')}</button>
        </form>
      )}
      {ranking && (
        <fieldset className="stack">
          <legend>
            {t('convergence.results')} — {t('convergence.voters', { count: ranking.result.voters })}
          </legend>
          <ol className="stack">
            {ranking.ranked.map((r) => (
              <li key={r.id}>
                <label className="row">
                  <input
                    type="checkbox"
                    checked={chosen.includes(r.id)}
                    onChange={(e) => toggle(r.id, e.target.checked)}
                    aria-describedby={`${id}-${r.id}-dots`}
                  />
                  <span>{r.label}</span>
                  <span id={`${id}-${r.id}-dots`} className="muted">
                    {t('convergence.dots', { count: r.dots })}
                  </span>
                </label>
              </li>
            ))}
          </ol>
          <p className="muted">{t('convergence.choose')}</p>
        </fieldset>
      )}
      {proposals.length > 0 && !(ranking && chosen.length === 0) && (
        <p>
          <a href={actionPlanHref(sessionPath, ranking ? chosen : [], i18n.language)} download>
            {ranking ? t('convergence.download', { count: chosen.length }) : t('convergence.downloadAll')}
          </a>
        </p>
      )}
    </section>
  );
}
