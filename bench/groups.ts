/**
 * Groups and rotations quality bench (`npm run bench:groups`): Social Golfer instances from
 * ../shared/data/golfer (g ≤ 10, known solvable) and a grid of typical workshops, against a
 * naive random rotation; formGroups `mixed` against a random draw; replanRotation against
 * planning again from scratch. Prints markdown tables; nothing asserts.
 */
import { existsSync, readFileSync } from 'node:fs';
import {
  countRepeats,
  type DiversityReport,
  formGroups,
  measureDiversity,
  type Person,
  planRotation,
  recordRounds,
  replanRotation,
} from '../packages/core/src/groups/index.ts';
import { createRandom, shuffleInPlace } from '../packages/core/src/groups/random.ts';
import { balancedSizes } from '../packages/core/src/groups/sizing.ts';

const DATA = new URL('../../shared/data/golfer/', import.meta.url);
const BUDGET_MS = Number(process.env.BENCH_GROUPS_BUDGET_MS ?? 2000);
const now = () => performance.now();
const people = (n: number) => Array.from({ length: n }, (_, i) => `p${i}`);

function naive(n: number, g: number, rounds: number, seed: number): string[][][] {
  const random = createRandom(seed);
  const sizes = balancedSizes(n, g);
  return Array.from({ length: rounds }, () => {
    const order = shuffleInPlace(people(n), random);
    let at = 0;
    return sizes.map((s) => {
      at += s;
      return order.slice(at - s, at);
    });
  });
}

function csv(file: string): string[][] {
  return readFileSync(new URL(file, DATA), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','));
}

/** Largest w' ≤ w solved with zero repeats, trying w first then fewer rounds. */
function golfer(g: number, p: number, w: number) {
  const t0 = now();
  for (let rounds = w; rounds >= 1; rounds--) {
    const plan = planRotation({
      people: people(g * p),
      sizing: { groupCount: g },
      rounds,
      seed: 1,
      maxIterations: 1e9,
      now,
      timeBudgetMs: BUDGET_MS,
    });
    if (plan.ok && plan.repeats === 0) {
      return {
        found: rounds,
        method: plan.construction ?? plan.method,
        ms: now() - t0,
        firstMs: rounds === w ? now() - t0 : NaN,
      };
    }
  }
  return { found: 0, method: '-', ms: now() - t0, firstMs: NaN };
}

const lines: string[] = [];
const out = (s: string) => {
  lines.push(s);
  console.log(s);
};

if (!existsSync(new URL('golfer_instances.csv', DATA))) {
  out('`../shared/data/golfer/` is missing: Social Golfer instances skipped.');
} else {
  const best = new Map(csv('golfer_best_known_matrix.csv').map((r) => [`${r[0]}-${r[1]}`, r[4]]));
  out(`### Social Golfer instances (g ≤ 10, known solvable; ${BUDGET_MS} ms search budget per attempt)\n`);
  out('| g-p-w | max w with 0 repeats | method | time (ms) | best known w |');
  out('| --- | --- | --- | --- | --- |');
  for (const row of csv('golfer_instances.csv')) {
    const [g, p, w] = row.slice(0, 3).map(Number) as [number, number, number];
    if (g > 10 || row[3] !== 'yes') continue;
    const r = golfer(g, p, w);
    out(
      `| ${g}-${p}-${w} | ${r.found} | ${r.method} | ${r.ms.toFixed(0)} | ${best.get(`${g}-${p}`) ?? '?'} |`,
    );
  }
}

out('\n### Typical workshops (seed 1, default iteration budget)\n');
out('| people | table size | rounds | repeats | lower bound | time (ms) | naive random repeats |');
out('| --- | --- | --- | --- | --- | --- | --- |');
for (const n of [12, 23, 40, 57, 100, 143, 200]) {
  for (const size of [4, 5, 6]) {
    for (const rounds of [3, 4]) {
      const t0 = now();
      const plan = planRotation({ people: people(n), sizing: { size }, rounds, seed: 1 });
      const ms = now() - t0;
      if (!plan.ok) continue;
      const g = Math.ceil(n / size);
      out(
        `| ${n} | ${size} | ${rounds} | ${plan.repeats} | ${plan.lowerBound} | ${ms.toFixed(1)} | ${countRepeats(naive(n, g, rounds, 1))} |`,
      );
    }
  }
}

// ---- World Café: a host stays at every table, travellers move --------------------------

