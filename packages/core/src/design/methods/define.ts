/**
 * Helpers to write the library as compact data. `defineMethod` fills what follows from the
 * steps (whether questions are required) so the data cannot contradict itself.
 */
import type {
  ActivityKind,
  GroupForm,
  Localized,
  Method,
  MethodFamily,
  MethodOutput,
  MethodRole,
  MethodStep,
  Purpose,
  Range,
} from '../types.ts';

export const t = (fr: string, en: string): Localized => ({ fr, en });

export const G = {
  solo: { kind: 'solo' },
  pairs: { kind: 'pairs' },
  plenary: { kind: 'plenary' },
  free: { kind: 'free' },
  groups: (size: number): GroupForm => ({ kind: 'groups', size }),
  tables: (size: number): GroupForm => ({ kind: 'tables', size }),
} as const satisfies Record<string, GroupForm | ((n: number) => GroupForm)>;

export interface StepInput {
  key: string;
  title: Localized;
  /** [default, min, max] in minutes. */
  minutes: [number, number, number];
  group: GroupForm;
  groupSizeRange?: Range;
  activity: ActivityKind;
  instructions: Localized;
  notes: Localized;
  questions?: Localized[];
  requiresQuestions?: boolean;
  roles?: string[];
  outputs?: string[];
  materials?: Localized[];
}

export interface MethodInput {
  id: string;
  name: Localized;
  summary: Localized;
  family: MethodFamily;
  purposes: Purpose[];
  participants: Range;
  durationMinutes: Range;
  /** Defaults to `durationMinutes.min`. */
  minTotalMinutes?: number;
  steps: StepInput[];
  roles?: MethodRole[];
  materials?: Localized[];
  outputs?: MethodOutput[];
  isBreak?: boolean;
}

export const role = (key: string, name: Localized, description: Localized): MethodRole => ({
  key,
  name,
  description,
});
export const output = (key: string, label: Localized): MethodOutput => ({ key, label });

function step(s: StepInput): MethodStep {
  const [durationMinutes, min, max] = s.minutes;
  const out: MethodStep = {
    key: s.key,
    title: s.title,
    durationMinutes,
    durationRange: { min, max },
    group: s.group,
    activity: s.activity,
    instructions: s.instructions,
    facilitatorNotes: s.notes,
    questions: s.questions ?? [],
    requiresQuestions: s.requiresQuestions ?? false,
    roles: s.roles ?? [],
    outputs: s.outputs ?? [],
  };
  if (s.groupSizeRange) out.groupSizeRange = s.groupSizeRange;
  if (s.materials) out.materials = s.materials;
  return out;
}

export function defineMethod(m: MethodInput): Method {
  const steps = m.steps.map(step);
  return {
    id: m.id,
    name: m.name,
    summary: m.summary,
    family: m.family,
    purposes: m.purposes,
    participants: m.participants,
    durationMinutes: m.durationMinutes,
    minTotalMinutes: m.minTotalMinutes ?? m.durationMinutes.min,
    steps,
    roles: m.roles ?? [],
    materials: m.materials ?? [],
    outputs: m.outputs ?? [],
    requiresQuestions: steps.some((s) => s.requiresQuestions),
    isBreak: m.isBreak ?? false,
  };
}
