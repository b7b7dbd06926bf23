import { describe, expect, it } from 'vitest';
import { checkWorkshop } from '../agenda/rules.ts';
import { designSchemas } from '../index.ts';
import { counterIds, makeWorkshop } from '../test-factories.ts';
import type { Localized, Method } from '../types.ts';
import {
  BUILT_IN_METHODS,
  createMethodLibrary,
  METHOD_LIBRARY,
  requireMethod,
  searchMethods,
  sequencesFromMethod,
} from './library.ts';

const REQUIRED = [
  ['ai-interviews', 'Entretiens croisés'],
  ['world-cafe', 'World Café'],
  ['read-discuss-apply', 'Lire – Discuter – Appliquer'],
  ['open-space', 'Forum ouvert'],
  ['small-groups', 'Petits groupes'],
  ['one-two-four-all', '1-2-4-Tous'],
  ['plenary', 'Plénière'],
  ['graphic-recording', 'Captation graphique'],
  ['persona', 'Persona'],
  ['empathy-map', 'Carte d’empathie'],
  ['journey-map', 'Parcours usager'],
  ['how-might-we', 'Comment pourrions-nous'],
  ['ideation', 'Idéation'],
  ['prototype', 'Prototypage'],
  ['test-grid', 'Test et retours'],
  ['scenarios', 'Scénarios à 5 ans'],
  ['soar', 'SOAR'],
  ['values-constraints', 'Valeurs et contraintes'],
  ['findings-challenges', 'Constats et enjeux'],
  ['service-levels', 'Niveaux de service'],
  ['action-plan', 'Plan d’action'],
  ['consent-decision', 'Décision par consentement'],
  ['charter-drafting', 'charte'],
  ['break', 'Pause'],
  ['lunch', 'Déjeuner'],
  ['online-consultation', 'Consultation en ligne'],
] as const;

/** Every Localized value reachable from a method, with its path. */
function localizedFields(m: Method): [string, Localized][] {
  const out: [string, Localized][] = [
    ['name', m.name],
    ['summary', m.summary],
  ];
  for (const r of m.roles)
    out.push([`roles.${r.key}.name`, r.name], [`roles.${r.key}.description`, r.description]);
  for (const o of m.outputs) out.push([`outputs.${o.key}`, o.label]);
  for (const [i, x] of m.materials.entries()) out.push([`materials.${i}`, x]);
  for (const s of m.steps) {
    out.push(
      [`${s.key}.title`, s.title],
      [`${s.key}.instructions`, s.instructions],
      [`${s.key}.facilitatorNotes`, s.facilitatorNotes],
    );
    for (const [i, q] of s.questions.entries()) out.push([`${s.key}.questions.${i}`, q]);
    for (const [i, x] of (s.materials ?? []).entries()) out.push([`${s.key}.materials.${i}`, x]);
  }
  return out;
}

describe('method library', () => {
  it('holds every method of METHODS.md, with its French name', () => {
    for (const [id, fr] of REQUIRED) {
      expect(METHOD_LIBRARY.get(id)?.name.fr, id).toContain(fr);
    }
    expect(BUILT_IN_METHODS.length).toBeGreaterThanOrEqual(REQUIRED.length);
  });

  it('has no duplicated id, and refuses a library that would', () => {
    const ids = BUILT_IN_METHODS.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(() => createMethodLibrary([...BUILT_IN_METHODS, BUILT_IN_METHODS[0]!])).toThrow(/used twice/);
  });

  it.each(BUILT_IN_METHODS.map((m) => [m.id, m] as const))(
    '%s: every localized text is non-empty in fr and en',
    (_id, m) => {
      for (const [path, text] of localizedFields(m)) {
        expect(text.fr.trim(), `${m.id}.${path}.fr`).not.toBe('');
        expect(text.en.trim(), `${m.id}.${path}.en`).not.toBe('');
      }
    },
  );

  it.each(BUILT_IN_METHODS.map((m) => [m.id, m] as const))(
    '%s: steps, timings, groups, roles and outputs are consistent',
    (_id, m) => {
      expect(m.id).toMatch(/^[a-z0-9-]+$/);
      expect(m.steps.length).toBeGreaterThan(0);
      const keys = m.steps.map((s) => s.key);
      expect(new Set(keys).size).toBe(keys.length);
      for (const s of m.steps) {
        expect(s.durationMinutes).toBeGreaterThanOrEqual(1);
        expect(s.durationRange.min).toBeGreaterThanOrEqual(1);
        expect(s.durationMinutes).toBeGreaterThanOrEqual(s.durationRange.min);
        expect(s.durationMinutes).toBeLessThanOrEqual(s.durationRange.max);
        if (s.requiresQuestions)
          expect(s.questions.length, `${m.id}.${s.key} ships default questions`).toBeGreaterThan(0);
        for (const r of s.roles) expect(m.roles.map((x) => x.key)).toContain(r);
        for (const o of s.outputs) expect(m.outputs.map((x) => x.key)).toContain(o);
        if (s.groupSizeRange) expect(['groups', 'tables']).toContain(s.group.kind);
      }
      const total = m.steps.reduce((n, s) => n + s.durationMinutes, 0);
      expect(total).toBeGreaterThanOrEqual(m.minTotalMinutes);
      expect(total).toBeLessThanOrEqual(m.durationMinutes.max);
      expect(m.participants.min).toBeLessThanOrEqual(m.participants.max);
      expect(m.requiresQuestions).toBe(m.steps.some((s) => s.requiresQuestions));
    },
  );

  it('breaks are exactly the break and lunch methods', () => {
    expect(BUILT_IN_METHODS.filter((m) => m.isBreak).map((m) => m.id)).toEqual(['break', 'lunch']);
  });

  it('a freshly inserted method, in either language, passes the schema and raises no RUN-4 or RUN-5', () => {
    for (const m of BUILT_IN_METHODS) {
      for (const locale of ['fr', 'en'] as const) {
        const w = makeWorkshop({
          locale,
          days: [{ date: '2026-03-12', start: '08:00', end: '20:00' }],
          expectedParticipants: Math.max(m.participants.min, 20),
          sequences: sequencesFromMethod(m, { locale, idFactory: counterIds() }),
        });
        expect(designSchemas.workshop.safeParse(w).success, m.id).toBe(true);
        const warnings = checkWorkshop(w, METHOD_LIBRARY).filter(
          (x) => x.rule === 'RUN-4' || x.rule === 'RUN-5',
        );
        expect(warnings, m.id).toEqual([]);
      }
    }
  });
});