/** Naive World Café: hosts stay, travellers are dealt at random to the remaining seats each round. */
function naiveCafe(n: number, g: number, rounds: number, seed: number): string[][][] {
  const random = createRandom(seed);
  const sizes = balancedSizes(n, g);
  const hosts = people(n).slice(0, g);
  return Array.from({ length: rounds }, () => {
    const order = shuffleInPlace(people(n).slice(g), random);
    let at = 0;
    return sizes.map((s, t) => {
      at += s - 1;
      return [hosts[t] as string, ...order.slice(at - (s - 1), at)];
    });
  });
}

out('\n### World Café: a host stays at each table (seed 1, default iteration budget)\n');
out('| people | table size | rounds | repeats | lower bound | time (ms) | naive random repeats |');
out('| --- | --- | --- | --- | --- | --- | --- |');
for (const n of [12, 20, 30, 48, 100, 200]) {
  for (const size of [4, 5, 6]) {
    const g = Math.ceil(n / size);
    const rounds = 3;
    const t0 = now();
    const plan = planRotation({
      people: people(n),
      sizing: { size },
      rounds,
      hosts: people(n).slice(0, g),
      seed: 1,
    });
    const ms = now() - t0;
    if (!plan.ok) continue;
    out(
      `| ${n} | ${size} | ${rounds} | ${plan.repeats} | ${plan.lowerBound} | ${ms.toFixed(1)} | ${countRepeats(naiveCafe(n, g, rounds, 1))} |`,
    );
  }
}

// ---- formGroups: mixed tables against a random draw -------------------------------------

/** 60 people with 3 attributes drawn unevenly (as in a real organisation), seeded. */
function population(n: number, seed: number): Person[] {
  const random = createRandom(seed);
  const draw = (weights: number[]) => {
    let x = random() * weights.reduce((a, b) => a + b, 0);
    for (let i = 0; i < weights.length; i++) {
      x -= weights[i] as number;
      if (x < 0) return i;
    }
    return weights.length - 1;
  };
  return people(n).map((id) => ({
    id,
    attributes: {
      department: `dept${draw([30, 20, 20, 15, 10, 5])}`,
      role: ['manager', 'staff', 'intern'][draw([20, 70, 10])] as string,
      site: ['Paris', 'Lyon', 'Nantes', 'Lille'][draw([40, 30, 20, 10])] as string,
    },
  }));
}

