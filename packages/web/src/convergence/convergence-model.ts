/**
 * Open Space convergence on the console (OS-70, OS-71): the reports' proposals become one dot
 * vote, and the most voted become the action plan. Pure, so the ranking and the download link
 * are tested without a browser.
 */
import {
  type ActivityConfig,
  type DotResult,
  type ProposalOption,
  proposalsForVote,
  type RoomState,
  tallyActivity,
} from '@cercle/core';

/** A dot vote takes at most 50 options (OS-70): the first 50 proposals, in report order. */
export const VOTE_OPTIONS_MAX = 50;
export const VOTE_ID_PREFIX = 'os-vote-';

export function proposalsOf(state: RoomState): ProposalOption[] {
  return proposalsForVote(state.openSpace?.reports ?? []);
}

/** The latest proposals vote opened in the room, if any. */
export const voteOf = (state: RoomState) =>
  state.activities.filter((a) => a.id.startsWith(VOTE_ID_PREFIX) && a.kind === 'dots').at(-1);

export function voteActivity(
  proposals: readonly ProposalOption[],
  title: string,
  tokens: number,
  id: string,
): ActivityConfig {
  return {
    id: `${VOTE_ID_PREFIX}${id}`.slice(0, 64),
    kind: 'dots',
    title,
    prompt: '',
    sequenceId: null,
    options: proposals.slice(0, VOTE_OPTIONS_MAX).map((p) => ({ id: p.id, label: p.label })),
    fields: [],
    columns: [],
    anonymous: false,
    private: true,
    tokens,
  };
}

export interface RankedProposal {
  id: string;
  label: string;
  dots: number;
  voters: number;
}

/** The vote's options, most dots first (ties in proposal order). */
export function rankProposals(state: RoomState): { ranked: RankedProposal[]; result: DotResult } | null {
  const vote = voteOf(state);
  if (!vote) return null;
  const tally = tallyActivity(vote, state);
  if (tally.kind !== 'dots') return null;
  const { result } = tally;
  const totals = new Map(result.totals.map((t) => [t.optionId, t]));
  const ranked = vote.options
    .map((o, i) => ({
      i,
      id: o.id,
      label: o.label,
      dots: totals.get(o.id)?.dots ?? 0,
      voters: totals.get(o.id)?.voters ?? 0,
    }))
    .sort((a, b) => b.dots - a.dots || a.i - b.i)
    .map(({ i: _i, ...rest }) => rest);
  return { ranked, result };
}

/** The action plan of the chosen proposals, in the order given (OS-71). */
export function actionPlanHref(sessionPath: string, chosen: readonly string[], locale: string): string {
  const params = new URLSearchParams({ locale: locale.startsWith('en') ? 'en' : 'fr' });
  if (chosen.length > 0) params.set('chosen', chosen.join(','));
  return `${sessionPath}/open-space/action-plan.csv?${params.toString()}`;
}