describe('searchMethods', () => {
  it('finds World Café from "cafe" in French, accent-insensitively', () => {
    const found = searchMethods(METHOD_LIBRARY, { text: 'cafe', locale: 'fr' });
    expect(found[0]?.id).toBe('world-cafe');
    expect(searchMethods(METHOD_LIBRARY, { text: 'CAFÉ', locale: 'en' })[0]?.id).toBe('world-cafe');
  });

  it('matches every word, in names or summaries of the chosen locale', () => {
    expect(searchMethods(METHOD_LIBRARY, { text: 'forum ouvert', locale: 'fr' }).map((m) => m.id)).toEqual([
      'open-space',
    ]);
    expect(searchMethods(METHOD_LIBRARY, { text: 'decision consentement', locale: 'fr' })[0]?.id).toBe(
      'consent-decision',
    );
    expect(searchMethods(METHOD_LIBRARY, { text: 'open space', locale: 'en' })[0]?.id).toBe('open-space');
    expect(searchMethods(METHOD_LIBRARY, { text: 'zzz', locale: 'fr' })).toEqual([]);
  });

  it('filters by purpose, maximum duration and head count', () => {
    const decide = searchMethods(METHOD_LIBRARY, { purpose: 'decide', locale: 'fr' });
    expect(decide.map((m) => m.id)).toContain('consent-decision');
    expect(decide.every((m) => m.purposes.includes('decide'))).toBe(true);
    const short = searchMethods(METHOD_LIBRARY, { maxMinutes: 30, locale: 'fr' });
    expect(short.map((m) => m.id)).toContain('one-two-four-all');
    expect(short.map((m) => m.id)).not.toContain('open-space');
    const crowd = searchMethods(METHOD_LIBRARY, { participants: 1000, locale: 'fr' });
    expect(crowd.map((m) => m.id)).toContain('world-cafe');
    expect(crowd.map((m) => m.id)).not.toContain('consent-decision');
  });

  it('sorts by name in the locale', () => {
    const names = searchMethods(METHOD_LIBRARY, { purpose: 'design', locale: 'fr' }).map((m) => m.name.fr);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'fr')));
  });
});

describe('sequencesFromMethod', () => {
  it('makes one sequence per step, one block, texts in the chosen language', () => {
    const m = requireMethod('ai-interviews');
    const seqs = sequencesFromMethod(m, { locale: 'en', idFactory: counterIds(), day: 1 });
    expect(seqs.map((s) => s.stepKey)).toEqual(m.steps.map((s) => s.key));
    expect(new Set(seqs.map((s) => s.blockId)).size).toBe(1);
    expect(seqs.every((s) => s.day === 1 && s.methodId === 'ai-interviews')).toBe(true);
    expect(seqs[1]).toMatchObject({
      title: 'Appreciative Inquiry cross-interviews – A interviews B',
      group: { kind: 'pairs' },
      activity: 'interview',
      roles: [{ key: 'interviewer', name: 'Interviewer' }, { key: 'interviewee' }],
      outputs: [{ key: 'interview-notes', label: 'Interview notes per question' }],
    });
    expect(seqs[1]!.questions[0]).toMatch(/^Tell me about a time/);
    expect(seqs[0]!.materials).toEqual(['Interview guide (on phone or printed)']);
    expect(seqs[1]!.materials).toEqual([]);
  });

  it('unknown methods are an error naming methodId', () => {
    expect(() => requireMethod('pizza-party')).toThrow(/methodId/);
  });
});
