/**
 * Turns a client's action into the event to append, or refuses it.
 * Pure: the caller passes the actor, the current state and the server time.
 * Rules: packages/server/src/live/SPEC.md (SUBMIT-4, ACT-*).
 */
import type { ErrorCode } from '../errors.ts';
import { LIMITS } from '../limits.ts';
import { flaggedWords } from '../text/profanity.ts';
import { CONTRIBUTION_KINDS } from './activity-state.ts';
import { validateBallot } from './ballots.ts';
import { placementOf } from './groups.ts';
import { decideGroups } from './groups-decide.ts';
import { decideOpenSpace } from './open-space-decide.ts';
import type { Action, Role } from './protocol.ts';
import { findActivity, type LiveEventBody, type RoomState, type TablePlace } from './room-state.ts';
import { addTime, IDLE_TIMER, pauseTimer, resumeTimer, startTimer } from './timer.ts';

export interface Actor {
  role: Role;
  participantId: string | null;
  nickname: string;
  /** An opaque, stable key for this participant in anonymous activities (no id, no name). */
  anonymousKey?: string;
}

export type Decision = { ok: true; event: LiveEventBody } | { ok: false; code: ErrorCode; message?: string };

const FACILITATING: ReadonlySet<Role> = new Set(['owner', 'facilitator']);
const PARTICIPATING = new Set<Action['kind']>([
  'contribution.post',
  'contribution.edit',
  'ballot.cast',
  'reaction.send',
  'ready.answer',
  // Open Space: the marketplace and the day belong to everyone (OS-LIVE-1, 4, 7, 8).
  'openspace.topic.propose',
  'openspace.interest',
  'openspace.checkin',
  'openspace.report.file',
]);

export function mayPerform(role: Role, action: Action): boolean {
  if (PARTICIPATING.has(action.kind)) return role === 'participant' || FACILITATING.has(role);
  return FACILITATING.has(role);
}

const refuse = (code: ErrorCode, message?: string): Decision => ({
  ok: false,
  code,
  ...(message ? { message } : {}),
});
const ok = (event: LiveEventBody): Decision => ({ ok: true, event });

