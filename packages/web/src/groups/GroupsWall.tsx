/**
 * The projector's view of the plan: the round being played (or the first, before the start),
 * every table with its people, the host marked, and who changes table. Readable from the back.
 */
import type { RoomState } from '@cercle/core';
import { movers } from '@cercle/core';
import { useTranslation } from 'react-i18next';
import { interviewPairs, planGrid, shownRound } from './grid-model.ts';
import { addGroupsStrings } from './strings.ts';
import './groups.css';

addGroupsStrings();

export function GroupsWall({ state }: { state: RoomState }) {
  const { t } = useTranslation();
  const groups = state.groups;
  const plan = groups?.plan;
  const grid = groups ? planGrid(groups) : null;
  if (!groups || !plan || !grid) return null;
  const round = shownRound(groups);
  const tables = grid.rounds[round]?.tables ?? [];
  const moving = movers(plan, round).map((id) => plan.names[id] || id);
  const title = t(groups.round < 0 ? 'groups.wall.upcoming' : 'groups.wall.title', {
    title: plan.title || t(`groups.kinds.${plan.kind}`),
    n: round + 1,
    count: plan.rounds.length,
  });
  return (
    <section
      className="wall-groups"
      aria-labelledby="wall-groups-title"
      data-testid="wall-groups"
      data-round={round + 1}
    >
      <h2 id="wall-groups-title" className="wall-activity-title">
        {title}
      </h2>
      {plan.kind === 'interviews' ? (
        <ul className="wall-groups-pairs">
          {interviewPairs(plan, groups.phase).map((p) => (
            <li key={p.table} data-testid="wall-pair">
              {t('groups.interviews.pair', { asker: p.asker, answerer: p.answerer })}
              {p.witness && (
                <span className="muted"> — {t('groups.interviews.witness', { name: p.witness })}</span>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <ol className="wall-groups-tables">
          {tables.map((people, table) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: tables are positions
            <li key={table} className="wall-groups-table" data-testid="wall-table" data-table={table + 1}>
              <h3>{t('groups.grid.table', { n: table + 1 })}</h3>
              <ul>
                {people.map((p) => (
                  <li
                    key={p.id}
                    className={p.host ? 'wall-groups-host' : undefined}
                    data-host={p.host || undefined}
                  >
                    {p.name}
                    {p.host && <span className="badge">{t('groups.wall.host')}</span>}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
      {moving.length > 0 && (
        <p className="wall-groups-moving" data-testid="wall-moving">
          {t('groups.wall.moving', { names: moving.join(', ') })}
        </p>
      )}
    </section>
  );
}
