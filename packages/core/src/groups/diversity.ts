/**
 * FORM-3: how mixed a set of groups is, attribute by attribute, so a facilitator (and the
 * bench) can compare a plan with a random draw. A person without a value for an attribute
 * counts for nothing on that attribute.
 */
import { idOf, type Person } from './people.ts';

export interface AttributeDiversity {
  key: string;
  /** Distinct values seen among everyone. */
  values: number;
  /**
   * Mean over groups of (distinct values in the group) / min(group members with a value,
   * values): 1 when every group is as varied as its size allows.
   */
  coverage: number;
  /** Largest gap, over values, between the groups holding the most and the fewest of it. */
  spread: number;
  /** Pairs of groupmates sharing a value (what `mixed` minimises and `homogeneous` maximises). */
  sharedPairs: number;
}

export interface DiversityReport {
  /** Mean coverage over the attributes, 0–1. */
  score: number;
  sharedPairs: number;
  attributes: AttributeDiversity[];
}

export function measureDiversity(
  groups: readonly (readonly string[])[],
  people: readonly (string | Person)[],
  keys: readonly string[],
): DiversityReport {
  const attributesOf = new Map<string, Record<string, string>>();
  for (const p of people) if (typeof p !== 'string' && p.attributes) attributesOf.set(idOf(p), p.attributes);
  const attributes = keys.map((key) => {
    const valueFor = (id: string): string | undefined => {
      const attrs = attributesOf.get(id);
      return attrs && Object.hasOwn(attrs, key) ? attrs[key] : undefined;
    };
    const all = new Set<string>();
    for (const group of groups)
      for (const id of group) {
        const v = valueFor(id);
        if (v !== undefined) all.add(v);
      }
    const perGroup = groups.map((group) => {
      const counts = new Map<string, number>();
      for (const id of group) {
        const v = valueFor(id);
        if (v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
      }
      return counts;
    });
    let coverageSum = 0;
    let sharedPairs = 0;
    for (const counts of perGroup) {
      let withValue = 0;
      for (const c of counts.values()) {
        withValue += c;
        sharedPairs += (c * (c - 1)) / 2;
      }
      const possible = Math.min(withValue, all.size);
      coverageSum += possible === 0 ? 1 : counts.size / possible;
    }
    let spread = 0;
    for (const v of all) {
      const counts = perGroup.map((c) => c.get(v) ?? 0);
      spread = Math.max(spread, Math.max(...counts) - Math.min(...counts));
    }
    return {
      key,
      values: all.size,
      coverage: groups.length === 0 ? 1 : coverageSum / groups.length,
      spread,
      sharedPairs,
    };
  });
  return {
    score: attributes.length === 0 ? 1 : attributes.reduce((s, a) => s + a.coverage, 0) / attributes.length,
    sharedPairs: attributes.reduce((s, a) => s + a.sharedPairs, 0),
    attributes,
  };
}
