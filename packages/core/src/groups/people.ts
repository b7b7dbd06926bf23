/** Participants as the grouping functions see them, and the checks every entry point shares. */
import { GROUPING_LIMITS, type GroupingFailure, refuse } from './result.ts';

/** A participant: an id and optional attributes (`{ department: 'RH', role: 'cadre' }`). */
export interface Person {
  id: string;
  attributes?: Record<string, string>;
}

export function idOf(person: string | Person): string {
  return typeof person === 'string' ? person : person?.id;
}

/** GROUP-4: ids are non-empty strings without `|`, each listed once, within the size limit. */
export function checkIds(ids: readonly unknown[], what = 'people'): GroupingFailure | null {
  if (ids.length > GROUPING_LIMITS.maxPeople) {
    return refuse(
      'VALIDATION_FAILED',
      'GROUP-4',
      `At most ${GROUPING_LIMITS.maxPeople} ${what}; got ${ids.length}.`,
    );
  }
  const seen = new Set<string>();
  for (const id of ids) {
    if (
      typeof id !== 'string' ||
      id.length === 0 ||
      id.length > GROUPING_LIMITS.maxIdLength ||
      id.includes('|')
    ) {
      return refuse(
        'VALIDATION_FAILED',
        'GROUP-4',
        `Every id must be a non-empty string without "|"; got ${JSON.stringify(id)}.`,
      );
    }
    if (seen.has(id)) return refuse('VALIDATION_FAILED', 'GROUP-4', `${id} is listed twice.`);
    seen.add(id);
  }
  return null;
}

/** Ids present in `index`; the first unknown id as a refusal. */
export function checkKnown(
  ids: readonly string[],
  index: ReadonlyMap<string, number>,
  where: string,
): GroupingFailure | null {
  for (const id of ids) {
    if (typeof id !== 'string' || !index.has(id)) {
      return refuse(
        'VALIDATION_FAILED',
        'GROUP-4',
        `${where} names ${JSON.stringify(id)}, who is not in the list of people.`,
      );
    }
  }
  return null;
}
