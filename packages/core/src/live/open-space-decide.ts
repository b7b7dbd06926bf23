/**
 * Decides Open Space actions (OS-LIVE-1…8 in packages/server/src/live/SPEC.md): checks who may
 * do what against the room's state and turns the action into the event to append. Pure: the
 * scheduler runs here, once, with a seed derived from the submission, and its placements travel
 * in the event, so replays never search again.
 */
import type { ErrorCode } from '../errors.ts';
import { checkAgenda } from '../openspace/check-agenda.ts';
import { moveSession } from '../openspace/move-session.ts';
import { reportSchema } from '../openspace/report.ts';
import { scheduleOpenSpace } from '../openspace/schedule.ts';
import { flaggedWords } from '../text/profanity.ts';
import type { Actor, Decision } from './decide.ts';
import {
  currentInterests,
  EMPTY_OPEN_SPACE,
  OPEN_SPACE_LIMITS,
  type OpenSpaceEventBody,
  type OpenSpaceState,
  sessionsOf,
} from './open-space.ts';
import type { Action } from './protocol.ts';
import type { RoomState } from './room-state.ts';

export type OpenSpaceAction = Extract<Action, { kind: `openspace.${string}` }>;

const refuse = (code: ErrorCode, message: string): Decision => ({ ok: false, code, message });
const ok = (event: OpenSpaceEventBody): Decision => ({ ok: true, event });

/** Tabs and line breaks are text; other C0 control characters are not (as in protocol.ts). */
function hasControlCharacters(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return true;
  }
  return false;
}

/** A trimmed text within its limit, or the message naming the field. */
function checkText(field: string, raw: string, max: number, required: boolean): string | { error: string } {
  const text = raw.trim();
  if (required && text === '') return { error: `${field}: must not be empty` };
  if (text.length > max) return { error: `${field}: at most ${max} characters (${text.length} given)` };
  if (hasControlCharacters(text)) return { error: `${field}: control characters are not allowed` };
  return text;
}

function flagged(...texts: string[]): { flagged?: string[] } {
  const words = [...new Set(texts.flatMap(flaggedWords))];
  return words.length > 0 ? { flagged: words } : {};
}

/** FNV-1a of the submission's id: the same resend gets the same agenda (SUBMIT-2, ACT-9). */
export function seedOf(eventId: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < eventId.length; i++) h = Math.imul(h ^ eventId.charCodeAt(i), 0x01000193) >>> 0;
  return h & 0x7fffffff;
}

const FACILITATING = new Set(['owner', 'facilitator']);

