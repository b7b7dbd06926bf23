/**
 * planRotation: R rounds of tables minimising repeated encounters (the Social Golfer Problem),
 * for any head count, with optional World Café hosts and an encounter ledger. See SPEC.md ROT-*.
 */
import { repeatLowerBound } from './bounds.ts';
import { findConstruction } from './constructions.ts';
import type { EncounterLedger } from './ledger.ts';
import { checkIds, checkKnown, idOf, type Person } from './people.ts';
import { createRandom, shuffleInPlace } from './random.ts';
import { GROUPING_LIMITS, type GroupingFailure, refuse } from './result.ts';
import { solveRotation } from './rotation-search.ts';
import { balancedSizes, groupCountFor, type Sizing } from './sizing.ts';

export interface PlanRotationInput {
  people: readonly (string | Person)[];
  sizing: Sizing;
  rounds: number;
  /** World Café: hosts[i] stays at table i for every round. */
  hosts?: readonly string[];
  /** Earlier encounters to avoid (a prior cost, ROT-5). */
  ledger?: EncounterLedger;
  seed: number;
  /** Search budget in swaps (default 20,000). */
  maxIterations?: number;
  /** Injected clock (ms) for a time budget; core never reads the clock itself. */
  now?: () => number;
  timeBudgetMs?: number;
}

export interface RotationPlan {
  ok: true;
  /** round → table → person ids (a host first at their table). */
  rounds: string[][][];
  repeats: number;
  lowerBound: number;
  method: 'construction' | 'local-search';
  construction?: string;
  warnings: string[];
}

export const DEFAULT_MAX_ITERATIONS = 20_000;

/** ROT-1..ROT-4 checks shared by planning and re-planning. */
export function checkRoundsAndSeed(rounds: unknown, seed: unknown): GroupingFailure | null {
  if (typeof rounds !== 'number' || !Number.isInteger(rounds) || rounds < 1) {
    return refuse('VALIDATION_FAILED', 'ROT-1', 'The number of rounds must be a whole number of at least 1.');
  }
  if (rounds > GROUPING_LIMITS.maxRounds) {
    return refuse(
      'GROUPS_INFEASIBLE',
      'ROT-1',
      `${rounds} rounds is too many: the maximum is ${GROUPING_LIMITS.maxRounds}.`,
    );
  }
  if (typeof seed !== 'number' || !Number.isFinite(seed)) {
    return refuse('VALIDATION_FAILED', 'ROT-8', 'The seed must be a finite number.');
  }
  return null;
}

/** n × n matrix of earlier meetings among `ids`, from the ledger. */
export function priorFromLedger(
  ledger: EncounterLedger | undefined,
  index: ReadonlyMap<string, number>,
): Int32Array | null {
  if (!ledger || typeof ledger !== 'object') return null;
  const n = index.size;
  let prior: Int32Array | null = null;
  for (const [key, count] of Object.entries(ledger)) {
    if (typeof count !== 'number' || !(count >= 1)) continue;
    const bar = key.indexOf('|');
    const a = index.get(key.slice(0, bar));
    const b = index.get(key.slice(bar + 1));
    if (a === undefined || b === undefined || a === b) continue;
    prior ??= new Int32Array(n * n);
    prior[a * n + b] = Math.floor(count);
    prior[b * n + a] = Math.floor(count);
  }
  return prior;
}

export function planRotation(input: PlanRotationInput): RotationPlan | GroupingFailure {
  const ids = (input.people ?? []).map(idOf);
  const idProblem = checkIds(ids);
  if (idProblem) return idProblem;
  const roundsProblem = checkRoundsAndSeed(input.rounds, input.seed);
  if (roundsProblem) return roundsProblem;
  const sized = groupCountFor(ids.length, input.sizing);
  if (!sized.ok) return sized;
  const g = sized.groupCount;
  const index = new Map(ids.map((id, i) => [id, i]));
  const hosts = input.hosts ?? [];
  const hostProblem = checkIds(hosts, 'hosts') ?? checkKnown(hosts, index, 'hosts');
  if (hostProblem) return hostProblem;
  if (hosts.length > g) {
    return refuse(
      'CONSTRAINTS_CONTRADICTORY',
      'ROT-4',
      `There are ${hosts.length} hosts for ${g} tables: one host per table at most.`,
    );
  }
  const n = ids.length;
  const R = input.rounds;
  const random = createRandom(input.seed);
  const prior = priorFromLedger(input.ledger, index);
  const tableSizes = balancedSizes(n, g);
  const sizes = Array.from({ length: R }, () => tableSizes);
  const pinned = new Int32Array(n).fill(-1);
  hosts.forEach((h, t) => {
    pinned[index.get(h) as number] = t;
  });
  const lowerBound = repeatLowerBound({ playerCount: n, sizes, pinned, prior });
  const toIds = (tables: Int32Array[]) => tablesToIds(tables, ids, g, pinned);

  // ROT-7: an exact design when one fits (nothing to avoid from the past, equal tables).
  const size = tableSizes[0] as number;
  const construction = !prior && hosts.length === 0 && n === g * size ? findConstruction(g, size, R) : null;
  if (construction) {
    const order = shuffleInPlace(
      Array.from({ length: n }, (_, i) => i),
      random,
    );
    const rounds = construction.rounds.map((groups) =>
      groups.map((group) => group.map((i) => ids[order[i] as number] as string)),
    );
    return {
      ok: true,
      rounds,
      repeats: 0,
      lowerBound,
      method: 'construction',
      construction: construction.name,
      warnings: [],
    };
  }

  const deadline =
    input.now && input.timeBudgetMs !== undefined
      ? { now: input.now, at: input.now() + input.timeBudgetMs }
      : undefined;
  const solution = solveRotation({
    playerCount: n,
    rounds: R,
    sizes,
    pinned,
    prior,
    repeatWeight: 1,
    moveWeight: 0,
    lockedRounds: prior ? 0 : 1,
    targetRepeats: lowerBound,
    random,
    maxIterations: input.maxIterations ?? DEFAULT_MAX_ITERATIONS,
    ...(deadline ? { deadline } : {}),
  });
  const warnings: string[] = [];
  if (solution.repeats > 0) {
    warnings.push(
      `${solution.repeats} repeated encounter(s) could not be avoided; counting shows at least ${lowerBound} are unavoidable.`,
    );
  }
  return {
    ok: true,
    rounds: toIds(solution.tables),
    repeats: solution.repeats,
    lowerBound,
    method: 'local-search',
    warnings,
  };
}

/** player→table arrays to round → table → ids, hosts first then input order. */
export function tablesToIds(
  tables: readonly Int32Array[],
  ids: readonly string[],
  g: number,
  pinned: Int32Array,
): string[][][] {
  return tables.map((byPlayer) => {
    const groups: string[][] = Array.from({ length: g }, () => []);
    for (let a = 0; a < ids.length; a++)
      if ((pinned[a] as number) >= 0) groups[byPlayer[a] as number]?.push(ids[a] as string);
    for (let a = 0; a < ids.length; a++)
      if ((pinned[a] as number) < 0) groups[byPlayer[a] as number]?.push(ids[a] as string);
    return groups;
  });
}
