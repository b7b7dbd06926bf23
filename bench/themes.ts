/**
 * `npm run bench:themes`: theme quality and speed. Reads ../shared/data/text/ (says so and
 * stops when absent). For each data set and seed: suggestThemes and, in the same run, the
 * classical baselines on the same terms (TF-IDF + k-means, LSA 100 dims + k-means, NMF),
 * scored by accuracy after Hungarian matching and NMI with k = the true number of classes.
 * Then the time to theme 10,000 and 100,000 notes drawn (with replacement, seeded) from the
 * StackOverflow titles: median wall time of THEMES_SPEED_RUNS runs (default 3) and the median
 * CPU time of the process over the same runs (the machine is shared; CPU time shows the work
 * when wall time includes waiting for a core). Prints Markdown. THEMES_SEEDS=1,2,3,
 * THEMES_BASELINES=0, THEMES_SPEED_RUNS=3 and THEMES_QUALITY=0 (speed only) tune it.
 */
import { existsSync } from 'node:fs';
import { seededRandom } from '../packages/core/src/themes/random.ts';
import { suggestThemes } from '../packages/core/src/themes/suggest-themes.ts';
import { buildCorpus } from '../packages/core/src/themes/terms.ts';
import { DATA_DIR, type LabelledSet, readLabelledSet } from './themes-data.ts';
import { denseRows, kmeans, lsa, nmf, tfidf } from './themes-linalg.ts';
import { accuracy, nmi } from './themes-metrics.ts';

const seeds = (process.env.THEMES_SEEDS ?? '1,2,3').split(',').map(Number);
const withBaselines = process.env.THEMES_BASELINES !== '0';
const speedRuns = Number(process.env.THEMES_SPEED_RUNS ?? 3);
const withQuality = process.env.THEMES_QUALITY !== '0';

type Method = (set: LabelledSet, k: number, seed: number, language: 'fr' | 'en') => number[];

const methods: Record<string, Method> = {
  'Cercle (GSDMM ×2, merge, k-means, term weights)': (set, k, seed, language) => {
    const items = set.texts.map((text, i) => ({ id: String(i), text }));
    const result = suggestThemes({ items, k, seed, language });
    if (!result.ok) throw new Error(result.message);
    const predicted = new Array<number>(items.length).fill(-1);
    result.themes.forEach((theme, t) => {
      for (const id of theme.itemIds) predicted[Number(id)] = t;
    });
    return predicted;
  },
};
if (withBaselines) {
  const features = (set: LabelledSet, language: 'fr' | 'en') => {
    const corpus = buildCorpus(set.texts, language, 2);
    return { X: tfidf(corpus.docs, corpus.keys.length), vocab: corpus.keys.length };
  };
  methods['TF-IDF + k-means'] = (set, k, seed, language) => {
    const { X, vocab } = features(set, language);
    return [...kmeans(X, vocab, k, seededRandom(seed))];
  };
  methods['LSA (100) + k-means'] = (set, k, seed, language) => {
    const { X, vocab } = features(set, language);
    return [...kmeans(denseRows(lsa(X, vocab, 100, seededRandom(seed))), 100, k, seededRandom(seed))];
  };
  methods.NMF = (set, k, seed, language) => {
    const { X, vocab } = features(set, language);
    return [...nmf(X, vocab, k, seededRandom(seed))];
  };
}

const f3 = (v: number) => v.toFixed(3);
const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;

function quality(set: LabelledSet, language: 'fr' | 'en'): string[] {
  const k = set.labelNames.length;
  const lines = [
    `### ${set.name} — ${set.texts.length.toLocaleString('en')} texts, k = ${k}, seeds ${seeds.join(', ')}`,
    '',
    '| method | accuracy (mean) | NMI (mean) | accuracy per seed | NMI per seed | time per run (s) |',
    '|---|---:|---:|---|---|---:|',
  ];
  for (const [name, method] of Object.entries(methods)) {
    const accs: number[] = [];
    const nmis: number[] = [];
    let time = 0;
    for (const seed of seeds) {
      const start = performance.now();
      const predicted = method(set, k, seed, language);
      time += performance.now() - start;
      accs.push(accuracy(set.labels, predicted));
      nmis.push(nmi(set.labels, predicted));
    }
    const line = `| ${name} | ${f3(mean(accs))} | ${f3(mean(nmis))} | ${accs.map(f3).join(' / ')} | ${nmis.map(f3).join(' / ')} | ${(time / seeds.length / 1000).toFixed(1)} |`;
    console.error(line);
    lines.push(line);
  }
  return [...lines, ''];
}

const median = (v: number[]) => {
  const sorted = [...v].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

function speed(set: LabelledSet): string[] {
  const lines = [
    `### Speed — notes drawn with replacement from the StackOverflow titles (seed 7), median of ${speedRuns} runs`,
    '',
  ];
  lines.push(
    '| notes | k | wall time (s) | CPU time (s) | wall time per run (s) | themes | unassigned | duplicate groups |',
    '|---:|---:|---:|---:|---|---:|---:|---:|',
  );
  for (const n of [10_000, 100_000]) {
    const random = seededRandom(7);
    const items = Array.from({ length: n }, (_, i) => ({
      id: String(i),
      text: set.texts[Math.floor(random() * set.texts.length)]!,
    }));
    for (const k of [20, undefined]) {
      const walls: number[] = [];
      const cpus: number[] = [];
      let result: ReturnType<typeof suggestThemes> | undefined;
      for (let run = 0; run < speedRuns; run++) {
        const cpu = cpuSeconds();
        const start = performance.now();
        result = suggestThemes(k === undefined ? { items, seed: 1 } : { items, k, seed: 1 });
        walls.push((performance.now() - start) / 1000);
        cpus.push(cpuSeconds() - cpu);
      }
      if (!result?.ok) throw new Error(result?.ok === false ? result.message : 'no run');
      const line = `| ${n.toLocaleString('en')} | ${k ?? 'auto'} | ${median(walls).toFixed(1)} | ${median(cpus).toFixed(1)} | ${walls.map((w) => w.toFixed(1)).join(' / ')} | ${result.themes.length} | ${result.unassigned.length} | ${result.duplicates.length} |`;
      console.error(line);
      lines.push(line);
    }
  }
  return lines;
}

if (!existsSync(DATA_DIR)) {
  console.log(`No data: ${DATA_DIR} is missing. The themes benchmark needs ../shared/data/text/.`);
  process.exit(0);
}
const paris = readLabelledSet('paris_budget_participatif_fr.csv', 'titre', 'thematique');
const stack = readLabelledSet('stackoverflow_titles_en.csv', 'text', 'label_name');
const out: string[] = ['## Themes', ''];
if (!withQuality) out.push('(quality skipped: THEMES_QUALITY=0)', '');
else if (paris) out.push(...quality(paris, 'fr'));
else out.push(`(missing: ${DATA_DIR}/paris_budget_participatif_fr.csv)`, '');
if (stack) {
  if (withQuality) out.push(...quality(stack, 'en'));
  out.push(...speed(stack));
} else out.push(`(missing: ${DATA_DIR}/stackoverflow_titles_en.csv)`);
console.log(out.join('\n'));
