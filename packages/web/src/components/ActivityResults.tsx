/**
 * The live results of an activity (console and wall), from `tallyActivity`.
 * Every bar carries its value as text; colours are never the only signal.
 */
import type { ActivityResult, ActivityState, RoomState } from '@cercle/core';
import { tallyActivity } from '@cercle/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { barPercent } from '../live/activity-model.ts';
import { ResultAnnouncer } from './ContributionAnnouncer.tsx';
import { GridResult, PassagesResult, ScaleResult, WordCloudResult } from './MoreResults.tsx';

type Labels = ReadonlyMap<string, string>;

export function ActivityResults({
  activity,
  state,
  wall = false,
}: {
  activity: ActivityState;
  state: RoomState;
  wall?: boolean;
}) {
  const { t } = useTranslation();
  const result = useMemo(() => tallyActivity(activity, state), [activity, state]);
  const labels: Labels = useMemo(() => new Map(activity.options.map((o) => [o.id, o.label])), [activity]);
  return (
    <div className={wall ? 'results results-wall' : 'results'}>
      <ResultAnnouncer text={summary(result, t)} />
      <ResultBody activity={activity} state={state} result={result} labels={labels} wall={wall} />
    </div>
  );
}

type T = ReturnType<typeof useTranslation>['t'];

/** A short sentence for screen readers, announced at most every few seconds. */
function summary(result: ActivityResult, t: T): string {
  switch (result.kind) {
    case 'contributions':
      return t('activity.notesCount', { count: result.count });
    case 'qa':
      return t('activity.questionsCount', { count: result.questions.length });
    case 'consent':
      return t('activity.answersCount', { count: result.result.answered });
    case 'ranking':
      return t('activity.votersCount', { count: result.schulze.voters });
    case 'form':
      return t('activity.rowsCount', { count: result.rows.length });
    case 'words':
    case 'reading':
      return t('activity.notesCount', { count: result.count });
    default:
      return t('activity.votersCount', { count: result.result.voters });
  }
}

function ResultBody({
  activity,
  state,
  result,
  labels,
  wall,
}: {
  activity: ActivityState;
  state: RoomState;
  result: ActivityResult;
  labels: Labels;
  wall: boolean;
}) {
  const { t } = useTranslation();
  switch (result.kind) {
    case 'contributions':
      return wall ? (
        <StickyBoard activity={activity} state={state} wall />
      ) : (
        <NotesSummary activity={activity} result={result} />
      );
    case 'poll': {
      if (result.result.kind !== 'choice') return null;
      const rows = result.result.counts;
      const max = Math.max(0, ...rows.map((r) => r.count));
      return (
        <>
          <p className="results-meta">{t('activity.votersCount', { count: result.result.voters })}</p>
          <Bars
            rows={rows.map((r) => ({
              id: r.optionId,
              value: r.count,
              text: t('activity.votesValue', { count: r.count, percent: Math.round(r.share * 100) }),
            }))}
            max={max}
            labels={labels}
          />
        </>
      );
    }
    case 'dots': {
      const rows = result.result.totals;
      const max = Math.max(0, ...rows.map((r) => r.dots));
      return (
        <>
          <p className="results-meta">{t('activity.votersCount', { count: result.result.voters })}</p>
          <Bars
            rows={rows.map((r) => ({
              id: r.optionId,
              value: r.dots,
              text: t('activity.dotsValue', { count: r.dots }),
            }))}
            max={max}
            labels={labels}
          />
        </>
      );
    }
    case 'ranking': {
      const points = new Map(result.borda.points.map((p) => [p.optionId, p.points]));
      return (
        <>
          <p className="results-meta">{t('activity.votersCount', { count: result.schulze.voters })}</p>
          <ol className="ranking-result">
            {result.schulze.ranking.map((r) => (
              <li key={r.optionId} data-testid="ranking-row" data-option={r.optionId} data-rank={r.rank}>
                <span className="rank-number">{t('activity.rankNumber', { rank: r.rank })}</span>
                <span className="rank-label">{labels.get(r.optionId)}</span>
                <span className="rank-points">
                  {t('activity.bordaPoints', { count: points.get(r.optionId) ?? 0 })}
                </span>
              </li>
            ))}
          </ol>
          <p className="muted">{t('activity.rankingMethod')}</p>
        </>
      );
    }
    case 'form':
      return <FormRows activity={activity} result={result} />;
    case 'scale':
      return <ScaleResult result={result} />;
    case 'grid':
      return <GridResult activity={activity} result={result} labels={labels} />;
    case 'words':
      return <WordCloudResult result={result} />;
    case 'reading':
      return <PassagesResult activity={activity} result={result} />;
    case 'judgment':
      return <MeritProfiles result={result} labels={labels} />;
    case 'consent':
      return <ConsentResult result={result.result} />;
    case 'qa':
      return (
        <ol className="questions">
          {result.questions.map((q) => (
            <li
              key={q.id}
              className={q.answered ? 'question question-answered' : 'question'}
              data-testid="question"
              data-votes={q.votes}
            >
              <span className="question-votes">{t('activity.questionVotes', { count: q.votes })}</span>
              <span className="question-text">{q.text}</span>
              {q.answered && <span className="badge badge-ok">{t('activity.answered')}</span>}
            </li>
          ))}
          {result.questions.length === 0 && <li className="muted">{t('activity.noQuestions')}</li>}
        </ol>
      );
  }
}

