/** Words of the Open Space convergence panel, in both languages (added to i18n on import). */
import { i18n } from '../i18n/index.ts';

const fr = {
  title: 'Convergence : voter sur les propositions',
  none: 'Aucune proposition pour l’instant : elles viennent des comptes rendus des sessions.',
  count_one: '{{count}} proposition issue des comptes rendus.',
  count_other: '{{count}} propositions issues des comptes rendus.',
  over: 'Le vote par gommettes prend au plus {{max}} options : les {{max}} premières sont soumises.',
  voteTitle: 'Vote sur les propositions du forum',
  tokens: 'Gommettes par participant',
  open: 'Ouvrir le vote par gommettes',
  opened: 'Vote ouvert sur les téléphones.',
  results: 'Résultats du vote',
  voters_one: '{{count}} votant',
  voters_other: '{{count}} votants',
  dots_one: '{{count}} gommette',
  dots_other: '{{count}} gommettes',
  choose: 'Retenir pour le plan d’action',
  download: 'Télécharger le plan d’action ({{count}} retenues, CSV)',
  downloadAll: 'Télécharger le plan d’action (toutes les propositions, CSV)',
};

const en: typeof fr = {
  title: 'Convergence: vote on the proposals',
  none: 'No proposals yet: they come from the session reports.',
  count_one: '{{count}} proposal from the reports.',
  count_other: '{{count}} proposals from the reports.',
  over: 'A dot vote takes at most {{max}} options: the first {{max}} are put to the vote.',
  voteTitle: 'Vote on the Open Space proposals',
  tokens: 'Dots per participant',
  open: 'Open the dot vote',
  opened: 'The vote is open on the phones.',
  results: 'Results of the vote',
  voters_one: '{{count}} voter',
  voters_other: '{{count}} voters',
  dots_one: '{{count}} dot',
  dots_other: '{{count}} dots',
  choose: 'Keep for the action plan',
  download: 'Download the action plan ({{count}} kept, CSV)',
  downloadAll: 'Download the action plan (every proposal, CSV)',
};

let added = false;
export function addConvergenceStrings(): void {
  if (added) return;
  added = true;
  i18n.addResourceBundle('fr', 'translation', { convergence: fr }, true, false);
  i18n.addResourceBundle('en', 'translation', { convergence: en }, true, false);
}
