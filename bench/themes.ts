/**
 * `npm run bench:themes`: theme quality and speed. Reads ../shared/data/text/ (says so and
 * stops when absent). For each data set and seed: suggestThemes (GSDMM) and, in the same run,
 * the classical baselines on the same terms (TF-IDF + k-means, LSA 100 dims + k-means, NMF),
 * scored by accuracy after Hungarian matching and NMI with k = the true number of classes.
 * Then the time to theme 10,000 and 100,000 notes drawn (with replacement, seeded) from the
 * StackOverflow titles. Prints Markdown. THEMES_SEEDS=1,2,3 and THEMES_BASELINES=0 tune it.
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

type Method = (set: LabelledSet, k: number, seed: number, language: 'fr' | 'en') => number[];

const methods: Record<string, Method> = {
  'Cercle (GSDMM)': (set, k, seed, language) => {
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

function speed(set: LabelledSet): string[] {
  const lines = ['### Speed — notes drawn with replacement from the StackOverflow titles (seed 7)', ''];
  lines.push(
    '| notes | k | time (s) | themes | unassigned | duplicate groups |',
    '|---:|---:|---:|---:|---:|---:|',
  );
  for (const n of [10_000, 100_000]) {
    const random = seededRandom(7);
    const items = Array.from({ length: n }, (_, i) => ({
      id: String(i),
      text: set.texts[Math.floor(random() * set.texts.length)]!,
    }));
    for (const k of [20, undefined]) {
      const start = performance.now();
      const result = suggestThemes(k === undefined ? { items, seed: 1 } : { items, k, seed: 1 });
      const time = (performance.now() - start) / 1000;
      if (!result.ok) throw new Error(result.message);
      const line = `| ${n.toLocaleString('en')} | ${k ?? 'auto'} | ${time.toFixed(1)} | ${result.themes.length} | ${result.unassigned.length} | ${result.duplicates.length} |`;
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
if (paris) out.push(...quality(paris, 'fr'));
else out.push(`(missing: ${DATA_DIR}/paris_budget_participatif_fr.csv)`, '');
if (stack) {
  out.push(...quality(stack, 'en'));
  out.push(...speed(stack));
} else out.push(`(missing: ${DATA_DIR}/stackoverflow_titles_en.csv)`);
console.log(out.join('\n'));
