/** (d) Service design for an urban community: 4 months, 6 design-thinking workshops of 25–60 people. */
import { t } from '../methods/define.ts';
import type { Localized } from '../types.ts';
import type { BlockTemplate, MissionTemplate, WorkshopTemplate } from './instantiate.ts';

const q = (fr: string, en: string): Localized[] => [t(fr, en)];
const checkIn = (fr: string, en: string): BlockTemplate => ({
  method: 'check-in',
  steps: { welcome: { questions: q(fr, en) } },
});
const checkOut: BlockTemplate = { method: 'check-out', steps: { closing: { durationMinutes: 10 } } };
const pause: BlockTemplate = { method: 'break' };

function workshop(
  title: [string, string],
  objective: [string, string],
  expectedParticipants: number,
  offset: number,
  blocks: BlockTemplate[],
): WorkshopTemplate {
  return {
    title: t(...title),
    objective: t(...objective),
    place: t('Maison de la métropole, atelier du rez-de-chaussée', 'Metropolitan hall, ground-floor studio'),
    remote: false,
    expectedParticipants,
    facilitators: ['Thomas Girard', 'Léa Moreau'],
    days: [{ offset, start: '09:00', end: '12:30' }],
    blocks,
  };
}

export const serviceDesignTemplate: MissionTemplate = {
  id: 'urban-service-design',
  name: t(
    'Design de service pour une métropole (4 mois)',
    'Service design for an urban community (4 months)',
  ),
  summary: t(
    'Immersion auprès des usagers, puis six ateliers de design de service (25 à 60 personnes) : personas, parcours, « Comment pourrions-nous », idéation, prototypes, tests.',
    'User immersion, then six service-design workshops (25–60 people): personas, journeys, “How might we”, ideation, prototypes, tests.',
  ),
  lengthDays: 120,
  mission: {
    title: t('Réinventer l’accueil des habitants', 'Reinventing how residents are welcomed'),
    clientName: t('Métropole Val-de-Seine', 'Métropole Val-de-Seine'),
    sponsor: t('Direction de la relation aux usagers', 'Resident relations department'),
    context: t(
      'La métropole (22 communes, 480 000 habitants) veut un accueil unique des habitants, physique et en ligne. Agents d’accueil, services métiers, élus et habitants conçoivent ensemble le futur service en six ateliers.',
      'The metropolitan area (22 towns, 480,000 residents) wants a single welcome for residents, in person and online. Front-desk staff, departments, elected officials and residents design the future service together in six workshops.',
    ),
    goals: [
      t(
        'Comprendre les parcours et irritants réels des habitants',
        'Understand residents’ real journeys and pain points',
      ),
      t(
        'Concevoir et prototyper le futur service d’accueil',
        'Design and prototype the future welcome service',
      ),
      t(
        'Tester les prototypes avec des habitants et recommander un pilote',
        'Test the prototypes with residents and recommend a pilot',
      ),
    ],
  },
  steps: [
    {
      kind: 'interviews',
      title: t('Immersion et entretiens usagers', 'Immersion and user interviews'),
      description: t(
        'Observation dans quatre mairies et vingt entretiens d’habitants.',
        'Observation in four town halls and twenty resident interviews.',
      ),
      startDay: 0,
      endDay: 18,
      expectedParticipants: 20,
    },
    {
      kind: 'workshop',
      title: t('Atelier 1 : empathie', 'Workshop 1: empathy'),
      description: t(
        'Partager l’immersion et créer les personas.',
        'Share the immersion and create personas.',
      ),
      workshop: workshop(
        ['Empathie : qui sont nos usagers ?', 'Empathy: who are our users?'],
        [
          'Partager ce que l’immersion a appris et créer les personas.',
          'Share what the immersion taught us and create the personas.',
        ],
        30,
        21,
        [
          checkIn(
            'Votre dernier passage dans un guichet public, en un mot ?',
            'Your last visit to a public counter, in one word?',
          ),
          { method: 'read-discuss-apply', title: t('Ce que disent les habitants', 'What residents say') },
          { method: 'persona' },
          pause,
          { method: 'empathy-map' },
          { method: 'plenary', title: t('Nos usagers en un coup d’œil', 'Our users at a glance') },
          checkOut,
        ],
      ),
    },
    {
      kind: 'workshop',
      title: t('Atelier 2 : parcours', 'Workshop 2: journeys'),
      description: t('Cartographier les parcours des personas.', 'Map the personas’ journeys.'),
      workshop: workshop(
        ['Parcours usagers', 'User journeys'],
        [
          'Cartographier les parcours et repérer les moments de vérité.',
          'Map the journeys and spot the moments of truth.',
        ],
        36,
        35,
        [
          checkIn(
            'Une démarche administrative qui vous a marqué ?',
            'An administrative procedure that stuck with you?',
          ),
          {
            method: 'journey-map',
            title: t(
              'Le parcours d’un habitant, du besoin à la réponse',
              'A resident’s journey, from need to answer',
            ),
            steps: { map: { durationMinutes: 50 }, share: { durationMinutes: 10 } },
          },
          pause,
          {
            method: 'one-two-four-all',
            title: t('Les moments de vérité', 'Moments of truth'),
            steps: {
              one: {
                questions: q(
                  'À quel moment du parcours l’habitant nous juge-t-il vraiment ?',
                  'At which moment of the journey does the resident really judge us?',
                ),
              },
            },
          },
          {
            method: 'plenary',
            title: t('Cartographie commune des irritants', 'Shared map of pain points'),
            steps: { plenary: { durationMinutes: 30 } },
          },
          checkOut,
        ],
      ),
    },
    {
      kind: 'workshop',
      title: t('Atelier 3 : définir', 'Workshop 3: define'),
      description: t('Formuler et choisir les défis.', 'Phrase and choose the challenges.'),
      workshop: workshop(
        ['Définir : nos défis « Comment pourrions-nous… ? »', 'Define: our “How might we…?” challenges'],
        [
          'Transformer les irritants en défis et les prioriser.',
          'Turn pain points into challenges and prioritise them.',
        ],
        40,
        49,
        [
          checkIn(
            'Un irritant que vous aimeriez voir disparaître ?',
            'A pain point you would like to see gone?',
          ),
          { method: 'plenary', title: t('Retour sur les parcours', 'Back to the journeys') },
          { method: 'how-might-we' },
          {
            method: 'small-groups',
            title: t('Approfondir les défis', 'Deepening the challenges'),
            steps: {
              work: {
                questions: q(
                  'Pour le défi de votre groupe : qui est concerné, qu’est-ce qui le rend difficile, à quoi ressemblerait la réussite ?',
                  'For your group’s challenge: who is affected, what makes it hard, what would success look like?',
                ),
              },
            },
          },
          pause,
          {
            method: 'ideation',
            title: t('Premières idées', 'First ideas'),
            steps: {
              brainstorm: {
                questions: q(
                  'Comment pourrions-nous accueillir chaque habitant au bon endroit du premier coup ?',
                  'How might we welcome every resident in the right place the first time?',
                ),
              },
            },
          },
          checkOut,
        ],
      ),
    },
    {
      kind: 'workshop',
      title: t('Atelier 4 : idéation', 'Workshop 4: ideation'),
      description: t(
        'Grand atelier ouvert aux habitants volontaires.',
        'Large workshop open to volunteer residents.',
      ),
      workshop: {
        ...workshop(
          ['Idéation : imaginer l’accueil de demain', 'Ideation: imagining tomorrow’s welcome'],
          [
            'Produire et enrichir beaucoup d’idées avec des habitants.',
            'Generate and enrich many ideas with residents.',
          ],
          60,
          63,
          [],
        ),
        days: [{ offset: 63, start: '14:00', end: '17:30' }],
        blocks: [
          checkIn(
            'Si l’accueil de la métropole était un lieu, lequel serait-ce ?',
            'If the metropolitan welcome were a place, what would it be?',
          ),
          {
            method: 'ideation',
            steps: {
              brainstorm: {
                questions: q(
                  'Comment pourrions-nous rendre l’attente utile, voire agréable ?',
                  'How might we make waiting useful, even pleasant?',
                ),
              },
            },
          },
          {
            method: 'one-two-four-all',
            steps: {
              one: { questions: q('Quelle idée folle pourrait marcher ?', 'Which crazy idea might work?') },
            },
          },
          pause,
          {
            method: 'world-cafe',
            title: t('Café des idées', 'Idea café'),
            omit: ['round-3'],
            steps: {
              'round-1': {
                questions: q(
                  'Comment cette idée changerait-elle la vie d’un habitant pressé ?',
                  'How would this idea change life for a busy resident?',
                ),
              },
              'round-2': {
                questions: q(
                  'De quoi cette idée aurait-elle besoin pour réussir ?',
                  'What would this idea need to succeed?',
                ),
              },
            },
          },
          checkOut,
        ],
      },
    },
    {
      kind: 'workshop',
      title: t('Atelier 5 : prototypage', 'Workshop 5: prototyping'),
      description: t('Fabriquer les prototypes des idées retenues.', 'Build prototypes of the chosen ideas.'),
      workshop: workshop(
        ['Prototypage', 'Prototyping'],
        [
          'Rendre tangibles les idées retenues et les tester entre pairs.',
          'Make the chosen ideas tangible and test them among peers.',
        ],
        40,
        77,
        [
          checkIn(
            'Qu’avez-vous déjà fabriqué de vos mains ?',
            'What have you ever made with your own hands?',
          ),
          { method: 'prototype' },
          pause,
          { method: 'test-grid', title: t('Tests entre pairs', 'Peer testing') },
          {
            method: 'plenary',
            title: t('Ce que les tests nous apprennent', 'What the tests teach us'),
            steps: { plenary: { durationMinutes: 25 } },
          },
          checkOut,
        ],
      ),
    },
    {
      kind: 'workshop',
      title: t('Atelier 6 : tests avec les habitants', 'Workshop 6: testing with residents'),
      description: t(
        'Des habitants testent les prototypes ; on décide du pilote.',
        'Residents test the prototypes; we decide on the pilot.',
      ),
      workshop: workshop(
        ['Tests avec les habitants et choix du pilote', 'Testing with residents and choosing the pilot'],
        [
          'Recueillir les retours des habitants et choisir ce qui sera expérimenté.',
          'Gather residents’ feedback and choose what will be piloted.',
        ],
        26,
        91,
        [
          checkIn('Qu’attendez-vous de ces tests ?', 'What do you expect from these tests?'),
          { method: 'plenary', title: t('Présentation des prototypes', 'Presenting the prototypes') },
          {
            method: 'test-grid',
            steps: { test: { durationMinutes: 40 }, synthesis: { durationMinutes: 15 } },
          },
          pause,
          {
            method: 'action-plan',
            title: t('Le pilote', 'The pilot'),
            steps: {
              actions: {
                questions: q(
                  'Que faut-il pour lancer le pilote : qui, quand, avec quels moyens ?',
                  'What does the pilot need: who, when, with what resources?',
                ),
              },
            },
          },
          checkOut,
        ],
      ),
    },
    {
      kind: 'deliverable',
      title: t('Cahier de recommandations et prototypes', 'Recommendations and prototypes book'),
      description: t(
        'Personas, parcours, défis, idées votées, prototypes et retours des tests ; recommandation de pilote.',
        'Personas, journeys, challenges, voted ideas, prototypes and test feedback; pilot recommendation.',
      ),
      startDay: 95,
      endDay: 119,
      expectedParticipants: null,
    },
  ],
};
