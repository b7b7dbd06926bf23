/**
 * Checks a hand-edited wall (drag and drop overrides the scheduler). Nothing is refused: the
 * facilitator may force anything, and sees every hard rule broken (errors) and every cost in
 * people (warnings). Rules OS-20…OS-26 in SPEC.md.
 */
import { indexInterests } from './interests.ts';
import type {
  AgendaFlag,
  BreakoutSpace,
  Interests,
  OpenSpaceAgenda,
  OpenSpaceSession,
  Placement,
  TimeSlot,
} from './types.ts';

export interface CheckAgendaInput {
  sessions: readonly OpenSpaceSession[];
  slots: readonly TimeSlot[];
  spaces: readonly BreakoutSpace[];
  interests: Interests;
  agenda: OpenSpaceAgenda;
}

export function checkAgenda(input: CheckAgendaInput): AgendaFlag[] {
  const sessions = new Map(input.sessions.map((s) => [s.id, s]));
  const slots = new Map(input.slots.map((s) => [s.id, s]));
  const spaces = new Map(input.spaces.map((s) => [s.id, s]));
  const title = (id: string) => `«${sessions.get(id)?.title ?? id}»`;
  const slotName = (id: string) => slots.get(id)?.label ?? id;
  const flags: AgendaFlag[] = [];
  const placed = new Map<string, Placement>();
  const cells = new Map<string, string[]>();
  for (const p of input.agenda) {
    const unknown = [
      sessions.has(p.sessionId) ? '' : `session ${p.sessionId}`,
      slots.has(p.slotId) ? '' : `slot ${p.slotId}`,
      spaces.has(p.spaceId) ? '' : `space ${p.spaceId}`,
    ].filter(Boolean);
    if (unknown.length > 0) {
      flags.push(error('OS-20', [p.sessionId], `The wall names an unknown ${unknown.join(', ')}.`));
      continue;
    }
    if (placed.has(p.sessionId)) {
      flags.push(error('OS-21', [p.sessionId], `${title(p.sessionId)} is on the wall twice.`));
      continue;
    }
    placed.set(p.sessionId, p);
    const cell = `${p.slotId}\u0000${p.spaceId}`;
    cells.set(cell, [...(cells.get(cell) ?? []), p.sessionId]);
  }
  for (const [cell, ids] of cells) {
    if (ids.length < 2) continue;
    const [slotId = '', spaceId = ''] = cell.split('\u0000');
    const where = `${spaces.get(spaceId)?.name ?? spaceId}, ${slotName(slotId)}`;
    flags.push({ ...error('OS-22', ids, `${ids.map(title).join(' and ')} share ${where}.`), slotId });
  }
  const byConvenerSlot = new Map<string, string[]>();
  for (const p of placed.values()) {
    const key = `${sessions.get(p.sessionId)?.convenerId}\u0000${p.slotId}`;
    byConvenerSlot.set(key, [...(byConvenerSlot.get(key) ?? []), p.sessionId]);
  }
  for (const [key, ids] of byConvenerSlot) {
    if (ids.length < 2) continue;
    const slotId = key.split('\u0000')[1] ?? '';
    const message = `One convener leads ${ids.map(title).join(' and ')} at the same time (${slotName(slotId)}).`;
    flags.push({ ...error('OS-23', ids, message), slotId });
  }
  const index = indexInterests(input.sessions, input.interests);
  const demand = (id: string) => index.interested.get(id)?.length ?? 0;
  for (const p of placed.values()) {
    const space = spaces.get(p.spaceId);
    const over = demand(p.sessionId) - (space?.capacity ?? 0);
    if (over <= 0) continue;
    flags.push({
      ...warning(
        'OS-24',
        [p.sessionId],
        `${demand(p.sessionId)} people want ${title(p.sessionId)}; ${space?.name} holds ${space?.capacity}.`,
      ),
      slotId: p.slotId,
      count: over,
    });
  }
  flags.push(...pairConflicts([...placed.values()], index.interested, title, slotName));
  for (const s of input.sessions) {
    if (!placed.has(s.id)) flags.push(warning('OS-26', [s.id], `${title(s.id)} is not on the wall yet.`));
  }
  return flags;
}

/** OS-25: for two sessions in one slot, the people who want both (one warning per pair). */
function pairConflicts(
  placed: Placement[],
  interested: Map<string, string[]>,
  title: (id: string) => string,
  slotName: (id: string) => string,
): AgendaFlag[] {
  const flags: AgendaFlag[] = [];
  for (const [a, first] of placed.entries()) {
    const fans = new Set(interested.get(first.sessionId) ?? []);
    if (fans.size === 0) continue;
    for (const second of placed.slice(a + 1)) {
      if (second.slotId !== first.slotId) continue;
      const both = (interested.get(second.sessionId) ?? []).filter((p) => fans.has(p)).length;
      if (both === 0) continue;
      const message = `${both} ${both === 1 ? 'person wants' : 'people want'} both ${title(first.sessionId)} and ${title(second.sessionId)} (${slotName(first.slotId)}).`;
      flags.push({
        ...warning('OS-25', [first.sessionId, second.sessionId], message),
        slotId: first.slotId,
        count: both,
      });
    }
  }
  return flags;
}

function error(rule: AgendaFlag['rule'], sessionIds: string[], message: string): AgendaFlag {
  return { rule, severity: 'error', sessionIds, message };
}

function warning(rule: AgendaFlag['rule'], sessionIds: string[], message: string): AgendaFlag {
  return { rule, severity: 'warning', sessionIds, message };
}
