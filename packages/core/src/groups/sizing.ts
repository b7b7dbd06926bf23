/**
 * How many tables, and how many seats at each (GROUP-1, GROUP-2). Sizes are balanced: they
 * differ by at most one, the larger tables first.
 */
import { type GroupingFailure, refuse } from './result.ts';

/** By number of tables, by table size (a maximum), or by a min–max range of sizes. */
export type Sizing = { groupCount: number } | { size: number } | { minSize: number; maxSize: number };

/** GROUP-1: n people over g tables, sizes differing by at most one, larger tables first. */
export function balancedSizes(people: number, groupCount: number): number[] {
  const base = Math.floor(people / groupCount);
  const larger = people % groupCount;
  return Array.from({ length: groupCount }, (_, t) => base + (t < larger ? 1 : 0));
}

const isWhole = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n);

/**
 * GROUP-2: the number of tables for `people` people. `{ size }` means "at most `size` a table"
 * (a table has that many seats), so 23 people with size 5 sit at 5 tables (5,5,5,4,4).
 * `{ minSize, maxSize }` takes the fewest tables whose balanced sizes fit the range.
 * `minGroupSize` is 2 except where a rule allows otherwise.
 */
export function groupCountFor(
  people: number,
  sizing: Sizing,
  minGroupSize = 2,
): { ok: true; groupCount: number } | GroupingFailure {
  if (typeof sizing !== 'object' || sizing === null) {
    return refuse(
      'VALIDATION_FAILED',
      'GROUP-2',
      'Say how to size the groups: groupCount, size or minSize–maxSize.',
    );
  }
  let groupCount: number;
  if ('groupCount' in sizing) {
    if (!isWhole(sizing.groupCount) || sizing.groupCount < 1) {
      return refuse(
        'VALIDATION_FAILED',
        'GROUP-2',
        'The number of groups must be a whole number of at least 1.',
      );
    }
    groupCount = sizing.groupCount;
  } else if ('size' in sizing) {
    if (!isWhole(sizing.size) || sizing.size < minGroupSize) {
      return refuse(
        'GROUPS_INFEASIBLE',
        'GROUP-3',
        `A group needs at least ${minGroupSize} people; size ${String(sizing.size)} is too small.`,
      );
    }
    groupCount = Math.max(1, Math.ceil(people / sizing.size));
  } else if ('minSize' in sizing && 'maxSize' in sizing) {
    const { minSize, maxSize } = sizing;
    if (!isWhole(minSize) || !isWhole(maxSize) || minSize > maxSize) {
      return refuse(
        'VALIDATION_FAILED',
        'GROUP-2',
        'minSize and maxSize must be whole numbers with minSize ≤ maxSize.',
      );
    }
    if (maxSize < minGroupSize) {
      return refuse(
        'GROUPS_INFEASIBLE',
        'GROUP-3',
        `A group needs at least ${minGroupSize} people; maxSize ${maxSize} is too small.`,
      );
    }
    groupCount = Math.max(1, Math.ceil(people / maxSize));
    if (Math.floor(people / groupCount) < minSize) {
      return refuse(
        'GROUPS_INFEASIBLE',
        'GROUP-2',
        `${people} people cannot be split into groups of ${minSize}–${maxSize}: ${groupCount} groups would have ${balancedSizes(people, groupCount).join(', ')} people.`,
      );
    }
  } else {
    return refuse(
      'VALIDATION_FAILED',
      'GROUP-2',
      'Say how to size the groups: groupCount, size or minSize–maxSize.',
    );
  }
  if (groupCount > people) {
    return refuse(
      'GROUPS_INFEASIBLE',
      'GROUP-3',
      `There are more groups (${groupCount}) than people (${people}).`,
    );
  }
  if (Math.floor(people / groupCount) < minGroupSize) {
    return refuse(
      'GROUPS_INFEASIBLE',
      'GROUP-3',
      `${people} people in ${groupCount} groups would leave a group of ${Math.floor(people / groupCount)}; a group needs at least ${minGroupSize}.`,
    );
  }
  return { ok: true, groupCount };
}
