/**
 * A facilitator saves a block of their run of show (sequences they tuned) as
 * their organisation's own method. It becomes a `Method` like the built-in
 * ones, so search, insertion and the RUN rules treat it the same way. Its
 * texts exist in one language (the facilitator's); both locales carry them.
 */
import type { GroupForm, Localized, Method, MethodOutput, MethodRole, Sequence } from '../types.ts';

export interface CustomMethodInput {
  id: string;
  name: string;
  summary: string;
  sequences: readonly Sequence[];
}

const same = (text: string): Localized => ({ fr: text, en: text });

function groupSize(group: GroupForm): number {
  switch (group.kind) {
    case 'groups':
    case 'tables':
      return group.size;
    case 'pairs':
      return 2;
    default:
      return 1;
  }
}

export function methodFromSequences({ id, name, summary, sequences }: CustomMethodInput): Method {
  if (sequences.length === 0) throw new RangeError('a method needs at least one sequence');
  const roles = new Map<string, MethodRole>();
  const outputs = new Map<string, MethodOutput>();
  for (const s of sequences) {
    for (const r of s.roles)
      roles.set(r.key, { key: r.key, name: same(r.name), description: same(r.description) });
    for (const o of s.outputs) outputs.set(o.key, { key: o.key, label: same(o.label) });
  }
  const total = sequences.reduce((n, s) => n + s.durationMinutes, 0);
  const steps = sequences.map((s, i) => {
    // A saved block may be shortened by half before it stops doing its job (RUN-5).
    const min = Math.max(1, Math.ceil(s.durationMinutes / 2));
    const size = groupSize(s.group);
    return {
      key: `step-${i + 1}`,
      title: same(s.title),
      durationMinutes: s.durationMinutes,
      durationRange: { min, max: Math.max(s.durationMinutes * 2, min) },
      group: { ...s.group },
      ...(s.group.kind === 'groups' || s.group.kind === 'tables'
        ? { groupSizeRange: { min: Math.max(2, size - 1), max: size + 1 } }
        : {}),
      activity: s.activity,
      instructions: same(s.instructions),
      facilitatorNotes: same(s.facilitatorNotes),
      questions: s.questions.map(same),
      requiresQuestions: s.questions.length > 0,
      roles: s.roles.map((r) => r.key),
      outputs: s.outputs.map((o) => o.key),
      ...(s.materials.length > 0 ? { materials: s.materials.map(same) } : {}),
    };
  });
  const minTotal = steps.reduce((n, s) => n + s.durationRange.min, 0);
  return {
    id,
    name: same(name),
    summary: same(summary),
    family: 'essentials',
    purposes: [],
    participants: { min: 2, max: 1_000 },
    durationMinutes: { min: minTotal, max: total * 2 },
    minTotalMinutes: minTotal,
    steps,
    roles: [...roles.values()],
    materials: [],
    outputs: [...outputs.values()],
    requiresQuestions: steps.some((s) => s.requiresQuestions),
    isBreak: false,
  };
}
