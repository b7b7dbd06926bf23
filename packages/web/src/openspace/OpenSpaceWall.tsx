/** The projector's Open Space: the agenda (slots × spaces) with conveners and presence, and the latest reports. */
import type { RoomState } from '@cercle/core';
import { useTranslation } from 'react-i18next';
import { AgendaTable } from './AgendaTable.tsx';
import { NewsWall } from './NewsWall.tsx';
import { addOpenSpaceStrings } from './strings.ts';
import './openspace.css';

addOpenSpaceStrings();

export function OpenSpaceWall({ state }: { state: RoomState }) {
  const { t } = useTranslation();
  const os = state.openSpace;
  if (!os || (os.agenda.length === 0 && os.reports.length === 0)) return null;
  return (
    <section className="os-wall stack" aria-labelledby="os-wall-agenda-title" data-testid="os-wall">
      <h2 id="os-wall-agenda-title">{t('openspace.wallAgenda')}</h2>
      {os.agenda.length > 0 && <AgendaTable os={os} wall />}
      <NewsWall os={os} max={6} wall />
    </section>
  );
}