export function decideOpenSpace(
  action: OpenSpaceAction,
  actor: Actor,
  state: RoomState,
  eventId: string,
): Decision {
  const os: OpenSpaceState = state.openSpace ?? EMPTY_OPEN_SPACE;
  const staff = FACILITATING.has(actor.role);
  const topic = (id: string) => os.topics.find((t) => t.id === id);
  switch (action.kind) {
    case 'openspace.topic.propose': {
      // OS-LIVE-1: the proposer convenes; a facilitator proposes for someone without a phone.
      const title = checkText('title', action.title, OPEN_SPACE_LIMITS.topicTitleMax, true);
      if (typeof title !== 'string') return refuse('VALIDATION_FAILED', title.error);
      const description = checkText(
        'description',
        action.description ?? '',
        OPEN_SPACE_LIMITS.topicDescriptionMax,
        false,
      );
      if (typeof description !== 'string') return refuse('VALIDATION_FAILED', description.error);
      if (action.convenerName !== undefined && !staff)
        return refuse('VALIDATION_FAILED', 'convenerName: you convene the topics you propose');
      if (os.topics.length >= OPEN_SPACE_LIMITS.topicsMax)
        return refuse(
          'VALIDATION_FAILED',
          `The marketplace is full (${OPEN_SPACE_LIMITS.topicsMax} topics).`,
        );
      const convenerId = actor.participantId ?? `proxy:${eventId}`;
      if (os.topics.filter((t) => t.convenerId === convenerId).length >= OPEN_SPACE_LIMITS.topicsPerConvener)
        return refuse(
          'VALIDATION_FAILED',
          `You already convene ${OPEN_SPACE_LIMITS.topicsPerConvener} topics: leave room for others.`,
        );
      const convenerName = (actor.participantId ? actor.nickname : (action.convenerName ?? '')).trim();
      return ok({
        type: 'openspace.topic.proposed',
        data: {
          topic: {
            id: eventId,
            title,
            description,
            convenerId,
            convenerName,
            ...flagged(title, description, convenerName),
          },
        },
      });
    }
    case 'openspace.topic.edit': {
      // OS-LIVE-2
      const t = topic(action.topicId);
      if (!t) return refuse('NOT_FOUND', 'No such topic.');
      const patch: { title?: string; description?: string } = {};
      if (action.title !== undefined) {
        const title = checkText('title', action.title, OPEN_SPACE_LIMITS.topicTitleMax, true);
        if (typeof title !== 'string') return refuse('VALIDATION_FAILED', title.error);
        patch.title = title;
      }
      if (action.description !== undefined) {
        const d = checkText('description', action.description, OPEN_SPACE_LIMITS.topicDescriptionMax, false);
        if (typeof d !== 'string') return refuse('VALIDATION_FAILED', d.error);
        patch.description = d;
      }
      if (Object.keys(patch).length === 0) return refuse('VALIDATION_FAILED', 'Nothing to change.');
      return ok({
        type: 'openspace.topic.edited',
        data: {
          topicId: t.id,
          ...patch,
          ...flagged(patch.title ?? t.title, patch.description ?? t.description),
        },
      });
    }
    case 'openspace.topic.withdraw':
      if (!topic(action.topicId)) return refuse('NOT_FOUND', 'No such topic.');
      return ok({ type: 'openspace.topic.withdrawn', data: { topicId: action.topicId } });
    case 'openspace.grid.set': {
      // OS-LIVE-3
      const repeated = (ids: string[]) => ids.find((id, i) => ids.indexOf(id) !== i);
      const slot = repeated(action.slots.map((s) => s.id));
      if (slot) return refuse('VALIDATION_FAILED', `slots: two slots share the id ${slot}`);
      const space = repeated(action.spaces.map((s) => s.id));
      if (space) return refuse('VALIDATION_FAILED', `spaces: two spaces share the id ${space}`);
      return ok({ type: 'openspace.grid.set', data: { slots: action.slots, spaces: action.spaces } });
    }
    case 'openspace.interest':
      // OS-LIVE-4: interests are people's, one set per person.
      if (!actor.participantId) return refuse('FORBIDDEN', 'Only participants mark their interest.');
      if (!topic(action.topicId)) return refuse('NOT_FOUND', 'No such topic.');
      return ok({
        type: 'openspace.interest.set',
        data: { participantId: actor.participantId, topicId: action.topicId, interested: action.interested },
      });
    case 'openspace.schedule': {
      // OS-LIVE-5
      if (os.slots.length === 0 || os.spaces.length === 0)
        return refuse('VALIDATION_FAILED', 'Set the time slots and spaces before scheduling.');
      if (os.topics.length === 0) return refuse('VALIDATION_FAILED', 'There is no topic to schedule yet.');
      const seed = action.seed ?? seedOf(eventId);
      const result = scheduleOpenSpace({
        sessions: sessionsOf(os),
        slots: os.slots,
        spaces: os.spaces,
        interests: currentInterests(os),
        ...(action.keepPlaced ? { pinned: os.agenda } : {}),
        seed,
      });
      if (!result.ok) return refuse('VALIDATION_FAILED', `${result.rule}: ${result.message}`);
      return ok({
        type: 'openspace.scheduled',
        data: {
          agenda: result.agenda,
          unplaced: result.unplaced,
          conflicts: result.conflicts,
          overflow: result.overflow,
          seed,
        },
      });
    }
    case 'openspace.session.move': {
      // OS-LIVE-6: the facilitator may force anything; what a move breaks is flagged, not refused.
      if (!topic(action.sessionId)) return refuse('NOT_FOUND', 'No such session.');
      if (!os.slots.some((s) => s.id === action.slotId)) return refuse('NOT_FOUND', 'No such time slot.');
      if (!os.spaces.some((s) => s.id === action.spaceId)) return refuse('NOT_FOUND', 'No such space.');
      const agenda = moveSession(os.agenda, action.sessionId, action.slotId, action.spaceId);
      const flags = checkAgenda({
        sessions: sessionsOf(os),
        slots: os.slots,
        spaces: os.spaces,
        interests: {},
        agenda,
      }).filter((f) => f.severity === 'error' && f.sessionIds.includes(action.sessionId));
      return ok({
        type: 'openspace.session.moved',
        data: { sessionId: action.sessionId, slotId: action.slotId, spaceId: action.spaceId, flags },
      });
    }
    case 'openspace.session.unplace':
      if (!os.agenda.some((p) => p.sessionId === action.sessionId))
        return refuse('NOT_FOUND', 'This session is not on the wall.');
      return ok({
        type: 'openspace.session.moved',
        data: { sessionId: action.sessionId, slotId: null, spaceId: null, flags: [] },
      });
    case 'openspace.checkin': {
      // OS-LIVE-7: law of two feet, the latest check-in wins.
      if (!actor.participantId) return refuse('FORBIDDEN', 'Only participants check in.');
      if (action.sessionId === null) {
        if (!action.slotId || !os.slots.some((s) => s.id === action.slotId))
          return refuse('VALIDATION_FAILED', 'slotId: name the time slot you are walking in');
        return ok({
          type: 'openspace.checked-in',
          data: { participantId: actor.participantId, sessionId: null, slotId: action.slotId },
        });
      }
      if (!topic(action.sessionId)) return refuse('NOT_FOUND', 'No such session.');
      const placed = os.agenda.find((p) => p.sessionId === action.sessionId);
      if (!placed) return refuse('VALIDATION_FAILED', 'This session is not on the wall.');
      if (action.slotId !== undefined && action.slotId !== placed.slotId)
        return refuse('VALIDATION_FAILED', 'slotId: this session runs in another time slot');
      return ok({
        type: 'openspace.checked-in',
        data: { participantId: actor.participantId, sessionId: action.sessionId, slotId: placed.slotId },
      });
    }
    case 'openspace.report.file': {
      // OS-LIVE-8
      const parsed = reportSchema.safeParse(action.report);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const path = issue?.path.join('.') ?? '';
        return refuse(
          'VALIDATION_FAILED',
          `report${path ? `.${path}` : ''}: ${issue?.message ?? 'not valid'}`,
        );
      }
      const report = parsed.data;
      const t = topic(report.sessionId);
      if (!t) return refuse('NOT_FOUND', `No session has the id ${report.sessionId}.`);
      const scribe =
        actor.participantId !== null &&
        os.checkIns.some((c) => c.participantId === actor.participantId && c.sessionId === t.id);
      if (!staff && t.convenerId !== actor.participantId && !scribe)
        return refuse(
          'FORBIDDEN',
          'The convener, a scribe checked in to the session or a facilitator files its report.',
        );
      return ok({
        type: 'openspace.report.filed',
        data: { report, filedBy: actor.participantId, nickname: actor.participantId ? actor.nickname : '' },
      });
    }
  }
}
