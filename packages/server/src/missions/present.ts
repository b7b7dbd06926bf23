import { checkWorkshop, describeWarning, type MethodLibrary, type Mission } from '@cercle/core';
import type { StoredMission } from './mission-store.ts';

/** The mission with its version and, per workshop, the run-of-show warnings as sentences. */
export function presentMission(stored: StoredMission, library: MethodLibrary) {
  const { mission } = stored;
  const warnings: Record<string, ReturnType<typeof presentWarnings>> = {};
  for (const step of mission.steps) {
    if (step.workshop) warnings[step.workshop.id] = presentWarnings(mission, step.workshop, library);
  }
  return { mission, version: stored.version, warnings };
}

function presentWarnings(
  mission: Mission,
  workshop: NonNullable<Mission['steps'][number]['workshop']>,
  library: MethodLibrary,
) {
  return checkWorkshop(workshop, library).map((w) => ({ ...w, message: describeWarning(w, mission.locale) }));
}
