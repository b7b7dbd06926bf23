/** Test factories: seeded random Open Space instances (used by tests and the benchmark test only). */
import { randomInt, seededRandom } from './prng.ts';
import type { BreakoutSpace, Interests, OpenSpaceSession, TimeSlot } from './types.ts';

export interface Instance {
  sessions: OpenSpaceSession[];
  slots: TimeSlot[];
  spaces: BreakoutSpace[];
  interests: Interests;
}

export function grid(slots: number, capacities: readonly number[]): Pick<Instance, 'slots' | 'spaces'> {
  return {
    slots: Array.from({ length: slots }, (_, t) => ({ id: `t${t}`, label: `Slot ${t + 1}` })),
    spaces: capacities.map((capacity, k) => ({ id: `k${k}`, name: `Space ${k + 1}`, capacity })),
  };
}

/** People each mark `perPerson` sessions, skewed so some topics are popular (as on a real wall). */
export function randomInstance(options: {
  seed: number;
  sessions: number;
  conveners: number;
  participants: number;
  perPerson: number;
  slots: number;
  capacities: readonly number[];
}): Instance {
  const random = seededRandom(options.seed);
  const sessions = Array.from({ length: options.sessions }, (_, i) => ({
    id: `s${i}`,
    title: `Topic ${i + 1}`,
    convenerId: `c${randomInt(random, options.conveners)}`,
  }));
  const interests: Record<string, string[]> = {};
  for (let p = 0; p < options.participants; p++) {
    const wanted = new Set<string>();
    for (let k = 0; k < options.perPerson; k++) {
      const skewed = Math.floor(random() * random() * options.sessions);
      wanted.add(`s${skewed}`);
    }
    interests[`p${p}`] = [...wanted];
  }
  return { sessions, interests, ...grid(options.slots, options.capacities) };
}
