/**
 * Mission templates: the typical missions as data over the method library, with dates as day
 * offsets from the mission start. Instantiating one picks the start date and the working
 * language and produces a concrete `Mission` (every date = start + offset).
 */
import { DesignError } from '../errors.ts';
import {
  METHOD_LIBRARY,
  type MethodLibrary,
  requireMethod,
  sequencesFromMethod,
} from '../methods/library.ts';
import { addDays, isIsoDate } from '../time.ts';
import type {
  ConsultationPlan,
  GroupForm,
  IdFactory,
  Locale,
  Localized,
  Mission,
  MissionStep,
  Sequence,
  Workshop,
} from '../types.ts';

export interface StepOverride {
  title?: Localized;
  durationMinutes?: number;
  questions?: Localized[];
  group?: GroupForm;
  instructions?: Localized;
  graphicRecording?: boolean;
}

/** A method placed in a workshop, with the template's own timings and questions. */
export interface BlockTemplate {
  method: string;
  /** Index into the workshop's days (default 0). */
  day?: number;
  /** Single-step methods: the title; others: replaces the method name before each step title. */
  title?: Localized;
  steps?: Record<string, StepOverride>;
  /** Step keys left out (e.g. a third café round). */
  omit?: string[];
  /** Breaks inside the block, after the given step. */
  pauses?: { after: string; method?: 'break' | 'lunch'; durationMinutes?: number; title?: Localized }[];
}

export interface WorkshopTemplate {
  title: Localized;
  objective: Localized;
  place: Localized;
  remote: boolean;
  expectedParticipants: number;
  facilitators: string[];
  days: { offset: number; start: string; end: string }[];
  blocks: BlockTemplate[];
}

interface StepTemplateBase {
  title: Localized;
  description: Localized;
}

export type StepTemplate =
  | (StepTemplateBase & { kind: 'workshop'; workshop: WorkshopTemplate })
  | (StepTemplateBase & {
      kind: 'interviews' | 'consultation' | 'deliverable';
      startDay: number;
      endDay: number;
      expectedParticipants: number | null;
      consultation?: ConsultationPlan;
    });

export interface MissionTemplate {
  id: string;
  name: Localized;
  summary: Localized;
  /** Calendar days from the first to the last day of the mission. */
  lengthDays: number;
  mission: {
    title: Localized;
    clientName: Localized;
    sponsor: Localized;
    context: Localized;
    goals: Localized[];
  };
  steps: StepTemplate[];
}

export interface InstantiateOptions {
  /** `YYYY-MM-DD`; a Monday keeps the templates' workshops on weekdays. */
  startsOn: string;
  locale: Locale;
  idFactory: IdFactory;
  library?: MethodLibrary;
}

function expandBlock(block: BlockTemplate, o: Required<InstantiateOptions>): Sequence[] {
  const method = requireMethod(block.method, o.library);
  const day = block.day ?? 0;
  const known = new Set(method.steps.map((s) => s.key));
  for (const key of [
    ...Object.keys(block.steps ?? {}),
    ...(block.omit ?? []),
    ...(block.pauses ?? []).map((p) => p.after),
  ]) {
    if (!known.has(key)) throw new DesignError('stepKey', `method "${method.id}" has no step "${key}"`);
  }
  const single = method.steps.length === 1;
  const out: Sequence[] = [];
  for (const seq of sequencesFromMethod(method, { locale: o.locale, idFactory: o.idFactory, day })) {
    const key = seq.stepKey ?? '';
    if (block.omit?.includes(key)) continue;
    const step = method.steps.find((s) => s.key === key)!;
    const over = block.steps?.[key] ?? {};
    const prefix = block.title?.[o.locale];
    const title =
      over.title?.[o.locale] ??
      (prefix ? (single ? prefix : `${prefix} – ${step.title[o.locale]}`) : seq.title);
    out.push({
      ...seq,
      title,
      durationMinutes: over.durationMinutes ?? seq.durationMinutes,
      group: over.group ?? seq.group,
      instructions: over.instructions?.[o.locale] ?? seq.instructions,
      questions: over.questions ? over.questions.map((q) => q[o.locale]) : seq.questions,
      graphicRecording: over.graphicRecording ?? false,
    });
    for (const pause of block.pauses?.filter((p) => p.after === key) ?? []) {
      out.push(
        ...expandBlock(
          {
            method: pause.method ?? 'break',
            day,
            ...(pause.title ? { title: pause.title } : {}),
            steps: pause.durationMinutes
              ? { [pause.method ?? 'break']: { durationMinutes: pause.durationMinutes } }
              : {},
          },
          o,
        ),
      );
    }
  }
  return out;
}

function buildWorkshop(w: WorkshopTemplate, o: Required<InstantiateOptions>): Workshop {
  return {
    id: o.idFactory(),
    title: w.title[o.locale],
    locale: o.locale,
    objective: w.objective[o.locale],
    days: w.days.map((d) => ({ date: addDays(o.startsOn, d.offset), start: d.start, end: d.end })),
    place: w.place[o.locale],
    remote: w.remote,
    expectedParticipants: w.expectedParticipants,
    facilitators: [...w.facilitators],
    sequences: w.blocks.flatMap((b) => expandBlock(b, o)),
  };
}

function buildStep(s: StepTemplate, o: Required<InstantiateOptions>): MissionStep {
  const base = {
    id: o.idFactory(),
    title: s.title[o.locale],
    description: s.description[o.locale],
    status: 'planned' as const,
  };
  if (s.kind === 'workshop') {
    const workshop = buildWorkshop(s.workshop, o);
    return {
      ...base,
      kind: 'workshop',
      startsOn: workshop.days[0]!.date,
      endsOn: workshop.days[workshop.days.length - 1]!.date,
      expectedParticipants: workshop.expectedParticipants,
      workshop,
    };
  }
  const step: MissionStep = {
    ...base,
    kind: s.kind,
    startsOn: addDays(o.startsOn, s.startDay),
    endsOn: addDays(o.startsOn, s.endDay),
    expectedParticipants: s.expectedParticipants,
  };
  if (s.consultation)
    step.consultation = { audience: s.consultation.audience, formats: [...s.consultation.formats] };
  return step;
}

export function instantiateTemplate(template: MissionTemplate, options: InstantiateOptions): Mission {
  if (!isIsoDate(options.startsOn))
    throw new DesignError('startsOn', 'startsOn must be a valid date written YYYY-MM-DD');
  const o: Required<InstantiateOptions> = { library: METHOD_LIBRARY, ...options };
  const m = template.mission;
  const steps = template.steps
    .map((s) => buildStep(s, o))
    .sort((a, b) => (a.startsOn < b.startsOn ? -1 : a.startsOn > b.startsOn ? 1 : 0));
  return {
    id: o.idFactory(),
    title: m.title[o.locale],
    locale: o.locale,
    clientName: m.clientName[o.locale],
    sponsor: m.sponsor[o.locale],
    context: m.context[o.locale],
    goals: m.goals.map((g) => g[o.locale]),
    startsOn: o.startsOn,
    endsOn: addDays(o.startsOn, template.lengthDays - 1),
    status: 'draft',
    steps,
  };
}
