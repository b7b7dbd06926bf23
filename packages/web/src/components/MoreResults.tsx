/**
 * Results of scales, scoring grids, word clouds and readings (console and wall). Every figure
 * is text: bars carry their numbers, the grid's scatter has a table twin, the cloud is words.
 */
import type { ActivityResult, ActivityState } from '@cercle/core';
import { useTranslation } from 'react-i18next';
import { barPercent } from '../live/activity-model.ts';
import { cloudSize, formatMean, plotPoint } from '../live/signals-model.ts';

type Labels = ReadonlyMap<string, string>;

export function ScaleResult({ result }: { result: Extract<ActivityResult, { kind: 'scale' }> }) {
  const { t, i18n } = useTranslation();
  if (result.result.kind !== 'scale') return null;
  const { distribution, mean, median, voters } = result.result;
  const max = Math.max(0, ...distribution.map((d) => d.count));
  const first = distribution[0]?.value;
  const last = distribution.at(-1)?.value;
  const end = (value: number) =>
    value === first && result.scale?.minLabel
      ? result.scale.minLabel
      : value === last && result.scale?.maxLabel
        ? result.scale.maxLabel
        : '';
  return (
    <>
      <p className="results-meta">{t('activity.votersCount', { count: voters })}</p>
      <p className="scale-mean" data-testid="scale-mean" data-mean={mean ?? ''} data-median={median ?? ''}>
        {t('activity.meanMedian', {
          mean: formatMean(mean, i18n.language),
          median: formatMean(median, i18n.language),
        })}
      </p>
      <ul className="bars">
        {distribution.map((d) => (
          <li
            key={d.value}
            className="bar-row"
            data-testid="result-bar"
            data-option={String(d.value)}
            data-value={d.count}
          >
            <span className="bar-label">
              {end(d.value) ? t('activity.scaleEnd', { value: d.value, label: end(d.value) }) : d.value}
            </span>
            <span className="bar-track" aria-hidden="true">
              <span className="bar-fill" style={{ width: `${barPercent(d.count, max)}%` }} />
            </span>
            <span className="bar-value">{t('activity.scaleAnswers', { count: d.count })}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

const PLOT = 400;
const PAD = 40;

/** The grid's mean points on a square plot (hidden from screen readers), then the same as a table. */
export function GridResult({
  activity,
  result,
  labels,
}: {
  activity: ActivityState;
  result: Extract<ActivityResult, { kind: 'grid' }>;
  labels: Labels;
}) {
  const { t, i18n } = useTranslation();
  const axes = result.axes ?? { x: 'X', y: 'Y' };
  const bounds = result.scale;
  const mid = plotPoint((bounds.min + bounds.max) / 2, (bounds.min + bounds.max) / 2, bounds, PLOT, PAD);
  const placed = result.result.items.filter((i) => i.meanX !== null && i.meanY !== null);
  const level = (high: boolean) => (high ? t('activity.levelHigh') : t('activity.levelLow'));
  const captionId = `grid-caption-${activity.id}`;
  return (
    <>
      <p className="results-meta">{t('activity.votersCount', { count: result.result.voters })}</p>
      <figure className="grid-plot">
        <svg viewBox={`0 0 ${PLOT} ${PLOT}`} aria-hidden="true" focusable="false" className="grid-svg">
          <rect x={PAD} y={PAD} width={PLOT - 2 * PAD} height={PLOT - 2 * PAD} className="grid-frame" />
          <line x1={mid.cx} y1={PAD} x2={mid.cx} y2={PLOT - PAD} className="grid-quadrant-line" />
          <line x1={PAD} y1={mid.cy} x2={PLOT - PAD} y2={mid.cy} className="grid-quadrant-line" />
          <text x={PLOT / 2} y={PLOT - 8} textAnchor="middle" className="grid-axis-label">
            {axes.x} →
          </text>
          <text
            x={14}
            y={PLOT / 2}
            textAnchor="middle"
            transform={`rotate(-90 14 ${PLOT / 2})`}
            className="grid-axis-label"
          >
            {axes.y} →
          </text>
          <text x={PAD} y={PLOT - PAD + 16} className="grid-tick">
            {bounds.min}
          </text>
          <text x={PLOT - PAD} y={PLOT - PAD + 16} textAnchor="end" className="grid-tick">
            {bounds.max}
          </text>
          <text x={PAD - 6} y={PAD + 4} textAnchor="end" className="grid-tick">
            {bounds.max}
          </text>
          {placed.map((item) => {
            const p = plotPoint(item.meanX as number, item.meanY as number, bounds, PLOT, PAD);
            return (
              <g key={item.optionId} data-testid="grid-point" data-option={item.optionId}>
                <circle cx={p.cx} cy={p.cy} r={7} className="grid-dot" />
                <text x={p.cx + 10} y={p.cy - 10} className="grid-point-label">
                  {labels.get(item.optionId)}
                </text>
              </g>
            );
          })}
        </svg>
        <figcaption className="visually-hidden">{t('activity.gridPlotTitle', axes)}</figcaption>
      </figure>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section className="table-scroll" aria-labelledby={captionId} tabIndex={0}>
        <table className="grid-table">
          <caption id={captionId}>{t('activity.gridTableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('activity.itemColumn')}</th>
              <th scope="col">{axes.x}</th>
              <th scope="col">{axes.y}</th>
              <th scope="col">{t('activity.countColumn')}</th>
              <th scope="col">{t('activity.quadrantColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {result.result.items.map((item) => (
              <tr
                key={item.optionId}
                data-testid="grid-row"
                data-option={item.optionId}
                data-mean-x={item.meanX ?? ''}
                data-mean-y={item.meanY ?? ''}
                data-quadrant={item.quadrant ?? ''}
              >
                <th scope="row">{labels.get(item.optionId)}</th>
                <td>{formatMean(item.meanX, i18n.language)}</td>
                <td>{formatMean(item.meanY, i18n.language)}</td>
                <td>{item.count}</td>
                <td>
                  {item.quadrant
                    ? t('activity.quadrantText', {
                        x: axes.x,
                        y: axes.y,
                        xLevel: level(item.quadrant.startsWith('high-x')),
                        yLevel: level(item.quadrant.endsWith('high-y')),
                      })
                    : t('activity.notPlaced')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}

/** Words as text, bigger when said more often; a list so screen readers hear each with its count. */
export function WordCloudResult({ result }: { result: Extract<ActivityResult, { kind: 'words' }> }) {
  const { t } = useTranslation();
  const max = Math.max(1, ...result.words.map((w) => w.count));
  return (
    <>
      <p className="results-meta">{t('activity.notesCount', { count: result.count })}</p>
      {result.words.length === 0 ? (
        <p className="muted">{t('activity.noWords')}</p>
      ) : (
        <ul className="word-cloud" aria-label={t('activity.cloudTitle')}>
          {result.words.map((w) => (
            <li
              key={w.key}
              className="cloud-word"
              data-testid="cloud-word"
              data-word={w.word}
              data-count={w.count}
              style={{ fontSize: `${cloudSize(w.count, max)}em` }}
            >
              <span aria-hidden="true">{w.word}</span>
              <span className="visually-hidden">
                {t('activity.wordTimes', { word: w.word, count: w.count })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Passages most annotated first, each with its quote and its margin notes. */
export function PassagesResult({
  activity,
  result,
}: {
  activity: ActivityState;
  result: Extract<ActivityResult, { kind: 'reading' }>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <p className="results-meta">{t('activity.notesCount', { count: result.count })}</p>
      {result.passages.length === 0 ? (
        <p className="muted">{t('activity.noPassages')}</p>
      ) : (
        <ol className="passages">
          {result.passages.map((p) => (
            <li
              key={`${p.start}-${p.end}`}
              className="passage"
              data-testid="passage"
              data-start={p.start}
              data-end={p.end}
              data-notes={p.notes.length}
            >
              <blockquote className="passage-quote">{p.quote}</blockquote>
              <p className="passage-count">{t('activity.passageNotes', { count: p.notes.length })}</p>
              <ul className="passage-notes">
                {p.notes.map((n) => (
                  <li key={n.id} data-testid="passage-note">
                    <span className="passage-note-text">{n.text}</span>
                    {!activity.anonymous && n.nickname && (
                      <span className="passage-note-author"> — {n.nickname}</span>
                    )}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
