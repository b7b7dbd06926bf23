/**
 * suggestThemes: clusters harvested notes into themes a facilitator can accept, rename, merge
 * or reject. Pure and deterministic for a seed; nothing leaves the machine (THEME-6..THEME-10).
 */
import { clusterNotes } from './cluster.ts';
import { duplicateGroups } from './duplicates.ts';
import { fold } from './normalize.ts';
import { seededRandom } from './random.ts';
import { buildCorpus, type LanguageOption } from './terms.ts';

export interface ThemeItem {
  id: string;
  text: string;
}

export interface SuggestThemesInput {
  items: readonly ThemeItem[];
  /** Target number of themes; chosen automatically when absent (THEME-8). */
  k?: number;
  language?: LanguageOption;
  seed: number;
  /** GSDMM's Gibbs sweeps (default 20): the work budget, instead of a clock. */
  iterations?: number;
  /** Independent runs of the clustering, most cohesive kept (default 3, 1 above 30,000 notes). */
  restarts?: number;
  /** Jaccard threshold for near-duplicates (default 0.8, THEME-5). */
  duplicateThreshold?: number;
}

export interface Theme {
  id: string;
  /** Key terms, most telling first, as people wrote them (THEME-7). */
  label: string[];
  itemIds: string[];
  /** Representative item ids, most typical first (THEME-7). */
  verbatims: string[];
}

export type SuggestThemesResult =
  | { ok: true; themes: Theme[]; unassigned: string[]; duplicates: string[][] }
  | { ok: false; code: 'VALIDATION_FAILED'; message: string };

const LABEL_TERMS = 3;
const RARE_WORD_MIN_ITEMS = 100;
const VERBATIMS = 3;
/** Upper bound on automatic k: more themes than this is more than a wall can hold. */
const MAX_AUTO_THEMES = 30;

export function suggestThemes(input: SuggestThemesInput): SuggestThemesResult {
  const { items, seed } = input;
  if (input.k !== undefined && (!Number.isInteger(input.k) || input.k < 1)) {
    return {
      ok: false,
      code: 'VALIDATION_FAILED',
      message: `k must be a positive integer (got ${input.k}).`,
    };
  }
  if (!Number.isFinite(seed)) {
    return { ok: false, code: 'VALIDATION_FAILED', message: 'seed must be a finite number.' };
  }
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.id)) {
      return { ok: false, code: 'VALIDATION_FAILED', message: `Two items share the id "${item.id}".` };
    }
    seen.add(item.id);
  }
  const texts = items.map((i) => (typeof i.text === 'string' ? i.text : ''));
  const corpus = buildCorpus(texts, input.language ?? 'auto');
  const folded = texts.map((t) => fold(t).replace(/\s+/g, ' ').trim());
  const duplicates = duplicateGroups(corpus.docs, corpus.df, folded, input.duplicateThreshold ?? 0.8).map(
    (g) => g.map((i) => items[i]!.id),
  );

  // THEME-6: in a large harvest a word seen in one note only links it to nothing; dropping
  // such words sharpens the themes. Small harvests keep every word.
  const { docs: clusterDocs, vocab } = clusteringTerms(
    corpus.docs,
    corpus.df,
    items.length >= RARE_WORD_MIN_ITEMS ? 2 : 1,
  );
  // THEME-6: a note without any (clustering) term — empty, only stop words — joins no theme.
  const withTerms: number[] = [];
  for (let i = 0; i < items.length; i++) if (clusterDocs[i]!.length > 0) withTerms.push(i);
  const unassigned = items.filter((_, i) => clusterDocs[i]!.length === 0).map((i) => i.id);
  if (withTerms.length === 0) return { ok: true, themes: [], unassigned, duplicates };

  const auto = input.k === undefined;
  // THEME-8: with k absent, aim at √(n/2) themes (at most 30); GSDMM (started from twice as
  // many clusters) empties the ones it does not need. With k given, at most one theme per note.
  const K = auto
    ? Math.max(1, Math.min(MAX_AUTO_THEMES, Math.round(Math.sqrt(withTerms.length / 2))))
    : Math.min(input.k!, withTerms.length);
  const docs = withTerms.map((i) => clusterDocs[i]!);
  // THEME-6: a few restarts (fewer for big harvests, to keep the time budget).
  const restarts = input.restarts ?? (docs.length <= 30_000 ? 3 : 1);
  const labels = clusterNotes(
    docs,
    vocab,
    { clusters: K, restarts, iterations: input.iterations ?? 20 },
    seededRandom(seed),
  );

  const members = new Map<number, number[]>();
  labels.forEach((k, j) => {
    const list = members.get(k) ?? [];
    list.push(withTerms[j]!);
    members.set(k, list);
  });
  // THEME-9: themes ordered by size (largest first), ties by their first item; ids follow.
  const groups = [...members.values()].sort((a, b) => b.length - a.length || a[0]! - b[0]!);
  const themes: Theme[] = [];
  for (const group of groups) {
    // THEME-8: automatically found singletons are noise, not themes.
    if (auto && group.length < 2 && items.length > 2) {
      unassigned.push(items[group[0]!]!.id);
      continue;
    }
    themes.push(describeTheme(`theme-${themes.length + 1}`, group, corpus, items));
  }
  return { ok: true, themes, unassigned, duplicates };
}

