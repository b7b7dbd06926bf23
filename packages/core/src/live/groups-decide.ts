/**
 * Decides the groups actions of the day (GROUPS-LIVE-3…6 in packages/server/src/live/SPEC.md):
 * starting rounds, hand moves and swaps, interview role swaps. Facilitators only (mayPerform).
 */
import type { Decision } from './decide.ts';
import { type GroupPlan, type GroupsEventBody, tableOf } from './groups.ts';
import type { Action } from './protocol.ts';
import type { RoomState } from './room-state.ts';

export type GroupsAction = Extract<Action, { kind: `groups.${string}` }>;

const ok = (event: GroupsEventBody): Decision => ({ ok: true, event });
const invalid = (message: string): Decision => ({ ok: false, code: 'VALIDATION_FAILED', message });

const nameOf = (plan: GroupPlan, id: string) => plan.names[id] || id;

/** GROUPS-LIVE-4: only the round being played and those to come may change. */
function checkEditableRound(plan: GroupPlan, current: number, round: number): Decision | null {
  if (round >= plan.rounds.length)
    return invalid(`round: the plan has ${plan.rounds.length} round(s); there is no round ${round + 1}`);
  if (round < current)
    return invalid(`round: round ${round + 1} is over; only the current round and those to come can change`);
  return null;
}

export function decideGroups(action: GroupsAction, state: RoomState): Decision {
  const groups = state.groups;
  const plan = groups?.plan;
  if (!groups || !plan) return { ok: false, code: 'NOT_FOUND', message: 'No groups are planned.' };
  switch (action.kind) {
    case 'groups.round':
      if (action.round >= plan.rounds.length)
        return invalid(
          `round: the plan has ${plan.rounds.length} round(s); there is no round ${action.round + 1}`,
        );
      return ok({ type: 'groups.round.started', data: { round: action.round } });
    case 'groups.move': {
      const refused = checkEditableRound(plan, groups.round, action.round);
      if (refused) return refused;
      const tables = plan.rounds[action.round] ?? [];
      if (action.table >= tables.length)
        return invalid(`table: there are ${tables.length} tables; there is no table ${action.table + 1}`);
      const from = tableOf(plan, action.round, action.participantId);
      if (from < 0)
        return {
          ok: false,
          code: 'NOT_FOUND',
          message: `${action.participantId} is not in round ${action.round + 1}: re-plan to seat newcomers`,
        };
      if (from === action.table)
        return invalid(`${nameOf(plan, action.participantId)} is already at table ${action.table + 1}`);
      if (plan.hosts[from] === action.participantId)
        return invalid(`${nameOf(plan, action.participantId)} hosts table ${from + 1} and stays there`);
      return ok({
        type: 'groups.moved',
        data: { round: action.round, participantId: action.participantId, table: action.table },
      });
    }
    case 'groups.swap': {
      const refused = checkEditableRound(plan, groups.round, action.round);
      if (refused) return refused;
      const ta = tableOf(plan, action.round, action.a);
      const tb = tableOf(plan, action.round, action.b);
      const missing = ta < 0 ? action.a : tb < 0 ? action.b : null;
      if (missing)
        return { ok: false, code: 'NOT_FOUND', message: `${missing} is not in round ${action.round + 1}` };
      if (ta === tb) return invalid('These two people are already at the same table.');
      const host = [action.a, action.b].find((id) => plan.hosts.includes(id));
      if (host) return invalid(`${nameOf(plan, host)} hosts a table and stays there`);
      return ok({ type: 'groups.swapped', data: { round: action.round, a: action.a, b: action.b } });
    }
    case 'groups.phase':
      if (plan.kind !== 'interviews') return invalid('phase: only interviews swap roles');
      return ok({ type: 'groups.phase.set', data: { phase: action.phase } });
    case 'groups.clear':
      return ok({ type: 'groups.cleared', data: {} });
  }
}