/** Shared-value pairs if every value were spread evenly over g tables: no grouping does better. */
function sharedPairsBound(everyone: Person[], keys: string[], g: number): number {
  let pairs = 0;
  for (const key of keys) {
    const counts = new Map<string, number>();
    for (const p of everyone) {
      const v = p.attributes?.[key];
      if (v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    for (const total of counts.values()) {
      const q = Math.floor(total / g);
      const r = total % g;
      pairs += (r * (q + 1) * q) / 2 + ((g - r) * q * (q - 1)) / 2;
    }
  }
  return pairs;
}

out('\n### formGroups mixed: 60 people, 3 attributes, tables of 5–6 (10 tables of 6)\n');
out(
  'Attributes drawn unevenly: 6 departments (30/20/20/15/10/5 %), 3 roles (20/70/10 %), 4 sites (40/30/20/10 %); population seed = plan seed.\n',
);
out(
  '| seed | mixed score | random score | mixed shared pairs | random shared pairs | bound | mixed max spread | random max spread | mixed time (ms) |',
);
out('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
const keys = ['department', 'role', 'site'];
const mixTotals = { mixed: 0, random: 0, ms: 0 };
for (const seed of [1, 2, 3, 4, 5]) {
  const everyone = population(60, seed);
  const sizing = { minSize: 5, maxSize: 6 };
  const t0 = now();
  const mixed = formGroups({ people: everyone, mode: 'mixed', attributes: keys, sizing, seed });
  const ms = now() - t0;
  const random = formGroups({ people: everyone, mode: 'random', sizing, seed });
  if (!mixed.ok || !random.ok || !mixed.diversity) continue;
  const m = mixed.diversity;
  const r = measureDiversity(random.groups, everyone, keys);
  const spread = (d: DiversityReport) => Math.max(...d.attributes.map((a) => a.spread));
  mixTotals.mixed += m.score;
  mixTotals.random += r.score;
  mixTotals.ms += ms;
  out(
    `| ${seed} | ${m.score.toFixed(3)} | ${r.score.toFixed(3)} | ${m.sharedPairs} | ${r.sharedPairs} | ${sharedPairsBound(everyone, keys, mixed.groups.length)} | ${spread(m)} | ${spread(r)} | ${ms.toFixed(1)} |`,
  );
}
out(
  `| mean | ${(mixTotals.mixed / 5).toFixed(3)} | ${(mixTotals.random / 5).toFixed(3)} | | | | | | ${(mixTotals.ms / 5).toFixed(1)} |`,
);

// ---- replanRotation: late arrivals and departures against planning again from scratch -----

/** Seats (round, person) whose table differs from the plan, and the people concerned. */
function moves(before: string[][][], after: string[][][], from: number) {
  let seats = 0;
  const who = new Set<string>();
  for (let r = from; r < after.length; r++) {
    after[r]?.forEach((table, t) => {
      for (const id of table) {
        const planned = before[r]?.findIndex((x) => x.includes(id)) ?? -1;
        if (planned >= 0 && planned !== t) {
          seats++;
          who.add(id);
        }
      }
    });
  }
  return { seats, people: who.size };
}

/**
 * A plan made from scratch numbers its tables arbitrarily: renumber each round's tables to
 * overlap the planned ones most (greedy, largest overlap first) before counting moves.
 */
function matchTables(planned: string[][][], fresh: string[][][]): string[][][] {
  return fresh.map((round, r) => {
    const before = planned[r] ?? [];
    const pairs: [number, number, number][] = [];
    round.forEach((table, t) => {
      before.forEach((old, u) => {
        pairs.push([table.filter((id) => old.includes(id)).length, t, u]);
      });
    });
    pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
    const to = new Map<number, number>();
    const taken = new Set<number>();
    for (const [, t, u] of pairs) {
      if (to.has(t) || taken.has(u)) continue;
      to.set(t, u);
      taken.add(u);
    }
    const renumbered: string[][] = round.map(() => []);
    round.forEach((table, t) => {
      renumbered[to.get(t) ?? t] = table;
    });
    return renumbered;
  });
}

function replanCase(n: number, g: number, rounds: number, after: number, seeds: number[]) {
  out(
    `\n### replanRotation: ${n} people, ${rounds} rounds of ${g} tables, 3 arrive and 2 leave after round ${after}\n`,
  );
  out(
    `Rounds ${after + 1}–${rounds} are re-planned (\`currentRound: ${after}\`); "from scratch" = \`planRotation\` for the people present over the rounds left, with round${after > 1 ? 's' : ''} 1${after > 1 ? `–${after}` : ''} as its ledger, its tables renumbered to overlap the planned ones most. Moved = seats (round, person) whose table changed, for people already planned; forced = the fewest the new table sizes impose.\n`,
  );
  out(
    '| seed | replan repeats | bound | replan moved seats (people) | forced | replan time (ms) | scratch repeats | scratch moved seats (people) | scratch time (ms) |',
  );
  out('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const seed of seeds) {
    const original = planRotation({ people: people(n), sizing: { groupCount: g }, rounds, seed });
    if (!original.ok) continue;
    const arrivals = ['late1', 'late2', 'late3'];
    const departures = [`p${seed}`, `p${seed + n / 2}`];
    const t0 = now();
    const re = replanRotation({ rounds: original.rounds, currentRound: after, arrivals, departures, seed });
    const reMs = now() - t0;
    const present = [...people(n).filter((id) => !departures.includes(id)), ...arrivals];
    const t1 = now();
    const scratch = planRotation({
      people: present,
      sizing: { groupCount: g },
      rounds: rounds - after,
      ledger: recordRounds({}, original.rounds.slice(0, after)),
      seed,
    });
    const scratchMs = now() - t1;
    if (!re.ok || !scratch.ok) continue;
    const reMoves = moves(original.rounds, re.rounds, after);
    const renumbered = matchTables(original.rounds.slice(after), scratch.rounds);
    const scratchMoves = moves(original.rounds, [...original.rounds.slice(0, after), ...renumbered], after);
    out(
      `| ${seed} | ${re.repeats} | ${re.lowerBound} | ${reMoves.seats} (${reMoves.people}) | ${re.minMoved} | ${reMs.toFixed(1)} | ${scratch.repeats} | ${scratchMoves.seats} (${scratchMoves.people}) | ${scratchMs.toFixed(1)} |`,
    );
  }
}

replanCase(40, 8, 4, 1, [1, 2, 3, 4, 5]);
replanCase(30, 6, 6, 2, [1, 2, 3]);
