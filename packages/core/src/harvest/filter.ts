/**
 * Finding items on the harvest board (HARVEST-2, 4, 5): accent- and case-insensitive search that
 * needs every word, and filters that combine with AND.
 */
import { fold } from '../themes/normalize.ts';
import type { HarvestItem } from './items.ts';

/** What the facilitator did with an item: stored by the server, keyed by item key. */
export interface HarvestMark {
  tags: string[];
  clusterId: string | null;
  duplicateOf: string | null;
  verbatim: boolean;
}

export const NO_MARK: HarvestMark = { tags: [], clusterId: null, duplicateOf: null, verbatim: false };

export interface HarvestFilter {
  q?: string | undefined;
  workshopId?: string | undefined;
  sessionId?: string | undefined;
  sequenceId?: string | undefined;
  activityId?: string | undefined;
  tag?: string | undefined;
  /** A cluster id, or `none` for items in no cluster. */
  clusterId?: string | undefined;
  includeHidden?: boolean | undefined;
}

const words = (text: string) =>
  fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

export function filterHarvest(
  items: readonly HarvestItem[],
  marks: ReadonlyMap<string, HarvestMark>,
  filter: HarvestFilter,
): HarvestItem[] {
  const needles = filter.q ? words(filter.q) : [];
  const tag = filter.tag ? fold(filter.tag.trim()) : null;
  return items.filter((item) => {
    if (item.hidden && !filter.includeHidden) return false;
    if (filter.workshopId && item.workshopId !== filter.workshopId) return false;
    if (filter.sessionId && item.sessionId !== filter.sessionId) return false;
    if (filter.sequenceId && item.sequenceId !== filter.sequenceId) return false;
    if (filter.activityId && item.activityId !== filter.activityId) return false;
    const mark = marks.get(item.key) ?? NO_MARK;
    if (tag && !mark.tags.some((t) => fold(t) === tag)) return false;
    if (filter.clusterId === 'none' && mark.clusterId !== null) return false;
    if (filter.clusterId && filter.clusterId !== 'none' && mark.clusterId !== filter.clusterId) return false;
    if (needles.length === 0) return true;
    const haystack = fold([item.text, item.author, item.activityTitle ?? '', item.column ?? ''].join('\n'));
    return needles.every((n) => haystack.includes(n));
  });
}
