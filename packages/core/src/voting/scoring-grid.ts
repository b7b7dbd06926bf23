/**
 * Scoring grid: participants place items on two axes (e.g. importance × uncertainty), each an
 * integer from `min` to `max` (default 1–5). Results: mean and count per item, and the quadrant
 * of the mean point.
 */
import {
  type BallotValidation,
  type Cast,
  countedBallots,
  invalid,
  optionIds,
  VALID,
  type VoteOption,
} from './ballots.ts';

export interface GridConfig {
  min?: number;
  max?: number;
}

/** Item id → its placement. Items left out are not scored by this participant. */
export interface GridBallot {
  scores: Readonly<Record<string, { x: number; y: number }>>;
}

/**
 * GRID-4: quadrants split at the scale's midpoint ((min + max) / 2); a mean exactly on the
 * midpoint counts as high, so a 1–5 grid reads "3 or more" as high.
 */
export type Quadrant = 'high-x-high-y' | 'high-x-low-y' | 'low-x-high-y' | 'low-x-low-y';

export interface GridItemResult {
  optionId: string;
  count: number;
  /** null when nobody placed the item. */
  meanX: number | null;
  meanY: number | null;
  quadrant: Quadrant | null;
}

export interface GridResult {
  voters: number;
  invalid: number;
  items: GridItemResult[];
}

const bounds = (config: GridConfig) => ({ min: config.min ?? 1, max: config.max ?? 5 });

export function validateGridBallot(
  config: GridConfig,
  options: readonly VoteOption[],
  ballot: GridBallot,
): BallotValidation {
  const scores = ballot?.scores;
  if (typeof scores !== 'object' || scores === null || Array.isArray(scores)) {
    return invalid('GRID-1', 'A grid ballot maps items to positions.');
  }
  const known = optionIds(options);
  const { min, max } = bounds(config);
  const onScale = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
  for (const [id, point] of Object.entries(scores)) {
    if (!known.has(id)) return invalid('GRID-2', `Unknown item: ${id}.`);
    if (!onScale(point?.x) || !onScale(point?.y)) {
      return invalid('GRID-3', `Place ${id} with whole numbers from ${min} to ${max} on both axes.`);
    }
  }
  return VALID;
}

export function quadrantOf(x: number, y: number, config: GridConfig = {}): Quadrant {
  const { min, max } = bounds(config);
  const mid = (min + max) / 2;
  return `${x >= mid ? 'high' : 'low'}-x-${y >= mid ? 'high' : 'low'}-y`;
}

export function tallyGrid(
  config: GridConfig,
  options: readonly VoteOption[],
  casts: readonly Cast<GridBallot>[],
): GridResult {
  const { counted, invalid: rejected } = countedBallots(casts, (b) => validateGridBallot(config, options, b));
  const items = options.map((o): GridItemResult => {
    let count = 0;
    let sumX = 0;
    let sumY = 0;
    for (const ballot of counted) {
      const point = Object.hasOwn(ballot.scores, o.id) ? ballot.scores[o.id] : undefined;
      if (!point) continue;
      count += 1;
      sumX += point.x;
      sumY += point.y;
    }
    if (count === 0) return { optionId: o.id, count, meanX: null, meanY: null, quadrant: null };
    const meanX = sumX / count;
    const meanY = sumY / count;
    return { optionId: o.id, count, meanX, meanY, quadrant: quadrantOf(meanX, meanY, config) };
  });
  return { voters: counted.length, invalid: rejected, items };
}
