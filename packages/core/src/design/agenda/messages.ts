/**
 * Human sentences for run-of-show warnings, in both languages, for exports and for any client
 * that does not carry its own translations. The UI may translate `rule` + `params` itself.
 */
import type { Locale } from '../types.ts';
import type { RunWarning } from './rules.ts';

type Params = RunWarning['params'];

function run3(p: Params, locale: Locale): string {
  const fr = locale === 'fr';
  switch (p.problem) {
    case 'odd-pairs':
      return fr
        ? `${p.headCount} participants : nombre impair, il y aura ${p.pairs} binômes et un trio.`
        : `${p.headCount} participants: an odd number, so ${p.pairs} pairs and one trio.`;
    case 'too-few':
      return fr
        ? `Groupes de ${p.size} pour ${p.headCount} participants : pas assez de monde.`
        : `Groups of ${p.size} for ${p.headCount} participants: not enough people.`;
    default: {
      const hint =
        p.suggestedSize === undefined
          ? ''
          : fr
            ? ` Essayez des groupes de ${p.suggestedSize}.`
            : ` Try groups of ${p.suggestedSize}.`;
      return fr
        ? `Groupes de ${p.size} pour ${p.headCount} participants : ${p.count} groupes de ${p.smallest} à ${p.largest}, hors de la fourchette ${p.min}–${p.max} de la méthode.${hint}`
        : `Groups of ${p.size} for ${p.headCount} participants: ${p.count} groups of ${p.smallest} to ${p.largest}, outside the method's ${p.min}–${p.max} range.${hint}`;
    }
  }
}

export function describeWarning(w: RunWarning, locale: Locale): string {
  const p = w.params;
  const fr = locale === 'fr';
  switch (w.rule) {
    case 'RUN-1':
      return fr
        ? `La journée finit à ${p.computedEnd} au lieu de ${p.plannedEnd} (${p.overMinutes} min de dépassement).`
        : `The day ends at ${p.computedEnd} instead of ${p.plannedEnd} (${p.overMinutes} min over).`;
    case 'RUN-2':
      return fr
        ? `${p.continuousMinutes} min sans pause depuis ${p.since} (plus de ${p.limit} min).`
        : `${p.continuousMinutes} min without a break since ${p.since} (more than ${p.limit} min).`;
    case 'RUN-3':
      return run3(p, locale);
    case 'RUN-4':
      return fr
        ? 'Cette séquence a besoin d’au moins une question.'
        : 'This sequence needs at least one question.';
    case 'RUN-5':
      return fr
        ? `Cette méthode dure ${p.totalMinutes} min au total, moins que son minimum de ${p.minMinutes} min.`
        : `This method totals ${p.totalMinutes} min, less than its ${p.minMinutes}-min minimum.`;
  }
}
