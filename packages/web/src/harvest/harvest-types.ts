/** What `GET …/missions/:missionId/harvest` answers (packages/server/src/harvest/routes.ts). */
export interface HarvestItemView {
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
  column: string | null;
  author: string;
  text: string;
  hidden: boolean;
  at: number;
  tags: string[];
  clusterId: string | null;
  duplicateOf: string | null;
  verbatim: boolean;
}

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
