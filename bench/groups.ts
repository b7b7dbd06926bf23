/**
 * Groups and rotations quality bench (`npm run bench:groups`): Social Golfer instances from
 * ../shared/data/golfer (g ≤ 10, known solvable) and a grid of typical workshops, against a
 * naive random rotation. Prints a markdown table; nothing asserts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { countRepeats, planRotation } from '../packages/core/src/groups/index.ts';
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
