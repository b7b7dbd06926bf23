/**
 * The facilitator's Open Space panel in the live console: the grid (which starts the Open
 * Space), the topics, the scheduler, the agenda wall, the reports and the downloads.
 */
import type { RoomState } from '@cercle/core';
import { useTranslation } from 'react-i18next';
import type { LiveConnection } from '../live/connection.ts';
import { AgendaBoard } from './AgendaBoard.tsx';
import { AgendaTable } from './AgendaTable.tsx';
import { GridSetup } from './GridSetup.tsx';
import { NewsWall } from './NewsWall.tsx';
import { SchedulerPanel } from './SchedulerPanel.tsx';
import { addOpenSpaceStrings } from './strings.ts';
import { TopicsAdmin } from './TopicsAdmin.tsx';
import './openspace.css';

addOpenSpaceStrings();

export function OpenSpaceConsole({
  state,
  connection,
  sessionPath,
  canDrive,
}: {
  state: RoomState;
  connection: LiveConnection;
  /** `/api/organisations/:orgId/live-sessions/:sessionId`, for the downloads. */
  sessionPath: string;
  canDrive: boolean;
}) {
  const { t, i18n } = useTranslation();
  const os = state.openSpace;
  if (!os && !canDrive) return null;
  const locale = i18n.language.startsWith('en') ? 'en' : 'fr';
  const download = (file: string) => `${sessionPath}/open-space/${file}?locale=${locale}`;
  return (
    <section className="panel stack os-console" aria-labelledby="os-console-title" data-testid="os-console">
      <h2 id="os-console-title">{t('openspace.title')}</h2>
      {!os && <p className="muted">{t('openspace.consoleLead')}</p>}
      {canDrive ? (
        // Closed until asked for: most live sessions are not an Open Space.
        <details className="os-grid-details" open={!!os && os.slots.length === 0}>
          <summary>{t('openspace.grid')}</summary>
          <GridSetup os={os} connection={connection} />
        </details>
      ) : null}
      {os && (
        <>
          {canDrive && (
            <div className="os-console-grid">
              <TopicsAdmin os={os} connection={connection} />
              <SchedulerPanel os={os} connection={connection} />
            </div>
          )}
          {canDrive && os.slots.length > 0 && <AgendaBoard os={os} connection={connection} />}
          {!canDrive && os.agenda.length > 0 && <AgendaTable os={os} />}
          <NewsWall os={os} />
          <section className="stack" aria-labelledby="os-downloads-title">
            <h3 id="os-downloads-title">{t('openspace.downloads')}</h3>
            <ul className="os-plain-list">
              <li>
                <a href={download('proceedings.docx')} download>
                  {t('openspace.proceedingsDocx')}
                </a>
              </li>
              <li>
                <a href={download('proceedings.pdf')} download>
                  {t('openspace.proceedingsPdf')}
                </a>
              </li>
              <li>
                <a href={download('action-plan.csv')} download>
                  {t('openspace.actionPlan')}
                </a>
              </li>
            </ul>
          </section>
        </>
      )}
    </section>
  );
}
