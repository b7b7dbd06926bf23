/**
 * Near-duplicates (THEME-5): two notes are duplicates when their sets of stemmed terms have a
 * Jaccard similarity ≥ threshold (default 0.8), or when both have no terms and the same folded
 * text. Candidates come from an inverted index on each note's rarest terms, so the cost stays
 * near-linear on hundreds of thousands of notes.
 */
import { fold } from './normalize.ts';
import { buildCorpus, type LanguageOption } from './terms.ts';

/** Candidate lists longer than this are skipped: a term shared by that many notes is not rare. */
const MAX_POSTING = 500;

export function findNearDuplicates(
  texts: readonly string[],
  threshold = 0.8,
  language: LanguageOption = 'auto',
): number[][] {
  const corpus = buildCorpus(texts, language);
  return duplicateGroups(
    corpus.docs,
    corpus.df,
    texts.map((t) => fold(t).replace(/\s+/g, ' ').trim()),
    threshold,
  );
}

/** Groups of note indices (each of size ≥ 2, sorted; groups ordered by first index). */
export function duplicateGroups(
  docs: readonly Int32Array[],
  df: Int32Array,
  folded: readonly string[],
  threshold: number,
): number[][] {
  const n = docs.length;
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r]!;
    while (parent[i] !== r) {
      const next = parent[i]!;
      parent[i] = r;
      i = next;
    }
    return r;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const sets = docs.map((d) => [...new Set(d)].sort((a, b) => a - b));
  const emptyText = new Map<string, number>();
  const postings = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const set = sets[i]!;
    if (set.length === 0) {
      const key = folded[i]!;
      if (key === '') continue;
      const first = emptyText.get(key);
      if (first === undefined) emptyText.set(key, i);
      else union(first, i);
      continue;
    }
    // Two sets with Jaccard ≥ t share at least one of each set's rarest (1 − t)·|set| + 1 terms.
    const rare = [...set].sort((a, b) => df[a]! - df[b]! || a - b);
    const probe = rare.slice(0, Math.floor((1 - threshold) * set.length) + 1);
    const candidates = new Set<number>();
    for (const t of probe) {
      const list = postings.get(t) ?? [];
      if (list.length < MAX_POSTING) for (const j of list) candidates.add(j);
      list.push(i);
      postings.set(t, list);
    }
    for (const j of candidates) if (jaccard(set, sets[j]!) >= threshold) union(i, j);
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = find(i);
    const g = groups.get(r) ?? [];
    g.push(i);
    groups.set(r, g);
  }
  return [...groups.values()].filter((g) => g.length > 1).sort((a, b) => a[0]! - b[0]!);
}

function jaccard(a: number[], b: number[]): number {
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      common++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return common / (a.length + b.length - common);
}
