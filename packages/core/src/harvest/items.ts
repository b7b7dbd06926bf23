/**
 * Harvest items (HARVEST-1..3): a live session's contributions with where they came from, so a
 * verbatim in the report can always be traced to its workshop, sequence and author's pseudonym.
 */
import type { LiveActivityKind } from '../live/activities.ts';
import type { RoomState, TablePlace } from '../live/room-state.ts';

export interface HarvestSource {
  sessionId: string;
  sessionTitle: string;
  workshopId: string | null;
  workshopTitle: string | null;
  /** Run-of-show sequence id → title, for the sessions's workshop. */
  sequenceTitles: Readonly<Record<string, string>>;
}

export interface HarvestItem {
  /** `sessionId:contributionId` (HARVEST-3). */
  key: string;
  sessionId: string;
  sessionTitle: string;
  contributionId: string;
  workshopId: string | null;
  workshopTitle: string | null;
  sequenceId: string | null;
  sequenceTitle: string | null;
  activityId: string | null;
  activityTitle: string | null;
  activityKind: LiveActivityKind | null;
  column: string | null;
  /** The table and round it was written at, during a World Café or other groups (GROUPS-LIVE-7). */
  place: TablePlace | null;
  /** The pseudonym people saw; empty in anonymous activities. */
  author: string;
  text: string;
  hidden: boolean;
  /** Milliseconds since the epoch. */
  at: number;
}

export const itemKey = (sessionId: string, contributionId: string) => `${sessionId}:${contributionId}`;

export function harvestItems(source: HarvestSource, state: RoomState): HarvestItem[] {
  const activities = new Map(state.activities.map((a) => [a.id, a]));
  return state.contributions.map((c) => {
    const activity = c.activityId ? activities.get(c.activityId) : undefined;
    const sequenceId = activity?.sequenceId ?? null;
    const fields = c.fields && activity?.fields ? formText(activity.fields, c.fields) : null;
    return {
      key: itemKey(source.sessionId, c.id),
      sessionId: source.sessionId,
      sessionTitle: source.sessionTitle,
      contributionId: c.id,
      workshopId: source.workshopId,
      workshopTitle: source.workshopTitle,
      sequenceId,
      sequenceTitle: sequenceId ? (source.sequenceTitles[sequenceId] ?? null) : null,
      activityId: activity?.id ?? null,
      activityTitle: activity?.title ?? null,
      activityKind: activity?.kind ?? null,
      column: c.column ?? null,
      place: c.place ?? null,
      author: c.nickname,
      text: fields ?? c.text,
      hidden: c.hidden,
      at: c.at,
    };
  });
}

/** A form row as one readable line per field, in the form's order, empty fields left out. */
function formText(fields: readonly { key: string; label: string }[], values: Record<string, string>): string {
  return fields
    .filter((f) => values[f.key]?.trim())
    .map((f) => `${f.label}: ${values[f.key]?.trim()}`)
    .join('\n');
}
