/** The agenda read-only (slots × spaces): titles, conveners, people present. For the wall and observers. */
import type { OpenSpaceState } from '@cercle/core';
import { useTranslation } from 'react-i18next';
import { buildGrid, slotText } from './model.ts';

export function AgendaTable({ os, wall = false }: { os: OpenSpaceState; wall?: boolean }) {
  const { t } = useTranslation();
  const grid = buildGrid(os);
  return (
    <div className="os-table-wrap">
      <table className={wall ? 'os-agenda os-agenda-wall' : 'os-agenda'} data-testid="os-wall-agenda">
        <caption className="visually-hidden">{t('openspace.wall')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('openspace.slotHeader')}</th>
            {os.spaces.map((s) => (
              <th key={s.id} scope="col">
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.map((row) => (
            <tr key={row.slot.id}>
              <th scope="row">{slotText(row.slot)}</th>
              {row.cells.map((cell) => (
                <td key={cell.spaceId} className="os-cell" data-testid="os-wall-cell">
                  {cell.topic ? (
                    <div className="os-card os-card-static">
                      <p className="os-card-title">{cell.topic.title}</p>
                      <p className="muted">{t('openspace.convener', { name: cell.topic.convenerName })}</p>
                      <p className="os-present">{t('openspace.present', { count: cell.present })}</p>
                    </div>
                  ) : (
                    <span className="muted">{t('openspace.free')}</span>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
