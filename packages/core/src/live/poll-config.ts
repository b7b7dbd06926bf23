import type { PollConfig } from '../voting/poll.ts';
import type { ActivityState } from './activity-state.ts';

/** A poll activity's voting rule: single choice unless it allows several. */
export function pollConfigOf(activity: ActivityState): PollConfig {
  const max = activity.maxChoices ?? 1;
  return max > 1 ? { kind: 'multiple', min: activity.minChoices ?? 1, max } : { kind: 'single' };
}
