/** Pure helpers of the harvest board page. */
import type { HarvestFilters, HarvestItemView } from './harvest-types.ts';

/** The board's query string: empty filters left out so the URL stays short and cacheable. */
export function boardQuery(filters: HarvestFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value.trim()) params.set(key, value.trim());
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** "a, b ,, c" → ["a", "b", "c"]: tags typed in one field, duplicates (ignoring case) dropped. */
export function parseTags(input: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of input.split(/[,;\n]/)) {
    const tag = raw.trim().slice(0, 40);
    if (!tag || seen.has(tag.toLocaleLowerCase())) continue;
    seen.add(tag.toLocaleLowerCase());
    tags.push(tag);
  }
  return tags.slice(0, 20);
}

/** Where an item comes from, as the meta line shows it: workshop · sequence · activity. */
export function sourceLine(item: HarvestItemView): string {
  return [item.workshopTitle ?? item.sessionTitle, item.sequenceTitle, item.activityTitle]
    .filter((part): part is string => Boolean(part))
    .join(' · ');
}

/** Distinct workshops present on the board, for the filter. */
export function workshopsOf(items: readonly HarvestItemView[]): { id: string; title: string }[] {
  const found = new Map<string, string>();
  for (const item of items)
    if (item.workshopId && !found.has(item.workshopId))
      found.set(item.workshopId, item.workshopTitle ?? item.workshopId);
  return [...found].map(([id, title]) => ({ id, title }));
}
