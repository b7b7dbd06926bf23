/** (c) One-day management seminar, 8 people: findings and challenges, service levels, next steps. */
import { t } from '../methods/define.ts';
import type { MissionTemplate } from './instantiate.ts';

export const managementSeminarTemplate: MissionTemplate = {
  id: 'management-seminar',
  name: t('Séminaire d’équipe de direction (1 jour)', 'Management team seminar (1 day)'),
  summary: t(
    'Entretiens individuels, puis une journée à 8 : constats et enjeux, niveaux de service, engagements par consentement et plan d’action.',
    'Individual interviews, then one day with 8 people: findings and challenges, service levels, commitments by consent and action plan.',
  ),
  lengthDays: 45,
  mission: {
    title: t(
      'Séminaire de direction : nos engagements de service',
      'Management seminar: our service commitments',
    ),
    clientName: t(
      'Ville de Saint-Aubin – Pôle services à la population',
      'City of Saint-Aubin – Public services division',
    ),
    sponsor: t('Sophie Garnier, directrice générale adjointe', 'Sophie Garnier, deputy chief executive'),
    context: t(
      'Le pôle regroupe l’état civil, l’accueil, les affaires scolaires et les sports. Les délais de réponse aux habitants varient fortement d’un service à l’autre ; l’équipe de direction (8 cadres) veut partager ses constats et s’engager sur des niveaux de service communs.',
      'The division covers civil registry, reception, school affairs and sports. Response times to residents vary widely between services; the management team (8 managers) wants to share its findings and commit to common service levels.',
    ),
    goals: [
      t('Partager les constats et enjeux du pôle', 'Share the division’s findings and challenges'),
      t('Définir des niveaux de service par service', 'Define service levels for each service'),
      t('Repartir avec un plan d’action et des porteurs', 'Leave with an action plan and owners'),
    ],
  },
  steps: [
    {
      kind: 'interviews',
      title: t('Entretiens individuels avec les cadres', 'Individual interviews with the managers'),
      description: t(
        'Huit entretiens de 45 minutes pour préparer les constats.',
        'Eight 45-minute interviews to prepare the findings.',
      ),
      startDay: 0,
      endDay: 11,
      expectedParticipants: 8,
    },
    {
      kind: 'workshop',
      title: t('Séminaire de direction', 'Management seminar'),
      description: t('Une journée hors les murs.', 'One day off-site.'),
      workshop: {
        title: t(
          'Séminaire de direction : nos engagements de service',
          'Management seminar: our service commitments',
        ),
        objective: t(
          'Passer des constats partagés à des engagements de service mesurables et à un plan d’action.',
          'Move from shared findings to measurable service commitments and an action plan.',
        ),
        place: t('Domaine de la Chênaie (salle de séminaire)', 'Domaine de la Chênaie (seminar room)'),
        remote: false,
        expectedParticipants: 8,
        facilitators: ['Claire Martin'],
        days: [{ offset: 21, start: '09:00', end: '17:00' }],
        blocks: [
          {
            method: 'check-in',
            steps: {
              welcome: {
                questions: [
                  t(
                    'Quelle est la météo de votre service en ce moment ?',
                    'What is the weather like in your service right now?',
                  ),
                ],
              },
            },
          },
          {
            method: 'findings-challenges',
            title: t('Ce que disent les entretiens', 'What the interviews say'),
            steps: {
              findings: {
                questions: [
                  t(
                    'Qu’observez-vous dans la relation de vos services avec les habitants, et sur quels faits vous appuyez-vous ?',
                    'What do you observe in your services’ relationship with residents, and what facts support it?',
                  ),
                ],
              },
              challenges: { group: { kind: 'groups', size: 4 } },
            },
          },
          { method: 'break' },
          {
            method: 'service-levels',
            steps: {
              cards: {
                group: { kind: 'groups', size: 4 },
                questions: [
                  t(
                    'Que garantissons-nous aux habitants pour ce service, sous quel délai, et comment le mesurerons-nous ?',
                    'What do we guarantee residents for this service, how fast, and how will we measure it?',
                  ),
                ],
              },
              revise: { group: { kind: 'groups', size: 4 } },
            },
          },
          { method: 'lunch', steps: { lunch: { durationMinutes: 70 } } },
          {
            method: 'consent-decision',
            title: t('Nos engagements de service', 'Our service commitments'),
            steps: {
              reactions: { durationMinutes: 15 },
              objections: { durationMinutes: 15 },
              improve: { durationMinutes: 15 },
            },
          },
          { method: 'break' },
          {
            method: 'action-plan',
            title: t('Prochaines étapes', 'Next steps'),
            steps: {
              actions: { durationMinutes: 40, group: { kind: 'groups', size: 4 } },
              review: { durationMinutes: 20 },
              commitments: { durationMinutes: 10 },
            },
          },
          {
            method: 'plenary',
            title: t('Gouvernance et suivi des engagements', 'Governance and follow-up of commitments'),
            steps: {
              plenary: {
                questions: [
                  t(
                    'Comment et quand ferons-nous le point sur nos engagements ?',
                    'How and when will we review our commitments?',
                  ),
                ],
              },
            },
          },
          { method: 'check-out' },
        ],
      },
    },
    {
      kind: 'deliverable',
      title: t('Compte rendu et tableau des niveaux de service', 'Report and service-level table'),
      description: t(
        'Compte rendu du séminaire, tableau des niveaux de service et plan d’action.',
        'Seminar report, service-level table and action plan.',
      ),
      startDay: 22,
      endDay: 35,
      expectedParticipants: null,
    },
  ],
};
