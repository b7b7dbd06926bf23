/**
 * The console's grid form (OS-LIVE-3): rows of time slots and spaces as typed, checked here with
 * the server's limits so the facilitator sees which row is wrong before sending.
 */
import { type BreakoutSpace, OPEN_SPACE_LIMITS, type OpenSpaceState, type TimeSlot } from '@cercle/core';

export interface SlotDraft {
  id: string;
  label: string;
  start: string;
  end: string;
}

export interface SpaceDraft {
  id: string;
  name: string;
  capacity: string;
}

export type GridProblem =
  | { kind: 'slotLabel' | 'spaceName' | 'capacity'; row: number }
  | { kind: 'noSlots' | 'noSpaces' | 'tooManySlots' | 'tooManySpaces' };

/** An id not in `taken`: `prefix1`, `prefix2`… (ids only need to be unique within the grid). */
export function freshId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  let n = 1;
  while (used.has(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}

/** The form's rows for the grid the room has (or one empty row of each to start with). */
export function draftsOf(os: OpenSpaceState | undefined): { slots: SlotDraft[]; spaces: SpaceDraft[] } {
  const slots = (os?.slots ?? []).map((s) => ({
    id: s.id,
    label: s.label,
    start: s.start ?? '',
    end: s.end ?? '',
  }));
  const spaces = (os?.spaces ?? []).map((s) => ({ id: s.id, name: s.name, capacity: String(s.capacity) }));
  return {
    slots: slots.length > 0 ? slots : [{ id: 'slot1', label: '', start: '', end: '' }],
    spaces: spaces.length > 0 ? spaces : [{ id: 'space1', name: '', capacity: '20' }],
  };
}

/** The `openspace.grid.set` payload, or what is wrong with the rows. */
export function gridFromDrafts(
  slotDrafts: readonly SlotDraft[],
  spaceDrafts: readonly SpaceDraft[],
): { ok: true; slots: TimeSlot[]; spaces: BreakoutSpace[] } | { ok: false; problems: GridProblem[] } {
  const problems: GridProblem[] = [];
  const max = OPEN_SPACE_LIMITS.labelMax;
  if (slotDrafts.length === 0) problems.push({ kind: 'noSlots' });
  if (spaceDrafts.length === 0) problems.push({ kind: 'noSpaces' });
  if (slotDrafts.length > OPEN_SPACE_LIMITS.slotsMax) problems.push({ kind: 'tooManySlots' });
  if (spaceDrafts.length > OPEN_SPACE_LIMITS.spacesMax) problems.push({ kind: 'tooManySpaces' });
  const slots = slotDrafts.map((d, row) => {
    const label = d.label.trim();
    if (label === '' || label.length > max) problems.push({ kind: 'slotLabel', row });
    const slot: TimeSlot = { id: d.id, label };
    if (d.start.trim()) slot.start = d.start.trim().slice(0, 20);
    if (d.end.trim()) slot.end = d.end.trim().slice(0, 20);
    return slot;
  });
  const spaces = spaceDrafts.map((d, row) => {
    const name = d.name.trim();
    if (name === '' || name.length > max) problems.push({ kind: 'spaceName', row });
    const capacity = Number(d.capacity.trim());
    if (
      d.capacity.trim() === '' ||
      !Number.isInteger(capacity) ||
      capacity < 0 ||
      capacity > OPEN_SPACE_LIMITS.spaceCapacityMax
    )
      problems.push({ kind: 'capacity', row });
    return { id: d.id, name, capacity };
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, slots, spaces };
}
