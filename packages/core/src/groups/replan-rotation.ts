/**
 * replanRotation (REPLAN-*): people arrive late or leave during a rotation; re-plan the rounds
 * still to come so tables stay balanced, repeated encounters stay few (the rounds already
 * played count) and as few people as possible change table from what they were told.
 *
 * The rounds already played are history: returned unchanged and handed to the engine as prior
 * meetings. (They cannot be handed over as the engine's locked rounds: the engine seats the
 * same people every round, and the history seated a different set.) The rounds to come start
 * from the current plan (`start`) and the engine weighs each moved seat (`moveWeight`).
 */
import { repeatLowerBound } from './bounds.ts';
import { countRepeats, type EncounterLedger, mergeLedgers, recordRounds } from './ledger.ts';
import { checkIds, checkKnown } from './people.ts';
import { checkRoundsAndSeed, DEFAULT_MAX_ITERATIONS, priorFromLedger, tablesToIds } from './plan-rotation.ts';
import { createRandom } from './random.ts';
import { type GroupingFailure, refuse } from './result.ts';
import { type RotationProblem, solveRotation } from './rotation-search.ts';
import { balancedSizes, groupCountFor, type Sizing } from './sizing.ts';

export interface ReplanRotationInput {
  /** The current plan: round → table → person ids (as planRotation returned it, or as re-planned). */
  rounds: readonly (readonly (readonly string[])[])[];
  /** The round about to start or just starting: it and the rounds after it are re-planned. */
  currentRound: number;
  arrivals?: readonly string[];
  departures?: readonly string[];
  /** World Café: hosts[i] stays at table i. A departing host leaves the table without a host. */
  hosts?: readonly string[];
  /** Encounters before this rotation (other workshops). */
  ledger?: EncounterLedger;
  /** Default: keep the number of tables. */
  sizing?: Sizing;
  seed: number;
  /** Search budget in swaps (default 20,000). */
  maxIterations?: number;
}

export interface ReplannedRotation {
  ok: true;
  /** The whole plan: the rounds played unchanged, then the re-planned rounds. */
  rounds: string[][][];
  /** Repeats the re-planned rounds add, counting the rounds played and the ledger. */
  repeats: number;
  /** ROT-6 bound for those rounds. */
  lowerBound: number;
  /** Seats (round, person) that differ from the plan, for people already in it (REPLAN-3). */
  moved: number;
  /** The fewest moved seats the new table sizes force. */
  minMoved: number;
  /** People who change table in at least one re-planned round. */
  movedPeople: string[];
  warnings: string[];
}

/** REPLAN-3: a repeat costs 3, a moved seat 1: one repeat avoided is worth one swap (two seats), not two. */
export const REPLAN_REPEAT_WEIGHT = 3;
export const REPLAN_MOVE_WEIGHT = 1;
/** Swaps without a better plan before the answer is given (a facilitator is waiting). */
export const REPLAN_PATIENCE = 500;

