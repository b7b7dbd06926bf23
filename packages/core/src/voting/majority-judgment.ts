/**
 * Majority judgment (jugement majoritaire), Balinski & Laraki, "Majority Judgment" (MIT Press,
 * 2011). Grades are integers 0 … gradeCount − 1 indexing the scale listed best first, like the
 * activity's `grades` labels: 0 is the best ("Excellent"), gradeCount − 1 the worst ("À rejeter").
 */
import {
  type BallotValidation,
  type Cast,
  countedBallots,
  invalid,
  optionIds,
  type RankedOption,
  rankOptions,
  VALID,
  type VoteOption,
  winnersOf,
} from './ballots.ts';

/** The usual scales, best grade first (index = grade), as in the activity's `grades`. */
export const MJ_GRADES = {
  fr: ['Excellent', 'Très bien', 'Bien', 'Assez bien', 'Passable', 'Insuffisant', 'À rejeter'],
  en: ['Excellent', 'Very good', 'Good', 'Fairly good', 'Passable', 'Poor', 'To reject'],
} as const;

export interface MajorityConfig {
  /** Number of grades; grade 0 is the best, gradeCount − 1 the worst ("À rejeter"). */
  gradeCount: number;
}

/** Option id → grade (0 = best). MJ-3: an option left out gets the worst grade. */
export interface MajorityBallot {
  grades: Readonly<Record<string, number>>;
}

export interface MeritProfile {
  optionId: string;
  /** counts[g]: voters giving grade g, best grade first (every counted voter grades every option). */
  counts: number[];
  /** counts[g] / voters (0 with no voters). */
  shares: number[];
  /** The lower median grade (MJ-4), 0 = best; null with no voters. */
  majorityGrade: number | null;
  /** Balinski–Laraki majority gauge: shares strictly better (p) and worse (q) than the majority grade. */
  gauge: { p: number; q: number; sign: '+' | '-' } | null;
}

export interface MajorityResult {
  voters: number;
  invalid: number;
  profiles: MeritProfile[];
  ranking: RankedOption[];
  winners: string[];
}

export function validateMajorityBallot(
  config: MajorityConfig,
  options: readonly VoteOption[],
  ballot: MajorityBallot,
): BallotValidation {
  const grades = ballot?.grades;
  if (typeof grades !== 'object' || grades === null || Array.isArray(grades)) {
    return invalid('MJ-1', 'A judgment maps options to grades.');
  }
  const known = optionIds(options);
  for (const [id, grade] of Object.entries(grades)) {
    if (!known.has(id)) return invalid('MJ-2', `Unknown option: ${id}.`);
    if (typeof grade !== 'number' || !Number.isInteger(grade) || grade < 0 || grade >= config.gradeCount) {
      return invalid('MJ-2', `Grade for ${id} is outside the scale.`);
    }
  }
  return VALID;
}

/*
 * The arithmetic works on "levels" (0 = worst), i.e. the counts reversed, so that "lower median"
 * and "higher is better" read naturally; the exported functions speak grades (0 = best).
 */
const toLevels = (countsBestFirst: readonly number[]): number[] => [...countsBestFirst].reverse();

/** Lower median level of a level histogram with `total` entries (null when empty). */
function lowerMedianLevel(levels: readonly number[], total: number): number | null {
  if (total <= 0) return null;
  const target = Math.floor((total - 1) / 2); // 0-based position counted from the worst
  let seen = 0;
  for (let level = 0; level < levels.length; level += 1) {
    seen += levels[level] ?? 0;
    if (seen > target) return level;
  }
  return null;
}

/** MJ-4: the majority grade (lower median, 0 = best) of counts listed best first; null when empty. */
export function majorityGrade(countsBestFirst: readonly number[]): number | null {
  const total = countsBestFirst.reduce((s, c) => s + c, 0);
  const level = lowerMedianLevel(toLevels(countsBestFirst), total);
  return level === null ? null : countsBestFirst.length - 1 - level;
}