/**
 * THEME-7: label = the terms with the highest count × log(N / df) inside the theme (frequent
 * here, rare elsewhere), shown in their most frequent surface form; verbatims = the notes whose
 * terms are most typical of the theme (mean share of the theme's term counts), one per
 * distinct text.
 */
function describeTheme(
  id: string,
  group: number[],
  corpus: ReturnType<typeof buildCorpus>,
  items: readonly ThemeItem[],
): Theme {
  const n = corpus.docs.length;
  const counts = new Map<number, number>();
  for (const i of group) for (const t of new Set(corpus.docs[i]!)) counts.set(t, (counts.get(t) ?? 0) + 1);
  const weight = (t: number) => counts.get(t)! * Math.log((n + 1) / corpus.df[t]!);
  const terms = [...counts.keys()].sort((a, b) => weight(b) - weight(a) || a - b);
  const label: string[] = [];
  for (const t of terms) {
    const word = corpus.surfaces[t]!;
    if (!label.includes(word)) label.push(word);
    if (label.length === LABEL_TERMS) break;
  }
  // Computed once per note: the sort below would otherwise recompute it at every comparison.
  const typicality = new Map<number, number>();
  for (const i of group) {
    const doc = [...new Set(corpus.docs[i]!)];
    typicality.set(i, doc.reduce((s, t) => s + counts.get(t)! / group.length, 0) / Math.sqrt(doc.length));
  }
  const ranked = [...group].sort((a, b) => typicality.get(b)! - typicality.get(a)! || a - b);
  const verbatims: string[] = [];
  const shown = new Set<string>();
  for (const i of ranked) {
    const key = fold(items[i]!.text).trim();
    if (shown.has(key)) continue;
    shown.add(key);
    verbatims.push(items[i]!.id);
    if (verbatims.length === VERBATIMS) break;
  }
  return { id, label, itemIds: group.map((i) => items[i]!.id), verbatims };
}

/** Term ids renumbered densely over the terms seen in at least `minDf` notes. */
function clusteringTerms(docs: readonly Int32Array[], df: Int32Array, minDf: number) {
  const remap = new Int32Array(df.length).fill(-1);
  let vocab = 0;
  for (let t = 0; t < df.length; t++) if (df[t]! >= minDf) remap[t] = vocab++;
  return {
    docs: docs.map((doc) => Int32Array.from(Array.from(doc, (t) => remap[t]!).filter((t) => t >= 0))),
    vocab,
  };
}
