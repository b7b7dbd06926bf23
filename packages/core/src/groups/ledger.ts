/**
 * The encounter ledger: who has already sat with whom (LEDGER-*). A plain JSON object so it
 * can live in a mission document and travel to browsers; keys are the two ids sorted and
 * joined by `|` (ids must not contain `|`).
 */
export type EncounterLedger = Record<string, number>;

/** LEDGER-1: the key of an unordered pair. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** LEDGER-2: how many times two people have met (0 when never, or when a = b). */
export function timesMet(ledger: EncounterLedger | undefined, a: string, b: string): number {
  if (!ledger || a === b) return 0;
  const key = pairKey(a, b);
  return Object.hasOwn(ledger, key) ? (ledger[key] ?? 0) : 0;
}

/** LEDGER-3: a new ledger with every pair sharing a group in `groups` counted once more. */
export function recordGroups(
  ledger: EncounterLedger,
  groups: readonly (readonly string[])[],
): EncounterLedger {
  return recordRounds(ledger, [groups]);
}

/** LEDGER-3: the same for several rounds (round → group → ids). The input is not modified. */
export function recordRounds(
  ledger: EncounterLedger,
  rounds: readonly (readonly (readonly string[])[])[],
): EncounterLedger {
  const next: EncounterLedger = { ...ledger };
  for (const groups of rounds) {
    for (const group of groups) {
      for (let i = 0; i < group.length; i++) {
        for (let j = i + 1; j < group.length; j++) {
          const a = group[i] as string;
          const b = group[j] as string;
          if (a === b) continue;
          const key = pairKey(a, b);
          next[key] = (Object.hasOwn(next, key) ? (next[key] ?? 0) : 0) + 1;
        }
      }
    }
  }
  return next;
}

/** LEDGER-4: the sum of several ledgers (a mission's ledger is the merge of its workshops'). */
export function mergeLedgers(...ledgers: readonly EncounterLedger[]): EncounterLedger {
  const merged: EncounterLedger = {};
  for (const ledger of ledgers) {
    for (const [key, count] of Object.entries(ledger)) {
      if (!Number.isFinite(count) || count <= 0) continue;
      merged[key] = (Object.hasOwn(merged, key) ? (merged[key] ?? 0) : 0) + count;
    }
  }
  return merged;
}

/**
 * LEDGER-5: repeated encounters a plan adds: for every pair, meetings beyond the first,
 * counting the ledger's earlier meetings as already spent. A pair meeting 3 times counts 2.
 */
export function countRepeats(
  rounds: readonly (readonly (readonly string[])[])[],
  ledger: EncounterLedger = {},
): number {
  const after = recordRounds({}, rounds);
  let repeats = 0;
  for (const [key, planned] of Object.entries(after)) {
    const before = Object.hasOwn(ledger, key) ? (ledger[key] ?? 0) : 0;
    repeats += Math.max(0, before + planned - 1) - Math.max(0, before - 1);
  }
  return repeats;
}