/** The console's summary of sticky notes (the notes themselves are listed for moderation). */
function NotesSummary({
  activity,
  result,
}: {
  activity: ActivityState;
  result: Extract<ActivityResult, { kind: 'contributions' }>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <p className="results-meta">{t('activity.notesCount', { count: result.count })}</p>
      {activity.columns.length > 0 && (
        <ul className="link-list inline">
          {activity.columns.map((c) => (
            <li key={c}>
              {c} : {result.byColumn[c] ?? 0}
            </li>
          ))}
        </ul>
      )}
      {result.words.length > 0 && (
        <p>
          <strong>{t('activity.frequentWords')}</strong>{' '}
          {result.words
            .slice(0, 12)
            .map((w) => `${w.word} (${w.count})`)
            .join(', ')}
        </p>
      )}
    </>
  );
}

/** A form's rows as a table: one column per field (plus the author unless anonymous), arrival order. */
function FormRows({
  activity,
  result,
}: {
  activity: ActivityState;
  result: Extract<ActivityResult, { kind: 'form' }>;
}) {
  const { t } = useTranslation();
  const captionId = `form-rows-${activity.id}`;
  if (result.rows.length === 0) return <p className="muted">{t('activity.noRows')}</p>;
  return (
    // Scrolls sideways on narrow screens: focusable and named so keyboards can scroll it too.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="table-scroll" aria-labelledby={captionId} tabIndex={0}>
      <table className="form-rows">
        <caption id={captionId}>
          {/* The activity's heading is just above: its title only names the table for assistive technologies. */}
          <span className="visually-hidden">{activity.title} — </span>
          {t('activity.rowsCount', { count: result.rows.length })}
        </caption>
        <thead>
          <tr>
            {!activity.anonymous && <th scope="col">{t('activity.authorColumn')}</th>}
            {result.fields.map((f) => (
              <th key={f.key} scope="col">
                {f.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {result.rows.map((row) => (
            <tr key={row.id} data-testid="form-row" data-row-id={row.id}>
              {!activity.anonymous && <td>{row.nickname || t('activity.noName')}</td>}
              {row.values.map((value, i) => (
                <td key={result.fields[i]?.key ?? i}>{value}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Bars({
  rows,
  max,
  labels,
}: {
  rows: { id: string; value: number; text: string }[];
  max: number;
  labels: Labels;
}) {
  return (
    <ul className="bars">
      {rows.map((r) => (
        <li key={r.id} className="bar-row" data-testid="result-bar" data-option={r.id} data-value={r.value}>
          <span className="bar-label">{labels.get(r.id)}</span>
          <span className="bar-track" aria-hidden="true">
            <span className="bar-fill" style={{ width: `${barPercent(r.value, max)}%` }} />
          </span>
          <span className="bar-value">{r.text}</span>
        </li>
      ))}
    </ul>
  );
}

function MeritProfiles({
  result,
  labels,
}: {
  result: Extract<ActivityResult, { kind: 'judgment' }>;
  labels: Labels;
}) {
  const { t } = useTranslation();
  const { grades } = result;
  const profiles = new Map(result.result.profiles.map((p) => [p.optionId, p]));
  return (
    <>
      <p className="results-meta">{t('activity.votersCount', { count: result.result.voters })}</p>
      <ul className="grade-legend" aria-label={t('activity.gradeLegend')}>
        {grades.map((g, i) => (
          <li key={g}>
            <span className={`swatch grade-${gradeClass(i, grades.length)}`} aria-hidden="true" />
            {g}
          </li>
        ))}
      </ul>
      <ol className="merit-profiles">
        {result.result.ranking.map((r) => {
          const p = profiles.get(r.optionId);
          if (!p) return null;
          const majority = p.majorityGrade === null ? '' : (grades[p.majorityGrade] ?? '');
          return (
            <li
              key={r.optionId}
              className="merit-profile"
              data-testid="merit-profile"
              data-option={r.optionId}
              data-majority-grade={majority}
            >
              <p className="merit-title">
                <span className="rank-number">{t('activity.rankNumber', { rank: r.rank })}</span>{' '}
                <strong>{labels.get(r.optionId)}</strong>
                {' — '}
                {majority ? t('activity.majorityGrade', { grade: majority }) : t('activity.noVotes')}
              </p>
              <span className="merit-bar" aria-hidden="true">
                {p.shares.map((share, g) =>
                  share > 0 ? (
                    <span
                      // biome-ignore lint/suspicious/noArrayIndexKey: grades are positional
                      key={g}
                      className={`merit-segment grade-${gradeClass(g, grades.length)}`}
                      style={{ width: `${share * 100}%` }}
                    />
                  ) : null,
                )}
              </span>
              <p className="visually-hidden">
                {p.counts.map((c, g) => `${grades[g] ?? g} : ${c}`).join(', ')}
              </p>
            </li>
          );
        })}
      </ol>
    </>
  );
}

/** Seven colour steps from best to worst, whatever the scale length. */
function gradeClass(index: number, count: number): number {
  return count <= 1 ? 0 : Math.round((index / (count - 1)) * 6);
}

function ConsentResult({ result }: { result: Extract<ActivityResult, { kind: 'consent' }>['result'] }) {
  const { t } = useTranslation();
  return (
    <div className="consent-result" data-testid="consent-result" data-adopted={String(result.adopted)}>
      <p className={result.adopted ? 'consent-verdict consent-adopted' : 'consent-verdict'}>
        {result.answered === 0
          ? t('activity.consentWaiting')
          : result.adopted
            ? t('activity.consentAdopted')
            : t('activity.consentBlocked', { count: result.objections.length })}
      </p>
      <p className="results-meta">
        {t('activity.consentCounts', {
          consents: result.consents,
          concerns: result.concerns.length,
          objections: result.objections.length,
        })}
      </p>
      {result.objections.length > 0 && (
        <>
          <h4>{t('activity.objectionsTitle')}</h4>
          <ul className="reasons">
            {result.objections.map((o) => (
              <li key={o.participantId}>{o.reason}</li>
            ))}
          </ul>
        </>
      )}
      {result.concerns.length > 0 && (
        <>
          <h4>{t('activity.concernsTitle')}</h4>
          <ul className="reasons">
            {result.concerns.map((c) => (
              <li key={c.participantId}>{c.reason ?? t('activity.noReason')}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** Sticky notes grouped by column (cards); no names in anonymous activities. */
export function StickyBoard({
  activity,
  state,
  wall = false,
}: {
  activity: ActivityState;
  state: RoomState;
  wall?: boolean;
}) {
  const { t } = useTranslation();
  const notes = state.contributions.filter((c) => c.activityId === activity.id && !c.hidden);
  const columns = activity.columns.length > 0 ? activity.columns : [''];
  const orphan = notes.filter((c) => !c.column || !activity.columns.includes(c.column));
  return (
    <div className={wall ? 'board board-wall' : 'board'}>
      {columns.map((column, i) => {
        const inColumn = activity.columns.length === 0 ? notes : notes.filter((c) => c.column === column);
        const list = i === 0 && activity.columns.length > 0 ? [...inColumn, ...orphan] : inColumn;
        return (
          <section key={column || 'all'} className="board-column" aria-label={column || activity.title}>
            {column && (
              <h3 className="board-column-title">
                {column} <span className="muted">({list.length})</span>
              </h3>
            )}
            <ul className="cards-grid">
              {list.map((c) => (
                <li key={c.id} className="sticky" data-testid="contribution">
                  <p className="sticky-text">{c.text}</p>
                  {!activity.anonymous && c.nickname && <p className="sticky-author">{c.nickname}</p>}
                </li>
              ))}
            </ul>
            {list.length === 0 && <p className="muted">{t('activity.noNotes')}</p>}
          </section>
        );
      })}
    </div>
  );
}
