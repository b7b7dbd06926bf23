/** (e) A digital-usage charter: 3 workshops of 3 hours with 10 people, then a consultation of all agents. */
import { t } from '../methods/define.ts';
import type { BlockTemplate, MissionTemplate, WorkshopTemplate } from './instantiate.ts';

const checkIn = (fr: string, en: string): BlockTemplate => ({
  method: 'check-in',
  steps: { welcome: { questions: [t(fr, en)] } },
});

function workshop(
  title: [string, string],
  objective: [string, string],
  offset: number,
  blocks: BlockTemplate[],
): WorkshopTemplate {
  return {
    title: t(...title),
    objective: t(...objective),
    place: t('Hôtel communautaire, salle Vauban', 'Community headquarters, Vauban room'),
    remote: false,
    expectedParticipants: 10,
    facilitators: ['Nadia Benali'],
    days: [{ offset, start: '14:00', end: '17:00' }],
    blocks,
  };
}

export const charterTemplate: MissionTemplate = {
  id: 'digital-usage-charter',
  name: t(
    'Charte des usages numériques (3 ateliers + consultation)',
    'Digital-usage charter (3 workshops + consultation)',
  ),
  summary: t(
    'Trois ateliers de 3 heures avec un groupe de 10 agents (principes, rédaction, adoption par consentement), puis une consultation en ligne de tous les agents sur le projet de charte.',
    'Three 3-hour workshops with a group of 10 staff (principles, drafting, adoption by consent), then an online consultation of all staff on the draft charter.',
  ),
  lengthDays: 120,
  mission: {
    title: t('Charte des usages numériques', 'Digital-usage charter'),
    clientName: t('Communauté de communes des Trois Vallées', 'Communauté de communes des Trois Vallées'),
    sponsor: t('Marc Dubois, directeur général des services', 'Marc Dubois, chief executive'),
    context: t(
      'Messagerie le soir, visioconférences à la chaîne, outils qui se superposent : les 450 agents demandent des repères. La direction veut une charte écrite par un groupe d’agents volontaires puis soumise à tous.',
      'Email in the evening, back-to-back video calls, overlapping tools: the 450 staff want guidance. Management wants a charter written by a group of volunteer staff, then put to everyone.',
    ),
    goals: [
      t('Définir des principes partagés d’usage du numérique', 'Define shared principles for digital use'),
      t('Rédiger et adopter une charte courte et concrète', 'Draft and adopt a short, concrete charter'),
      t(
        'Recueillir l’avis de tous les agents et publier une version révisée',
        'Gather all staff’s views and publish a revised version',
      ),
    ],
  },
  steps: [
    {
      kind: 'workshop',
      title: t('Atelier 1 : principes et valeurs', 'Workshop 1: principles and values'),
      description: t(
        'Faire émerger les irritants, les besoins et les valeurs.',
        'Surface pain points, needs and values.',
      ),
      workshop: workshop(
        ['Charte – atelier 1 : principes et valeurs', 'Charter – workshop 1: principles and values'],
        ['Dégager les principes et valeurs de la charte.', 'Draw out the charter’s principles and values.'],
        14,
        [
          checkIn(
            'Quel outil numérique vous a le plus agacé cette semaine ?',
            'Which digital tool annoyed you most this week?',
          ),
          {
            method: 'one-two-four-all',
            title: t('Nos irritants et nos besoins', 'Our pain points and needs'),
            steps: {
              one: {
                questions: [
                  t(
                    'Dans vos usages numériques au travail, qu’est-ce qui vous pèse et de quoi auriez-vous besoin ?',
                    'In your digital practices at work, what weighs on you and what would you need?',
                  ),
                ],
              },
            },
          },
          { method: 'values-constraints' },
          { method: 'break' },
          {
            method: 'small-groups',
            title: t('Les principes de la charte', 'The charter’s principles'),
            steps: {
              work: {
                questions: [
                  t(
                    'Quels principes proposez-vous pour le droit à la déconnexion, les réunions à distance et la messagerie ?',
                    'Which principles do you propose for the right to disconnect, remote meetings and email?',
                  ),
                ],
              },
            },
          },
          {
            method: 'plenary',
            title: t('Vote des principes', 'Voting on the principles'),
            steps: { plenary: { durationMinutes: 15 } },
          },
          { method: 'check-out' },
        ],
      ),
    },
    {
      kind: 'workshop',
      title: t('Atelier 2 : rédaction', 'Workshop 2: drafting'),
      description: t(
        'Rédiger les chapitres de la charte en sous-groupes.',
        'Write the charter’s chapters in sub-groups.',
      ),
      workshop: workshop(
        ['Charte – atelier 2 : rédaction', 'Charter – workshop 2: drafting'],
        ['Rédiger le projet de charte.', 'Draft the charter.'],
        28,
        [
          {
            method: 'check-in',
            steps: {
              welcome: {
                durationMinutes: 10,
                questions: [t('Un principe qui vous tient à cœur ?', 'A principle you care about?')],
              },
            },
          },
          {
            method: 'charter-drafting',
            steps: {
              writing: {
                questions: [
                  t(
                    'Quels engagements concrets prenons-nous, en tant qu’agents et en tant qu’encadrants, sur ce chapitre ?',
                    'What concrete commitments do we make, as staff and as managers, in this chapter?',
                  ),
                ],
              },
            },
            pauses: [{ after: 'writing' }],
          },
          {
            method: 'plenary',
            title: t('Relecture d’ensemble', 'Overall read-through'),
            steps: { plenary: { durationMinutes: 30 } },
          },
          { method: 'check-out' },
        ],
      ),
    },
    {
      kind: 'workshop',
      title: t('Atelier 3 : adoption par consentement', 'Workshop 3: adoption by consent'),
      description: t('Adopter la charte article par article.', 'Adopt the charter article by article.'),
      workshop: workshop(
        ['Charte – atelier 3 : adoption', 'Charter – workshop 3: adoption'],
        ['Adopter le projet de charte par consentement.', 'Adopt the draft charter by consent.'],
        42,
        [
          {
            method: 'check-in',
            steps: {
              welcome: {
                durationMinutes: 10,
                questions: [
                  t(
                    'Comment abordez-vous cette séance d’adoption ?',
                    'How do you approach this adoption session?',
                  ),
                ],
              },
            },
          },
          { method: 'consent-decision', title: t('Articles 1 à 3', 'Articles 1–3') },
          { method: 'break' },
          { method: 'consent-decision', title: t('Articles 4 à 6', 'Articles 4–6') },
          {
            method: 'plenary',
            title: t('Préparer la consultation des agents', 'Preparing the staff consultation'),
            steps: { plenary: { durationMinutes: 30 } },
          },
          { method: 'check-out' },
        ],
      ),
    },
    {
      kind: 'consultation',
      title: t('Consultation de tous les agents', 'Consultation of all staff'),
      description: t(
        'Le projet de charte soumis aux 450 agents : commentaires et soutien par article, reformulations proposées.',
        'The draft charter put to all 450 staff: comments and support per article, suggested rewordings.',
      ),
      startDay: 49,
      endDay: 90,
      expectedParticipants: 450,
      consultation: { audience: 'invitation', formats: ['draft-comments', 'questionnaire'] },
    },
    {
      kind: 'deliverable',
      title: t('Charte révisée et journal des modifications', 'Revised charter and change log'),
      description: t(
        'Version révisée, versionnée, avec le journal des modifications issues de la consultation.',
        'A revised, versioned text with the change log from the consultation.',
      ),
      startDay: 91,
      endDay: 119,
      expectedParticipants: null,
    },
  ],
};