/**
 * MJ-5: the majority value — the grades obtained by repeatedly taking the majority grade and
 * removing one voter with it (Balinski–Laraki's tie-break). Grades are 0 = best.
 */
export function majorityValue(countsBestFirst: readonly number[]): number[] {
  const levels = toLevels(countsBestFirst);
  let total = levels.reduce((s, c) => s + c, 0);
  const value: number[] = [];
  while (total > 0) {
    const level = lowerMedianLevel(levels, total)!;
    value.push(countsBestFirst.length - 1 - level);
    levels[level] = (levels[level] ?? 0) - 1;
    total -= 1;
  }
  return value;
}

/** > 0 when majority value a is better (first difference has a smaller grade); 0 for a true tie. */
export function compareMajorityValues(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    const diff = (b[i] ?? 0) - (a[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/**
 * MJ-6: the majority gauge (Balinski & Laraki 2011; Fabre's "p, q" rule). Returns > 0 when it
 * ranks a above b, < 0 below, 0 when it cannot decide. When it decides, it agrees with MJ-5.
 */
export function compareGauges(a: MeritProfile, b: MeritProfile): number {
  if (a.majorityGrade === null || b.majorityGrade === null || !a.gauge || !b.gauge) return 0;
  if (a.majorityGrade !== b.majorityGrade) return b.majorityGrade - a.majorityGrade;
  if (a.gauge.sign !== b.gauge.sign) return a.gauge.sign === '+' ? 1 : -1;
  return a.gauge.sign === '+' ? a.gauge.p - b.gauge.p : b.gauge.q - a.gauge.q;
}

export function meritProfile(optionId: string, countsBestFirst: readonly number[]): MeritProfile {
  const voters = countsBestFirst.reduce((s, c) => s + c, 0);
  const grade = majorityGrade(countsBestFirst);
  const share = (c: number) => (voters === 0 ? 0 : c / voters);
  let gauge: MeritProfile['gauge'] = null;
  if (grade !== null) {
    const better = countsBestFirst.slice(0, grade).reduce((s, c) => s + c, 0);
    const worse = countsBestFirst.slice(grade + 1).reduce((s, c) => s + c, 0);
    gauge = { p: share(better), q: share(worse), sign: better > worse ? '+' : '-' };
  }
  return {
    optionId,
    counts: [...countsBestFirst],
    shares: countsBestFirst.map(share),
    majorityGrade: grade,
    gauge,
  };
}

export function tallyMajority(
  config: MajorityConfig,
  options: readonly VoteOption[],
  casts: readonly Cast<MajorityBallot>[],
): MajorityResult {
  const { counted, invalid: rejected } = countedBallots(casts, (b) =>
    validateMajorityBallot(config, options, b),
  );
  const histograms = options.map((o) => {
    const counts = new Array<number>(config.gradeCount).fill(0);
    for (const ballot of counted) {
      const worst = config.gradeCount - 1;
      const g = Object.hasOwn(ballot.grades, o.id) ? (ballot.grades[o.id] ?? worst) : worst;
      counts[g] = (counts[g] ?? 0) + 1;
    }
    return counts;
  });
  return { ...majorityFromHistograms(options, histograms, rejected), voters: counted.length };
}

/** Tallies from grade histograms (counts per grade, best first), one per option in activity order. */
export function majorityFromHistograms(
  options: readonly VoteOption[],
  histograms: readonly (readonly number[])[],
  rejected = 0,
): MajorityResult {
  const profiles = options.map((o, i) => meritProfile(o.id, histograms[i] ?? []));
  const values = new Map(options.map((o, i) => [o.id, majorityValue(histograms[i] ?? [])]));
  const ranking = rankOptions(options, (a, b) =>
    compareMajorityValues(values.get(b) ?? [], values.get(a) ?? []),
  );
  const voters = profiles[0]?.counts.reduce((s, c) => s + c, 0) ?? 0;
  return { voters, invalid: rejected, profiles, ranking, winners: voters === 0 ? [] : winnersOf(ranking) };
}
