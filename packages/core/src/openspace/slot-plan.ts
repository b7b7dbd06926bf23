/**
 * Which slots each convener's sessions will use, as a maximum b-matching between conveners and
 * slots: a convener uses a slot at most once (OS-5) and a slot holds at most as many sessions as
 * it has free spaces (OS-6). Keeping the matching maximum lets the scheduler answer "can this
 * session still be placed without pushing another one off the wall?" exactly, which a plain
 * greedy cannot (OS-8): two slots of two spaces, one convener with two topics and two conveners
 * with one each fit only if the first convener is spread over both slots.
 */
export interface SlotPlan {
  slots: number;
  conveners: number;
  /** Free spaces left per slot. */
  room: Int32Array;
  /** conveners × slots: 1 when the convener already has a fixed session in that slot. */
  blocked: Uint8Array;
  /** conveners × slots: 1 when one of the convener's pending sessions is planned in that slot. */
  uses: Uint8Array;
  /** Pending sessions planned per slot. */
  load: Int32Array;
}

export function emptySlotPlan(
  slots: number,
  conveners: number,
  room: Int32Array,
  blocked: Uint8Array,
): SlotPlan {
  return {
    slots,
    conveners,
    room,
    blocked,
    uses: new Uint8Array(conveners * slots),
    load: new Int32Array(slots),
  };
}

function copyPlan(plan: SlotPlan): SlotPlan {
  return {
    ...plan,
    room: plan.room.slice(),
    blocked: plan.blocked.slice(),
    uses: plan.uses.slice(),
    load: plan.load.slice(),
  };
}

function restorePlan(plan: SlotPlan, from: SlotPlan): void {
  plan.room.set(from.room);
  plan.blocked.set(from.blocked);
  plan.uses.set(from.uses);
  plan.load.set(from.load);
}

/**
 * Plans one more session for convener `c`, moving other conveners' planned sessions between
 * slots if that makes room (an augmenting path). Returns false, changing nothing, when no
 * agenda could hold it.
 */
export function planOneMore(plan: SlotPlan, c: number): boolean {
  const { slots: T, conveners: C, uses, blocked, load, room } = plan;
  const slotFrom = new Int32Array(T).fill(-1);
  const convenerFrom = new Int32Array(C).fill(-2);
  convenerFrom[c] = -1;
  const queue = [c];
  for (let head = 0; head < queue.length; head++) {
    const from = queue[head] ?? 0;
    for (let t = 0; t < T; t++) {
      if (slotFrom[t] !== -1 || blocked[from * T + t] || uses[from * T + t]) continue;
      slotFrom[t] = from;
      if ((load[t] ?? 0) < (room[t] ?? 0)) {
        augment(plan, t, slotFrom, convenerFrom);
        return true;
      }
      for (let other = 0; other < C; other++) {
        if (convenerFrom[other] === -2 && uses[other * T + t]) {
          convenerFrom[other] = t;
          queue.push(other);
        }
      }
    }
  }
  return false;
}

function augment(plan: SlotPlan, end: number, slotFrom: Int32Array, convenerFrom: Int32Array): void {
  const T = plan.slots;
  plan.load[end] = (plan.load[end] ?? 0) + 1;
  let t = end;
  for (;;) {
    const c = slotFrom[t] ?? 0;
    plan.uses[c * T + t] = 1;
    const previous = convenerFrom[c] ?? -1;
    if (previous === -1) return;
    plan.uses[c * T + previous] = 0;
    t = previous;
  }
}

/**
 * Fixes one of convener `c`'s planned sessions in slot `t`, replanning the others if needed.
 * Returns false, changing nothing, when that would leave a planned session with nowhere to go.
 */
export function fixInSlot(plan: SlotPlan, c: number, t: number): boolean {
  const T = plan.slots;
  const before = copyPlan(plan);
  let given = plan.uses[c * T + t] ? t : -1;
  for (let s = 0; s < T && given === -1; s++) if (plan.uses[c * T + s]) given = s;
  if (given === -1 || plan.blocked[c * T + t] || (plan.room[t] ?? 0) < 1) return false;
  plan.uses[c * T + given] = 0;
  plan.load[given] = (plan.load[given] ?? 0) - 1;
  plan.blocked[c * T + t] = 1;
  plan.room[t] = (plan.room[t] ?? 0) - 1;
  if ((plan.load[t] ?? 0) <= (plan.room[t] ?? 0)) return true;
  // The slot is now one space short: move out one planned session and find it another slot.
  let evicted = -1;
  for (let other = 0; other < plan.conveners && evicted === -1; other++)
    if (plan.uses[other * T + t]) evicted = other;
  plan.uses[evicted * T + t] = 0;
  plan.load[t] = (plan.load[t] ?? 0) - 1;
  if (planOneMore(plan, evicted)) return true;
  restorePlan(plan, before);
  return false;
}
