/** The reports as they are filed, newest first: on phones, the console and the wall. */
import type { FiledReport, OpenSpaceState } from '@cercle/core';
import { useTranslation } from 'react-i18next';
import { latestReports } from './model.ts';
import { addOpenSpaceStrings } from './strings.ts';

addOpenSpaceStrings();

export function NewsWall({
  os,
  max,
  wall = false,
  headingLevel = 3,
}: {
  os: OpenSpaceState;
  max?: number;
  wall?: boolean;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation();
  const reports = latestReports(os, max);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const titles = new Map(os.topics.map((x) => [x.id, x.title]));
  return (
    <section className={wall ? 'os-news os-news-wall' : 'os-news'} aria-labelledby="os-news-title">
      <Heading id="os-news-title">{wall ? t('openspace.latestReports') : t('openspace.news')}</Heading>
      {reports.length === 0 ? (
        <p className="muted">{t('openspace.noReports')}</p>
      ) : (
        <ul className="os-reports" aria-live="polite">
          {reports.map((r) => (
            <ReportCard key={r.sessionId} report={r} session={titles.get(r.sessionId) ?? ''} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ReportCard({ report, session }: { report: FiledReport; session: string }) {
  const { t } = useTranslation();
  const lists = [
    ['keyPoints', report.keyPoints],
    ['proposals', report.proposals],
    ['nextSteps', report.nextSteps],
  ] as const;
  return (
    <li className="os-report" data-testid="os-report">
      <p className="os-report-title">{report.title}</p>
      {session && session !== report.title && <p className="muted">{session}</p>}
      {lists.map(([key, items]) =>
        items.length > 0 ? (
          <div key={key}>
            <p className="os-report-label">{t(`openspace.${key}`)}</p>
            <ul>
              {items.map((item, i) => (
                // Lines may repeat: their position tells them apart.
                // biome-ignore lint/suspicious/noArrayIndexKey: a report's lines are fixed once filed
                <li key={i}>{item}</li>
              ))}
            </ul>
          </div>
        ) : null,
      )}
      <p className="muted">
        {report.filedBy
          ? t('openspace.reportBy', { name: report.nickname })
          : t('openspace.reportByFacilitator')}
      </p>
    </li>
  );
}
