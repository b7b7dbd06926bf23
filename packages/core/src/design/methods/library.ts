/**
 * The method library: lookup, search and expansion of a method into sequences.
 *
 * Expansion makes ONE SEQUENCE PER STEP. A step is what the live console drives one at a
 * time: it has its own timer, group form, instructions on the phones and activity (pairs
 * interviewing for 10 minutes, then foursomes, then a plenary). The sequences of one
 * insertion share a `blockId`, so the builder can show and move them as a block and RUN-5
 * can sum them.
 */
import { DesignError } from '../errors.ts';
import type { IdFactory, Locale, Method, Purpose, Sequence } from '../types.ts';
import { CONVERSATION } from './conversation.ts';
import { DECISION } from './decision.ts';
import { DESIGN_THINKING } from './design-thinking.ts';
import { ESSENTIALS } from './essentials.ts';
import { STRATEGY } from './strategy.ts';

export interface MethodLibrary {
  readonly methods: readonly Method[];
  get(id: string): Method | undefined;
  has(id: string): boolean;
}

/** A library from built-in and organisation methods; ids must be unique. */
export function createMethodLibrary(methods: readonly Method[]): MethodLibrary {
  const byId = new Map<string, Method>();
  for (const m of methods) {
    if (byId.has(m.id)) throw new DesignError('id', `method id "${m.id}" is used twice`);
    byId.set(m.id, m);
  }
  return { methods, get: (id) => byId.get(id), has: (id) => byId.has(id) };
}

export const BUILT_IN_METHODS: readonly Method[] = [
  ...ESSENTIALS,
  ...CONVERSATION,
  ...DESIGN_THINKING,
  ...STRATEGY,
  ...DECISION,
];

export const METHOD_LIBRARY: MethodLibrary = createMethodLibrary(BUILT_IN_METHODS);

export function getMethod(id: string, library: MethodLibrary = METHOD_LIBRARY): Method | undefined {
  return library.get(id);
}

/** Like `getMethod`, but an unknown id is an error naming `methodId`. */
export function requireMethod(id: string, library: MethodLibrary = METHOD_LIBRARY): Method {
  const m = library.get(id);
  if (!m) throw new DesignError('methodId', `"${id}" is not a known method`);
  return m;
}

/** Lower case without accents or punctuation differences: "Café" and "cafe" match. */
export function foldText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface MethodQuery {
  locale: Locale;
  /** Every word must appear in the name or summary (accent- and case-insensitive). */
  text?: string;
  purpose?: Purpose;
  /** Keeps methods that can run within this many minutes. */
  maxMinutes?: number;
  /** Keeps methods that work with this head count. */
  participants?: number;
}

/** Matching methods, those whose name matches first, then by name in the locale's order. */
export function searchMethods(library: MethodLibrary, query: MethodQuery): Method[] {
  const words = query.text ? foldText(query.text).split(' ').filter(Boolean) : [];
  const scored: { method: Method; nameHit: boolean }[] = [];
  for (const m of library.methods) {
    if (query.purpose && !m.purposes.includes(query.purpose)) continue;
    if (query.maxMinutes !== undefined && m.durationMinutes.min > query.maxMinutes) continue;
    if (
      query.participants !== undefined &&
      (query.participants < m.participants.min || query.participants > m.participants.max)
    ) {
      continue;
    }
    const name = foldText(m.name[query.locale]);
    const haystack = `${name} ${foldText(m.summary[query.locale])}`;
    if (!words.every((w) => haystack.includes(w))) continue;
    scored.push({ method: m, nameHit: words.length > 0 && words.every((w) => name.includes(w)) });
  }
  return scored
    .sort(
      (a, b) =>
        Number(b.nameHit) - Number(a.nameHit) ||
        a.method.name[query.locale].localeCompare(b.method.name[query.locale], query.locale),
    )
    .map((s) => s.method);
}

export interface ExpandOptions {
  locale: Locale;
  idFactory: IdFactory;
  /** Day index the sequences go to (default 0). */
  day?: number;
}

/** The method's steps as sequences of one block, texts in `locale`. */
export function sequencesFromMethod(
  method: Method,
  { locale, idFactory, day = 0 }: ExpandOptions,
): Sequence[] {
  const blockId = idFactory();
  const roles = new Map(method.roles.map((r) => [r.key, r]));
  const outputs = new Map(method.outputs.map((o) => [o.key, o]));
  const single = method.steps.length === 1;
  return method.steps.map((step, index) => ({
    id: idFactory(),
    blockId,
    methodId: method.id,
    stepKey: step.key,
    day,
    title: single ? step.title[locale] : `${method.name[locale]} – ${step.title[locale]}`,
    durationMinutes: step.durationMinutes,
    group: { ...step.group },
    activity: step.activity,
    instructions: step.instructions[locale],
    facilitatorNotes: step.facilitatorNotes[locale],
    questions: step.questions.map((q) => q[locale]),
    roles: step.roles.flatMap((key) => {
      const r = roles.get(key);
      return r ? [{ key, name: r.name[locale], description: r.description[locale] }] : [];
    }),
    // The method's materials are listed once, on its first step; a step may add its own.
    materials: [...(index === 0 ? method.materials : []), ...(step.materials ?? [])].map((m) => m[locale]),
    outputs: step.outputs.flatMap((key) => {
      const o = outputs.get(key);
      return o ? [{ key, label: o.label[locale] }] : [];
    }),
    graphicRecording: false,
  }));
}
