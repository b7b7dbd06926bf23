/** The run of show a live session follows: its workshop in the mission, and the next sequence. */
import type { Mission, Sequence, Workshop } from '@cercle/core';

/**
 * The session's workshop: the one whose title matches the session title, else the
 * first workshop of the mission (the session payload does not carry `workshopId` yet).
 */
export function pickWorkshop(mission: Pick<Mission, 'steps'>, sessionTitle: string): Workshop | null {
  const workshops = mission.steps.flatMap((s) => (s.workshop ? [s.workshop] : []));
  const wanted = sessionTitle.trim().toLocaleLowerCase();
  return (
    workshops.find((w) => w.title.trim().toLocaleLowerCase() === wanted) ??
    workshops.find((w) => wanted.includes(w.title.trim().toLocaleLowerCase()) && w.title.trim() !== '') ??
    workshops[0] ??
    null
  );
}

/** The sequence after the current one; the first when none is current; null after the last. */
export function nextSequence(sequences: readonly Sequence[], currentId: string | null): Sequence | null {
  if (!currentId) return sequences[0] ?? null;
  const i = sequences.findIndex((s) => s.id === currentId);
  if (i < 0) return sequences[0] ?? null;
  return sequences[i + 1] ?? null;
}
