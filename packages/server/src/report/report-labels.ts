/** Words printed by the mission report, in both languages (a missing key does not compile). */
import type { Locale } from '@cercle/core';

export interface ReportLabels {
  report: string;
  client: string;
  sponsor: string;
  dates: string;
  generatedOn: (date: string) => string;
  introduction: string;
  context: string;
  goals: string;
  programme: string;
  step: string;
  kind: string;
  participants: string;
  workshops: string;
  noLiveSession: string;
  session: (title: string, count: number) => string;
  contributions: (count: number) => string;
  voters: (count: number) => string;
  option: string;
  result: string;
  mean: string;
  median: string;
  adopted: string;
  notAdopted: string;
  objection: string;
  concern: string;
  answered: string;
  upvotes: string;
  majorityGrade: string;
  rank: string;
  words: string;
  noAnswer: string;
  themes: string;
  photos: string;
  noPhotos: string;
  noThemes: string;
  themeCount: (count: number) => string;
  keyTerms: string;
  verbatims: string;
  anonymous: string;
  annex: string;
  source: string;
  /** Where a note was written during groups (1-based round and table). */
  tablePlace: (title: string, round: number, table: number) => string;
  author: string;
  text: string;
  cluster: string;
  tags: string;
  time: string;
  page: (current: number, total: number) => string;
}

export const REPORT_LABELS: Record<Locale, ReportLabels> = {
  fr: {
    report: 'Rapport de mission',
    client: 'Commanditaire',
    sponsor: 'Référent',
    dates: 'Dates',
    generatedOn: (date) => `Rapport établi le ${date}`,
    introduction: 'Introduction',
    context: 'Contexte et objectifs',
    goals: 'Objectifs',
    programme: 'Programme',
    step: 'Étape',
    kind: 'Type',
    participants: 'Participants',
    workshops: 'Les ateliers et leurs productions',
    noLiveSession: 'Aucune séance animée en direct pour cet atelier.',
    session: (title, count) => `${title} — ${count} participant${count > 1 ? 's' : ''}`,
    contributions: (count) => `${count} contribution${count > 1 ? 's' : ''}`,
    voters: (count) => `${count} votant${count > 1 ? 's' : ''}`,
    option: 'Option',
    result: 'Résultat',
    mean: 'Moyenne',
    median: 'Médiane',
    adopted: 'Adopté : aucune objection.',
    notAdopted: 'Non adopté : au moins une objection.',
    objection: 'Objection',
    concern: 'Réserve',
    answered: 'répondu',
    upvotes: 'votes',
    majorityGrade: 'Mention majoritaire',
    rank: 'Rang',
    words: 'Mots les plus fréquents',
    noAnswer: 'Aucune réponse.',
    themes: 'Synthèse : les thèmes',
    photos: 'Facilitation graphique et paperboards',
    noPhotos: 'Aucune photo de facilitation graphique ou de paperboard.',
    noThemes: 'Aucun thème n’a encore été constitué dans la récolte.',
    themeCount: (count) => `${count} contribution${count > 1 ? 's' : ''}`,
    keyTerms: 'Mots clés',
    verbatims: 'Verbatims',
    anonymous: 'anonyme',
    annex: 'Annexe : toutes les contributions',
    source: 'Source',
    tablePlace: (title, round, table) => `${title}, tour ${round}, table ${table}`,
    author: 'Auteur',
    text: 'Contribution',
    cluster: 'Thème',
    tags: 'Étiquettes',
    time: 'Date',
    page: (current, total) => `Page ${current} sur ${total}`,
  },
  en: {
    report: 'Mission report',
    client: 'Client',
    sponsor: 'Sponsor',
    dates: 'Dates',
    generatedOn: (date) => `Report produced on ${date}`,
    introduction: 'Introduction',
    context: 'Context and goals',
    goals: 'Goals',
    programme: 'Programme',
    step: 'Step',
    kind: 'Kind',
    participants: 'Participants',
    workshops: 'The workshops and what they produced',
    noLiveSession: 'No live session was run for this workshop.',
    session: (title, count) => `${title} — ${count} participant${count === 1 ? '' : 's'}`,
    contributions: (count) => `${count} contribution${count === 1 ? '' : 's'}`,
    voters: (count) => `${count} voter${count === 1 ? '' : 's'}`,
    option: 'Option',
    result: 'Result',
    mean: 'Mean',
    median: 'Median',
    adopted: 'Adopted: no objection.',
    notAdopted: 'Not adopted: at least one objection.',
    objection: 'Objection',
    concern: 'Concern',
    answered: 'answered',
    upvotes: 'votes',
    majorityGrade: 'Majority grade',
    rank: 'Rank',
    words: 'Most frequent words',
    noAnswer: 'No answers.',
    themes: 'Synthesis: the themes',
    photos: 'Graphic recordings and flipcharts',
    noPhotos: 'No photo of a graphic recording or a flipchart.',
    noThemes: 'No themes have been made in the harvest yet.',
    themeCount: (count) => `${count} contribution${count === 1 ? '' : 's'}`,
    keyTerms: 'Key terms',
    verbatims: 'Verbatims',
    anonymous: 'anonymous',
    annex: 'Annex: every contribution',
    source: 'Source',
    tablePlace: (title, round, table) => `${title}, round ${round}, table ${table}`,
    author: 'Author',
    text: 'Contribution',
    cluster: 'Theme',
    tags: 'Tags',
    time: 'Date',
    page: (current, total) => `Page ${current} of ${total}`,
  },
};