export function replanRotation(input: ReplanRotationInput): ReplannedRotation | GroupingFailure {
  const plan = input.rounds;
  if (!Array.isArray(plan) || plan.some((r) => !Array.isArray(r) || r.some((t) => !Array.isArray(t)))) {
    return refuse(
      'VALIDATION_FAILED',
      'REPLAN-1',
      'rounds must be a list of rounds, each a list of tables of ids.',
    );
  }
  const roundsProblem = checkRoundsAndSeed(plan.length, input.seed);
  if (roundsProblem) return roundsProblem;
  for (const round of plan) {
    const problem = checkIds(round.flat(), 'seats in a round');
    if (problem) return { ...problem, rule: 'REPLAN-1' };
  }
  const c = input.currentRound;
  if (typeof c !== 'number' || !Number.isInteger(c) || c < 0 || c >= plan.length) {
    return refuse(
      'VALIDATION_FAILED',
      'REPLAN-1',
      `currentRound must be a round of the plan, 0 to ${plan.length - 1}; got ${String(c)}.`,
    );
  }
  const history = plan.slice(0, c);
  const coming = plan.slice(c);

  // Who sits in the coming rounds: everyone planned, minus departures, plus arrivals.
  const planned = [...new Set(coming.flat(2))];
  const plannedSet = new Set(planned);
  const arrivals = input.arrivals ?? [];
  const departures = input.departures ?? [];
  const listProblem =
    checkIds(arrivals, 'arrivals') ??
    checkIds(departures, 'departures') ??
    checkKnown(departures, new Map(planned.map((id, i) => [id, i])), 'departures');
  if (listProblem) return { ...listProblem, rule: 'REPLAN-1' };
  const gone = new Set(departures);
  for (const id of arrivals) {
    if (plannedSet.has(id)) {
      return refuse('VALIDATION_FAILED', 'REPLAN-1', `${id} arrives but is already in the plan.`);
    }
  }
  const ids = [...planned.filter((id) => !gone.has(id)), ...arrivals];
  const index = new Map(ids.map((id, i) => [id, i]));
  const n = ids.length;

  const currentTables = Math.max(...coming.map((r) => r.length));
  const sized = groupCountFor(n, input.sizing ?? { groupCount: currentTables });
  if (!sized.ok) return sized;
  const g = sized.groupCount;

  const hosts = (input.hosts ?? []).filter((h) => !gone.has(h));
  const hostProblem = checkIds(input.hosts ?? [], 'hosts') ?? checkKnown(hosts, index, 'hosts');
  if (hostProblem) return hostProblem;
  if ((input.hosts ?? []).length > g) {
    return refuse(
      'CONSTRAINTS_CONTRADICTORY',
      'ROT-4',
      `There are ${(input.hosts ?? []).length} hosts for ${g} tables: one host per table at most.`,
    );
  }
  const pinned = new Int32Array(n).fill(-1);
  (input.hosts ?? []).forEach((h, t) => {
    const a = index.get(h);
    if (a !== undefined && !gone.has(h)) pinned[a] = t;
  });

  // Per round: where the plan seats each person still here (−1 for arrivals), and table sizes
  // that keep most of them: the larger tables are those that kept the most planned people.
  const start: Int32Array[] = [];
  const sizes: number[][] = [];
  let minMoved = 0;
  for (const round of coming) {
    const seatOf = new Int32Array(n).fill(-1);
    const kept = new Array<number>(g).fill(0);
    round.forEach((table: readonly string[], t: number) => {
      for (const id of table) {
        const a = index.get(id);
        if (a === undefined) continue;
        seatOf[a] = t;
        if (t < g) kept[t] = (kept[t] as number) + 1;
        else minMoved++;
      }
    });
    const order = Array.from({ length: g }, (_, t) => t).sort(
      (x, y) => (kept[y] as number) - (kept[x] as number),
    );
    const balanced = balancedSizes(n, g);
    const roundSizes = new Array<number>(g).fill(0);
    order.forEach((t, k) => {
      roundSizes[t] = balanced[k] as number;
    });
    for (let t = 0; t < g; t++) minMoved += Math.max(0, (kept[t] as number) - (roundSizes[t] as number));
    start.push(seatOf);
    sizes.push(roundSizes);
  }

  const prior = priorFromLedger(mergeLedgers(input.ledger ?? {}, recordRounds({}, history)), index);
  const lowerBound = repeatLowerBound({ playerCount: n, sizes, pinned, prior });
  const problem: RotationProblem = {
    playerCount: n,
    rounds: coming.length,
    sizes,
    pinned,
    prior,
    start,
    repeatWeight: REPLAN_REPEAT_WEIGHT,
    moveWeight: REPLAN_MOVE_WEIGHT,
    // Every coming round may change: the played ones are not in the engine at all.
    lockedRounds: 0,
    targetRepeats: lowerBound,
    targetMoves: minMoved,
    random: createRandom(input.seed),
    maxIterations: input.maxIterations ?? DEFAULT_MAX_ITERATIONS,
    patience: REPLAN_PATIENCE,
  };
  const solution = solveRotation(problem);
  // Those who keep their table keep their place in it (the list a facilitator already read).
  const replanned = tablesToIds(solution.tables, ids, g, pinned).map((round, r) =>
    round.map((table, t) => {
      const before = coming[r]?.[t] ?? [];
      const place = (id: string) => {
        const k = before.indexOf(id);
        return k >= 0 ? k : before.length + (index.get(id) as number);
      };
      return table.sort((x, y) => place(x) - place(y));
    }),
  );
  const movedPeople = new Set<string>();
  solution.tables.forEach((byPlayer, r) => {
    const seatOf = start[r] as Int32Array;
    for (let a = 0; a < n; a++) {
      const s = seatOf[a] as number;
      if (s >= 0 && s !== byPlayer[a]) movedPeople.add(ids[a] as string);
    }
  });
  const warnings: string[] = [];
  if (solution.repeats > lowerBound) {
    warnings.push(
      `${solution.repeats} repeated encounter(s) in the coming rounds; counting shows at least ${lowerBound} are unavoidable.`,
    );
  }
  const rounds = [...history.map((r) => r.map((t: readonly string[]) => [...t])), ...replanned];
  return {
    ok: true,
    rounds,
    repeats: countRepeats(replanned, mergeLedgers(input.ledger ?? {}, recordRounds({}, history))),
    lowerBound,
    moved: solution.moves,
    minMoved,
    movedPeople: ids.filter((id) => movedPeople.has(id)),
    warnings,
  };
}
