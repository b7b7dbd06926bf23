/** (a) Two-day seminar, 18 people: rewriting an association's strategic project. The demo mission. */
import { t } from '../methods/define.ts';
import type { MissionTemplate } from './instantiate.ts';

export const strategicProjectTemplate: MissionTemplate = {
  id: 'strategic-project-seminar',
  name: t(
    'Projet stratégique d’une association (séminaire de 2 jours)',
    'An association’s strategic project (2-day seminar)',
  ),
  summary: t(
    'Entretiens amont, diagnostic partagé, puis un séminaire de deux jours à 18 : entretiens croisés, World Café, scénarios à 5 ans, forum ouvert, captation graphique.',
    'Upstream interviews, a shared diagnosis, then a two-day seminar with 18 people: cross-interviews, World Café, 5-year scenarios, Open Space, graphic recording.',
  ),
  lengthDays: 90,
  mission: {
    title: t('Projet stratégique 2027–2031', 'Strategic project 2027–2031'),
    clientName: t('Association Horizons Solidaires', 'Association Horizons Solidaires'),
    sponsor: t('Marie Lefèvre, présidente', 'Marie Lefèvre, chair'),
    context: t(
      'Horizons Solidaires accompagne depuis 25 ans des personnes en situation de précarité (insertion, logement, accès aux droits) avec 35 salariés et 120 bénévoles. Son projet associatif arrive à échéance fin 2026 ; le conseil d’administration veut réécrire le projet stratégique 2027–2031 avec les administrateurs, les salariés, les bénévoles et deux partenaires.',
      'For 25 years Horizons Solidaires has supported people in precarious situations (employment, housing, access to rights) with 35 staff and 120 volunteers. Its current plan ends in late 2026; the board wants to rewrite the 2027–2031 strategic project with board members, staff, volunteers and two partners.',
    ),
    goals: [
      t(
        'Partager un diagnostic lucide de l’association et de son territoire',
        'Share a clear-eyed diagnosis of the association and its area',
      ),
      t(
        'Formuler une vision et 4 à 5 orientations stratégiques pour 2027–2031',
        'Set out a vision and 4–5 strategic directions for 2027–2031',
      ),
      t(
        'Identifier les chantiers prioritaires et leurs porteurs',
        'Identify the priority projects and who leads them',
      ),
      t(
        'Faire adopter le projet par le conseil d’administration puis l’assemblée générale',
        'Have the project adopted by the board, then the general assembly',
      ),
    ],
  },
  steps: [
    {
      kind: 'interviews',
      title: t('Entretiens amont', 'Upstream interviews'),
      description: t(
        'Dix entretiens individuels d’une heure : présidente, direction, trois salariés, trois bénévoles, deux partenaires (Ville, Département).',
        'Ten one-hour individual interviews: chair, director, three staff, three volunteers, two partners (city, county).',
      ),
      startDay: 0,
      endDay: 17,
      expectedParticipants: 10,
    },
    {
      kind: 'deliverable',
      title: t('Diagnostic partagé (synthèse d’une page)', 'Shared diagnosis (one-page summary)'),
      description: t(
        'Synthèse des entretiens et des chiffres clés, lue en séminaire (Lire – Discuter – Appliquer).',
        'Summary of interviews and key figures, read at the seminar (Read – Discuss – Apply).',
      ),
      startDay: 21,
      endDay: 25,
      expectedParticipants: null,
    },
    {
      kind: 'workshop',
      title: t('Séminaire stratégique (2 jours)', 'Strategy seminar (2 days)'),
      description: t(
        'Deux jours pour écrire ensemble les bases du projet 2027–2031.',
        'Two days to lay the foundations of the 2027–2031 project together.',
      ),
      workshop: {
        title: t('Séminaire : projet stratégique 2027–2031', 'Seminar: strategic project 2027–2031'),
        objective: t(
          'Partir de ce qui fait la force de l’association, imaginer 2031 et lancer les chantiers du projet stratégique.',
          'Start from the association’s strengths, imagine 2031 and launch the strategic project’s work streams.',
        ),
        place: t('Maison des associations, salle des Tilleuls', 'Maison des associations, Tilleuls room'),
        remote: false,
        expectedParticipants: 18,
        facilitators: ['Claire Martin', 'Julien Roux (facilitation graphique)'],
        days: [
          { offset: 38, start: '09:00', end: '17:30' },
          { offset: 39, start: '09:00', end: '17:30' },
        ],
        blocks: [
          {
            method: 'check-in',
            title: t('Accueil, cadre de la démarche et inclusion', 'Welcome, framing and check-in'),
            steps: {
              welcome: {
                questions: [
                  t(
                    'En un mot, qu’est-ce qui vous relie à Horizons Solidaires ?',
                    'In one word, what connects you to Horizons Solidaires?',
                  ),
                ],
              },
            },
          },
          {
            method: 'ai-interviews',
            steps: {
              pairs: { durationMinutes: 5 },
              'interview-a': {
                questions: [
                  t(
                    'Racontez-moi un moment où vous avez été particulièrement fier·e d’agir avec Horizons Solidaires. Que se passait-il ? Qui était là ? Qu’est-ce qui l’a rendu possible ?',
                    'Tell me about a time when you were especially proud to act with Horizons Solidaires. What was happening? Who was there? What made it possible?',
                  ),
                  t(
                    'Selon vous, qu’est-ce que l’association apporte de plus précieux aux personnes qu’elle accompagne ?',
                    'In your view, what is the most precious thing the association brings to the people it supports?',
                  ),
                  t(
                    'Nous sommes en 2031 et l’association a réussi au-delà de vos espérances : que voyez-vous ? Quels sont vos trois vœux ?',
                    'It is 2031 and the association has succeeded beyond your hopes: what do you see? What are your three wishes?',
                  ),
                ],
              },
              'interview-b': {
                questions: [
                  t(
                    'Racontez-moi un moment où vous avez été particulièrement fier·e d’agir avec Horizons Solidaires. Que se passait-il ? Qui était là ? Qu’est-ce qui l’a rendu possible ?',
                    'Tell me about a time when you were especially proud to act with Horizons Solidaires. What was happening? Who was there? What made it possible?',
                  ),
                  t(
                    'Selon vous, qu’est-ce que l’association apporte de plus précieux aux personnes qu’elle accompagne ?',
                    'In your view, what is the most precious thing the association brings to the people it supports?',
                  ),
                  t(
                    'Nous sommes en 2031 et l’association a réussi au-delà de vos espérances : que voyez-vous ? Quels sont vos trois vœux ?',
                    'It is 2031 and the association has succeeded beyond your hopes: what do you see? What are your three wishes?',
                  ),
                ],
              },
              share: { graphicRecording: true },
            },
          },
          { method: 'break' },
          {
            method: 'read-discuss-apply',
            title: t('Le diagnostic partagé', 'The shared diagnosis'),
            steps: {
              apply: {
                questions: [
                  t(
                    'Qu’est-ce que ce diagnostic change pour notre projet 2027–2031 ?',
                    'What does this diagnosis change for our 2027–2031 project?',
                  ),
                ],
              },
            },
          },
          {
            method: 'plenary',
            title: t(
              'Mise en commun : forces et fragilités de l’association',
              'Pooling: the association’s strengths and weaknesses',
            ),
            steps: {
              plenary: {
                durationMinutes: 30,
                graphicRecording: true,
                questions: [
                  t(
                    'Quelles forces voulons-nous absolument préserver ?',
                    'Which strengths must we absolutely keep?',
                  ),
                  t(
                    'Quelles fragilités devons-nous regarder en face ?',
                    'Which weaknesses must we face squarely?',
                  ),
                ],
              },
            },
          },
          {
            method: 'graphic-recording',
            title: t('Lecture de la fresque de la matinée', 'Walk through the morning’s drawing'),
            steps: { walkthrough: { durationMinutes: 15 } },
          },
          { method: 'lunch', steps: { lunch: { durationMinutes: 75 } } },
          {
            method: 'world-cafe',
            title: t('World Café : Horizons Solidaires en 2031', 'World Café: Horizons Solidaires in 2031'),
            steps: {
              'round-1': {
                questions: [
                  t(
                    'Qu’est-ce qui rend notre action indispensable sur notre territoire aujourd’hui ?',
                    'What makes our work indispensable in our area today?',
                  ),
                ],
              },
              'round-2': {
                questions: [
                  t(
                    'À quoi ressemble Horizons Solidaires à son meilleur, en 2031 ?',
                    'What does Horizons Solidaires look like at its best, in 2031?',
                  ),
                ],
              },
              'round-3': {
                questions: [
                  t(
                    'Quels choix devons-nous faire dès maintenant pour y parvenir ?',
                    'What choices must we make now to get there?',
                  ),
                ],
              },
              harvest: { graphicRecording: true },
            },
          },
          { method: 'break', steps: { break: { durationMinutes: 20 } } },
          {
            method: 'small-groups',
            title: t('Nos orientations stratégiques', 'Our strategic directions'),
            steps: {
              work: {
                durationMinutes: 40,
                questions: [
                  t(
                    'Quelle orientation stratégique proposez-vous pour 2027–2031, et quels en seraient les premiers pas ?',
                    'Which strategic direction do you propose for 2027–2031, and what would its first steps be?',
                  ),
                ],
              },
              'report-out': { durationMinutes: 20 },
            },
          },
          {
            method: 'plenary',
            title: t('Synthèse de la journée', 'Wrap-up of the day'),
            steps: { plenary: { durationMinutes: 30, graphicRecording: true } },
          },
          { method: 'check-out' },
          // Day 2
          {
            method: 'check-in',
            day: 1,
            title: t('Accueil du deuxième jour', 'Welcome to day two'),
            steps: {
              welcome: {
                questions: [
                  t('Qu’est-ce qui vous a le plus marqué hier ?', 'What struck you most yesterday?'),
                ],
              },
            },
          },
          {
            method: 'scenarios',
            day: 1,
            steps: {
              'focal-question': {
                questions: [
                  t(
                    'Quel rôle Horizons Solidaires jouera-t-elle sur son territoire en 2031 ?',
                    'What role will Horizons Solidaires play in its area in 2031?',
                  ),
                ],
              },
              narratives: {
                questions: [
                  t(
                    'Dans ce monde de 2031, comment vivent les personnes accompagnées, les bénévoles et les salariés ?',
                    'In this 2031 world, how do the people we support, the volunteers and the staff live?',
                  ),
                ],
              },
              implications: {
                questions: [
                  t(
                    'Quelles actions sans regret engager dès 2027, quel que soit le scénario ?',
                    'Which no-regret actions should we start in 2027, whatever the scenario?',
                  ),
                ],
              },
            },
            pauses: [{ after: 'axes' }],
          },
          {
            method: 'plenary',
            day: 1,
            title: t('Des scénarios aux choix stratégiques', 'From scenarios to strategic choices'),
            steps: { plenary: { durationMinutes: 15 } },
          },
          { method: 'lunch', day: 1, steps: { lunch: { durationMinutes: 75 } } },
          {
            method: 'open-space',
            day: 1,
            title: t('Forum ouvert : les chantiers du projet', 'Open Space: the project’s work streams'),
            steps: {
              opening: {
                questions: [
                  t(
                    'Quels chantiers voulons-nous porter pour faire vivre notre projet stratégique 2027–2031 ?',
                    'Which work streams do we want to lead to bring our 2027–2031 strategic project to life?',
                  ),
                ],
              },
              marketplace: { durationMinutes: 25 },
              convergence: { graphicRecording: true },
            },
            pauses: [{ after: 'session-1' }],
          },
          {
            method: 'graphic-recording',
            day: 1,
            title: t('Lecture de la fresque des deux jours', 'Walk through the two days’ drawing'),
          },
        ],
      },
    },
    {
      kind: 'deliverable',
      title: t(
        'Projet stratégique 2027–2031 : version de travail',
        'Strategic project 2027–2031: working draft',
      ),
      description: t(
        'Rédaction à partir de la récolte du séminaire (orientations, scénarios, comptes rendus du forum ouvert, fresques), relue par un groupe de bénévoles et de salariés.',
        'Drafted from the seminar harvest (directions, scenarios, Open Space reports, drawings), reviewed by a group of volunteers and staff.',
      ),
      startDay: 40,
      endDay: 67,
      expectedParticipants: null,
    },
    {
      kind: 'deliverable',
      title: t('Adoption par le conseil d’administration', 'Adoption by the board'),
      description: t(
        'Présentation du projet au conseil d’administration, puis à l’assemblée générale.',
        'Presentation of the project to the board, then to the general assembly.',
      ),
      startDay: 68,
      endDay: 89,
      expectedParticipants: 12,
    },
  ],
};
