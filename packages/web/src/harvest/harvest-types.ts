/** What `GET …/missions/:missionId/harvest` answers (packages/server/src/harvest/routes.ts). */
import type { HarvestItem, HarvestMark, TablePlace } from '@cercle/core';

/** An item as the board lists it: the item with the facilitator's marks. */
export type HarvestItemView = HarvestItem & HarvestMark;

export interface HarvestCluster {
  id: string;
  name: string;
  origin: 'hand' | 'suggested';
  keyTerms: string[];
  count: number;
}

export interface HarvestBoard {
  total: number;
  items: HarvestItemView[];
  clusters: HarvestCluster[];
  tags: { tag: string; count: number }[];
  /** Tables of the sessions' group plans, round by round (a photo may be filed at one). */
  tables: TablePlace[];
}

export interface SuggestedTheme {
  name: string;
  keyTerms: string[];
  itemKeys: string[];
  /** The most typical contributions, most typical first. */
  verbatims: { key: string; text: string }[];
}

export interface HarvestFilters {
  q: string;
  workshopId: string;
  tag: string;
  /** '' all, 'none' in no cluster, or a cluster id. */
  clusterId: string;
}
