/**
 * The plan on the console: tables down, rounds across, names in each cell (host marked, movers
 * flagged), the round being played highlighted with the number of notes each table wrote.
 * Interviews show who interviews whom in the current phase instead.
 */
import type { Contribution, GroupPlan, GroupsState } from '@cercle/core';
import { useTranslation } from 'react-i18next';
import { interviewPairs, notesByTable, planGrid } from './grid-model.ts';

export function PlanGrid({
  groups,
  contributions,
}: {
  groups: GroupsState;
  contributions: readonly Contribution[];
}) {
  const { t } = useTranslation();
  const grid = planGrid(groups);
  const plan = groups.plan;
  if (!grid || !plan) return null;
  const current = groups.round;
  const notes = current >= 0 ? notesByTable(contributions, plan, current) : new Map<number, Contribution[]>();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="table-scroll" tabIndex={0} aria-labelledby="groups-grid-caption">
      <table className="groups-grid" data-testid="groups-grid">
        <caption id="groups-grid-caption">{t('groups.grid.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{t('groups.grid.tables')}</span>
            </th>
            {grid.rounds.map((r) => (
              <th
                key={r.round}
                scope="col"
                className={r.round === current ? 'groups-current' : undefined}
                aria-current={r.round === current ? 'step' : undefined}
              >
                {t('groups.grid.round', { n: r.round + 1 })}
                {r.round === current && <span className="badge">{t('groups.grid.current')}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: grid.tableCount }, (_, table) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: tables are positions
            <tr key={table}>
              <th scope="row">{t('groups.grid.table', { n: table + 1 })}</th>
              {grid.rounds.map((r) => {
                const count = r.round === current ? (notes.get(table)?.length ?? 0) : 0;
                return (
                  <td
                    key={r.round}
                    className={r.round === current ? 'groups-current' : undefined}
                    data-testid="groups-cell"
                    data-round={r.round + 1}
                    data-table={table + 1}
                  >
                    <ul className="groups-names">
                      {(r.tables[table] ?? []).map((p) => (
                        <li key={p.id} data-id={p.id} data-host={p.host || undefined}>
                          <span className="groups-name">{p.name}</span>
                          {p.host && <span className="badge">{t('groups.grid.host')}</span>}
                          {p.moved && (
                            <span className="groups-moved" title={t('groups.grid.moves')}>
                              <span aria-hidden="true"> ↪</span>
                              <span className="visually-hidden"> ({t('groups.grid.moves')})</span>
                            </span>
                          )}
                        </li>
                      ))}
                    </ul>
                    {count > 0 && (
                      <p className="muted small" data-testid="groups-notes-count">
                        {t('groups.grid.notes', { count })}
                      </p>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function InterviewPairs({ plan, phase }: { plan: GroupPlan; phase: number }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="groups-pairs-title" className="stack">
      <h3 id="groups-pairs-title">{t('groups.interviews.pairs')}</h3>
      <ul className="groups-pairs" data-testid="groups-pairs">
        {interviewPairs(plan, phase).map((p) => (
          <li key={p.table} data-testid="groups-pair">
            {t('groups.interviews.pair', { asker: p.asker, answerer: p.answerer })}
            {p.witness && <> — {t('groups.interviews.witness', { name: p.witness })}</>}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The round's notes, table by table, so the harvest of each table can be read on the spot. */
export function TableNotes({
  plan,
  round,
  contributions,
}: {
  plan: GroupPlan;
  round: number;
  contributions: readonly Contribution[];
}) {
  const { t } = useTranslation();
  const byTable = [...notesByTable(contributions, plan, round)].sort(([a], [b]) => a - b);
  if (byTable.length === 0) return null;
  return (
    <details className="groups-notes" data-testid="groups-notes">
      <summary>{t('groups.grid.notesTitle', { n: round + 1 })}</summary>
      <ul className="link-list">
        {byTable.flatMap(([table, notes]) =>
          notes.map((c) => (
            <li key={c.id} data-testid="groups-note" data-table={table + 1}>
              <span className="badge">{t('groups.grid.noteAt', { table: table + 1, round: round + 1 })}</span>{' '}
              {c.text}
            </li>
          )),
        )}
      </ul>
    </details>
  );
}