export function decide(
  action: Action,
  actor: Actor,
  state: RoomState,
  now: number,
  eventId: string,
): Decision {
  if (!mayPerform(actor.role, action)) return refuse('FORBIDDEN');
  if (state.closed) return refuse('SESSION_CLOSED');
  switch (action.kind) {
    case 'contribution.post':
    case 'contribution.proxy': {
      const activity = findActivity(state, action.activityId);
      if (action.activityId && !activity) return refuse('NOT_FOUND', 'No such activity.');
      if (activity && activity.status !== 'open') return refuse('ACTIVITY_LOCKED');
      if (activity && !CONTRIBUTION_KINDS.has(activity.kind)) {
        return refuse('VALIDATION_FAILED', 'This activity does not take contributions.');
      }
      if (activity?.kind === 'words' && action.text.length > LIMITS.wordsTextMax) {
        return refuse(
          'VALIDATION_FAILED',
          `text: a word cloud takes a few words (at most ${LIMITS.wordsTextMax} characters)`,
        );
      }
      const anchor = action.kind === 'contribution.post' ? action.anchor : undefined;
      if (anchor && activity?.kind !== 'reading')
        return refuse('VALIDATION_FAILED', 'anchor: only margin notes on a reading have a passage');
      if (anchor && activity?.document && anchor.end > activity.document.length)
        return refuse('VALIDATION_FAILED', 'anchor: the passage goes beyond the end of the document');
      const fields = action.kind === 'contribution.post' ? action.fields : undefined;
      if (activity?.kind === 'form') {
        const keys = new Set(activity.fields.map((f) => f.key));
        const unknown = Object.keys(fields ?? {}).find((k) => !keys.has(k));
        if (unknown) return refuse('VALIDATION_FAILED', `fields.${unknown}: not a field of this form`);
        if (!Object.values(fields ?? {}).some((v) => v.length > 0)) {
          return refuse('VALIDATION_FAILED', 'fields: fill at least one field');
        }
      } else if (fields) return refuse('VALIDATION_FAILED', 'fields: this activity is not a form');
      if (action.column && !activity?.columns.includes(action.column))
        return refuse('VALIDATION_FAILED', 'No such column.');
      const proxy = action.kind === 'contribution.proxy';
      const anonymous = activity?.anonymous === true;
      return ok({
        type: 'contribution.posted',
        data: {
          id: eventId,
          participantId: anonymous || proxy ? null : actor.participantId,
          nickname: anonymous ? '' : proxy ? action.nickname : actor.nickname,
          text: action.text,
          activityId: activity?.id ?? null,
          column: action.column ?? null,
          ...(fields ? { fields } : {}),
          ...(anchor ? { anchor } : {}),
          ...placeOf(state, proxy || anonymous ? null : actor.participantId),
          ...flag(action.text, ...Object.values(fields ?? {}), proxy ? action.nickname : actor.nickname),
        },
      });
    }
    case 'contribution.edit': {
      const c = state.contributions.find((x) => x.id === action.contributionId);
      // Anonymous contributions carry no author: nobody can prove they wrote them, so nobody edits them.
      if (!c || c.participantId === null || c.participantId !== actor.participantId)
        return refuse('FORBIDDEN');
      const activity = findActivity(state, c.activityId);
      if (activity && activity.status !== 'open') return refuse('ACTIVITY_LOCKED');
      return ok({
        type: 'contribution.edited',
        data: { contributionId: c.id, text: action.text, ...flag(action.text) },
      });
    }
    case 'contribution.moderate': {
      const c = state.contributions.find((x) => x.id === action.contributionId);
      if (!c) return refuse('NOT_FOUND', 'No such contribution.');
      if (action.deleted) return ok({ type: 'contribution.deleted', data: { contributionId: c.id } });
      if (action.text !== undefined)
        return ok({ type: 'contribution.edited', data: { contributionId: c.id, text: action.text } });
      if (action.hidden === undefined && action.answered === undefined)
        return refuse('VALIDATION_FAILED', 'Nothing to change.');
      return ok({
        type: 'contribution.moderated',
        data: {
          contributionId: c.id,
          ...(action.hidden !== undefined ? { hidden: action.hidden } : {}),
          ...(action.answered !== undefined ? { answered: action.answered } : {}),
        },
      });
    }
    case 'reaction.send':
      // Reactions carry no author: they are applause, not opinions.
      return ok({ type: 'reaction.sent', data: { reaction: action.reaction } });
    case 'ready.check':
      if (!action.open && !state.ready?.open) return refuse('VALIDATION_FAILED', 'No ready check is open.');
      return ok({ type: 'ready.checked', data: { open: action.open } });
    case 'ready.answer':
      if (!state.ready?.open) return refuse('VALIDATION_FAILED', 'No ready check is open.');
      if (!actor.participantId) return refuse('FORBIDDEN', 'Only participants answer a ready check.');
      return ok({
        type: 'ready.answered',
        data: { checkId: state.ready.id, participantId: actor.participantId, ready: action.ready },
      });
    case 'message.set':
      return ok({ type: 'message.set', data: { text: action.text } });
    case 'timer.start':
      return ok(timerEvent(startTimer(action.durationSeconds * 1000, now)));
    case 'timer.pause':
      return ok(timerEvent(pauseTimer(state.timer, now)));
    case 'timer.resume':
      return ok(timerEvent(resumeTimer(state.timer, now)));
    case 'timer.reset':
      return ok(timerEvent(IDLE_TIMER));
    case 'timer.add':
      return ok(timerEvent(addTime(state.timer, action.seconds * 1000, now)));
    case 'sequence.start':
      return ok({
        type: 'sequence.started',
        data: {
          sequenceId: action.sequenceId,
          title: action.title,
          instructions: action.instructions,
          ...(action.durationMinutes ? { timer: startTimer(action.durationMinutes * 60_000, now) } : {}),
        },
      });
    case 'activity.open':
      if (findActivity(state, action.activity.id))
        return refuse('VALIDATION_FAILED', 'This activity is already open.');
      return ok({ type: 'activity.opened', data: { activity: action.activity } });
    case 'activity.update': {
      const activity = findActivity(state, action.activityId);
      if (!activity) return refuse('NOT_FOUND', 'No such activity.');
      const { kind: _kind, ...patch } = action;
      return ok({ type: 'activity.updated', data: patch });
    }
    case 'ballot.cast': {
      const activity = findActivity(state, action.activityId);
      if (!activity) return refuse('NOT_FOUND', 'No such activity.');
      if (activity.status !== 'open') return refuse('ACTIVITY_LOCKED');
      const voter = activity.anonymous ? actor.anonymousKey : (actor.participantId ?? undefined);
      // Ballots are one per person: staff without a participant identity do not vote.
      if (!voter) return refuse('FORBIDDEN', 'Only participants vote.');
      const questionIds = state.contributions
        .filter((c) => c.activityId === activity.id && !c.hidden)
        .map((c) => c.id);
      const checked = validateBallot(activity, action.ballot, { questionIds });
      if (!checked.ok)
        return refuse(
          'VALIDATION_FAILED',
          checked.rule ? `${checked.rule}: ${checked.message}` : checked.message,
        );
      return ok({ type: 'ballot.cast', data: { activityId: activity.id, voter, ballot: checked.ballot } });
    }
    case 'openspace.topic.propose':
    case 'openspace.topic.edit':
    case 'openspace.topic.withdraw':
    case 'openspace.grid.set':
    case 'openspace.interest':
    case 'openspace.schedule':
    case 'openspace.session.move':
    case 'openspace.session.unplace':
    case 'openspace.checkin':
    case 'openspace.report.file':
      return decideOpenSpace(action, actor, state, eventId);
    case 'groups.round':
    case 'groups.move':
    case 'groups.swap':
    case 'groups.phase':
    case 'groups.clear':
      return decideGroups(action, state);
  }
}

/** GROUPS-LIVE-7: the author's table in the round being played, so the harvest knows where an idea came from. */
function placeOf(state: RoomState, participantId: string | null): { place?: TablePlace } {
  const groups = state.groups;
  if (!participantId || !groups?.plan || groups.round < 0) return {};
  const at = placementOf(groups, participantId, groups.round);
  if (!at) return {};
  const { id: planId, title } = groups.plan;
  return { place: { planId, title, round: at.round, table: at.table } };
}

/** MOD-1: words to review, present only when there are some. */
function flag(...texts: string[]): { flagged?: string[] } {
  const words = [...new Set(texts.flatMap(flaggedWords))];
  return words.length > 0 ? { flagged: words } : {};
}

const timerEvent = (timer: RoomState['timer']): LiveEventBody => ({ type: 'timer.set', data: { timer } });
