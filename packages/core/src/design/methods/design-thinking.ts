/** The design-thinking set: empathise → define → ideate → prototype → test. */
import { defineMethod, G, output, role, t } from './define.ts';

const groupWork = { group: G.groups(5), groupSizeRange: { min: 3, max: 7 } };
const scribe = role(
  'scribe',
  t('Secrétaire', 'Scribe'),
  t('Remplit le canevas du groupe.', 'Fills in the group’s canvas.'),
);
const reporter = role(
  'reporter',
  t('Rapporteur', 'Reporter'),
  t('Présente le travail du groupe.', 'Presents the group’s work.'),
);

const briefing = (fr: string, en: string) => ({
  key: 'brief',
  title: t('Consigne', 'Briefing'),
  minutes: [5, 3, 10] as [number, number, number],
  group: G.plenary,
  activity: 'none' as const,
  instructions: t(fr, en),
  notes: t('Montrer un exemple rempli.', 'Show a filled-in example.'),
});

const share = (fr: string, en: string) => ({
  key: 'share',
  title: t('Partage', 'Sharing'),
  minutes: [10, 5, 20] as [number, number, number],
  group: G.plenary,
  activity: 'discuss' as const,
  instructions: t(fr, en),
  notes: t('2 minutes par groupe.', '2 minutes per group.'),
  roles: ['reporter'],
});

export const persona = defineMethod({
  id: 'persona',
  name: t('Persona', 'Persona'),
  summary: t(
    'Donner un visage aux usagers : nom, rôle, contexte, objectifs, frustrations, une citation, à partir de ce que l’on a vu et entendu.',
    'Give users a face: name, role, context, goals, frustrations, a quote, drawn from what was seen and heard.',
  ),
  family: 'design-thinking',
  purposes: ['design', 'explore'],
  participants: { min: 3, max: 200 },
  durationMinutes: { min: 30, max: 60 },
  steps: [
    briefing(
      'Chaque groupe crée un persona à partir des entretiens et observations.',
      'Each group creates a persona from interviews and observations.',
    ),
    {
      key: 'canvas',
      title: t('Canevas persona', 'Persona canvas'),
      minutes: [30, 20, 40],
      ...groupWork,
      activity: 'canvas',
      instructions: t(
        'Remplissez le canevas : nom, rôle, contexte, objectifs, frustrations et une citation qui le résume.',
        'Fill in the canvas: name, role, context, goals, frustrations and a quote that sums them up.',
      ),
      notes: t(
        'Rappeler : un persona s’appuie sur des faits observés, pas sur des clichés.',
        'Remind: a persona rests on observed facts, not clichés.',
      ),
      questions: [
        t(
          'Qui est cette personne et que cherche-t-elle à faire ?',
          'Who is this person and what are they trying to do?',
        ),
        t('Qu’est-ce qui la freine ou l’agace ?', 'What holds them back or annoys them?'),
      ],
      roles: ['scribe'],
      outputs: ['personas'],
    },
    share(
      'Présentez votre persona en une minute, citation comprise.',
      'Present your persona in one minute, quote included.',
    ),
  ],
  roles: [scribe, reporter],
  materials: [t('Canevas persona (sur téléphone ou A3)', 'Persona canvas (on phone or A3)')],
  outputs: [output('personas', t('Personas', 'Personas'))],
});

export const empathyMap = defineMethod({
  id: 'empathy-map',
  name: t('Carte d’empathie', 'Empathy map'),
  summary: t(
    'Se mettre à la place d’un usager : ce qu’il dit, pense, fait et ressent, ses irritants et ce qu’il y gagnerait.',
    'Step into a user’s shoes: what they say, think, do and feel, their pains and gains.',
  ),
  family: 'design-thinking',
  purposes: ['design', 'explore'],
  participants: { min: 3, max: 200 },
  durationMinutes: { min: 30, max: 60 },
  steps: [
    briefing(
      'Chaque groupe prend un persona et remplit sa carte d’empathie.',
      'Each group takes a persona and fills in their empathy map.',
    ),
    {
      key: 'canvas',
      title: t('Carte d’empathie', 'Empathy map'),
      minutes: [30, 20, 40],
      ...groupWork,
      activity: 'canvas',
      instructions: t(
        'Qui est-ce et que doit-il faire ? Puis : dit, pense, fait, ressent ; irritants et gains.',
        'Who is it and what must they do? Then: says, thinks, does, feels; pains and gains.',
      ),
      notes: t('Partir de verbatims réels quand on en a.', 'Start from real quotes when available.'),
      questions: [
        t(
          'Que dit-il ? Que pense-t-il ? Que fait-il ? Que ressent-il ?',
          'What do they say? Think? Do? Feel?',
        ),
        t(
          'Quels sont ses irritants et qu’y gagnerait-il ?',
          'What are their pains and what would they gain?',
        ),
      ],
      roles: ['scribe'],
      outputs: ['empathy-maps'],
    },
    share(
      'Présentez la découverte la plus surprenante de votre carte.',
      'Present the most surprising finding on your map.',
    ),
  ],
  roles: [scribe, reporter],
  outputs: [output('empathy-maps', t('Cartes d’empathie', 'Empathy maps'))],
});

export const journeyMap = defineMethod({
  id: 'journey-map',
  name: t('Parcours usager', 'Journey map'),
  summary: t(
    'Dérouler en 8 à 15 étapes le parcours d’un usager : actions, pensées, émotions, points de contact, irritants et opportunités ; avec les coulisses, il devient un blueprint de service.',
    'Lay out a user’s journey in 8–15 steps: actions, thoughts, emotions, touchpoints, pain points and opportunities; with back-stage lanes it becomes a service blueprint.',
  ),
  family: 'design-thinking',
  purposes: ['design', 'diagnose'],
  participants: { min: 3, max: 200 },
  durationMinutes: { min: 45, max: 120 },
  steps: [
    briefing(
      'Chaque groupe retrace le parcours d’un persona, du besoin à la résolution.',
      'Each group maps a persona’s journey, from need to resolution.',
    ),
    {
      key: 'map',
      title: t('Cartographie du parcours', 'Mapping the journey'),
      minutes: [45, 30, 60],
      ...groupWork,
      activity: 'canvas',
      instructions: t(
        'Listez 8 à 15 étapes, puis remplissez les lignes : actions, pensées, émotion, points de contact.',
        'List 8–15 steps, then fill in the lanes: actions, thoughts, emotion, touchpoints.',
      ),
      notes: t(
        'Ajouter les coulisses (qui agit en interne) pour un blueprint.',
        'Add back-stage lanes (who acts internally) for a blueprint.',
      ),
      questions: [
        t(
          'Par quelles étapes passe l’usager, du besoin à la résolution ?',
          'What steps does the user go through, from need to resolution?',
        ),
      ],
      roles: ['scribe'],
      outputs: ['journeys'],
    },
    {
      key: 'pain-points',
      title: t('Irritants et opportunités', 'Pain points and opportunities'),
      minutes: [15, 10, 20],
      ...groupWork,
      activity: 'write',
      instructions: t(
        'Marquez les irritants et les opportunités à chaque étape.',
        'Mark pain points and opportunities at each step.',
      ),
      notes: t(
        'Les irritants deviendront des questions « Comment pourrions-nous… ? ».',
        'Pain points will become “How might we…?” questions.',
      ),
      roles: ['scribe'],
      outputs: ['pain-points'],
    },
    share('Présentez le moment de vérité du parcours.', 'Present the moment of truth of the journey.'),
  ],
  roles: [scribe, reporter],
  materials: [t('Grands formats de parcours, post-it', 'Large journey sheets, sticky notes')],
  outputs: [
    output('journeys', t('Parcours usager', 'Journey maps')),
    output('pain-points', t('Irritants et opportunités', 'Pain points and opportunities')),
  ],
});

export const howMightWe = defineMethod({
  id: 'how-might-we',
  name: t('Comment pourrions-nous… ?', 'How might we…?'),
  summary: t(
    'Transformer les constats en questions ouvertes « Comment pourrions-nous… ? », puis choisir celles sur lesquelles on travaillera.',
    'Turn insights into open “How might we…?” questions, then pick the ones to work on.',
  ),
  family: 'design-thinking',
  purposes: ['design', 'prioritise'],
  participants: { min: 3, max: 300 },
  durationMinutes: { min: 20, max: 45 },
  steps: [
    {
      key: 'insights',
      title: t('Constats', 'Insights'),
      minutes: [5, 3, 10],
      group: G.solo,
      activity: 'write',
      instructions: t('Notez les constats qui vous ont marqué.', 'Write down the insights that struck you.'),
      notes: t(
        'S’appuyer sur les parcours et les cartes d’empathie.',
        'Build on the journeys and empathy maps.',
      ),
      outputs: ['insights'],
    },
    {
      key: 'reframe',
      title: t('Reformulation', 'Reframing'),
      minutes: [15, 10, 20],
      ...groupWork,
      activity: 'write',
      instructions: t(
        'Transformez chaque constat en question « Comment pourrions-nous… ? » : ni trop large, ni trop étroite.',
        'Turn each insight into a “How might we…?” question: neither too broad nor too narrow.',
      ),
      notes: t(
        'Exemple : « Comment pourrions-nous rendre l’attente utile ? »',
        'Example: “How might we make waiting useful?”',
      ),
      roles: ['scribe'],
      outputs: ['hmw'],
    },
    {
      key: 'vote',
      title: t('Vote', 'Vote'),
      minutes: [10, 5, 15],
      group: G.plenary,
      activity: 'vote',
      instructions: t(
        'Répartissez vos 3 gommettes sur les questions à travailler.',
        'Spread your 3 dots over the questions to work on.',
      ),
      notes: t('Retenir 3 à 5 questions.', 'Keep 3–5 questions.'),
      outputs: ['hmw'],
    },
  ],
  roles: [scribe],
  outputs: [
    output('insights', t('Constats', 'Insights')),
    output('hmw', t('Questions « Comment pourrions-nous »', '“How might we” questions')),
  ],
});

export const ideation = defineMethod({
  id: 'ideation',
  name: t('Idéation', 'Ideation'),
  summary: t(
    'Produire beaucoup d’idées : remue-méninges silencieux, partage en groupe, puis vote par gommettes.',
    'Generate many ideas: silent brainstorm, group sharing, then dot vote.',
  ),
  family: 'design-thinking',
  purposes: ['ideate', 'design', 'prioritise'],
  participants: { min: 3, max: 500 },
  durationMinutes: { min: 25, max: 60 },
  steps: [
    {
      key: 'brainstorm',
      title: t('Remue-méninges silencieux', 'Silent brainstorm'),
      minutes: [8, 5, 10],
      group: G.solo,
      activity: 'write',
      instructions: t(
        'Une idée par contribution, le plus possible, sans vous censurer.',
        'One idea per contribution, as many as you can, no self-censorship.',
      ),
      notes: t('Quantité d’abord ; on trie ensuite.', 'Quantity first; sorting comes later.'),
      questions: [
        t(
          'Comment pourrions-nous rendre ce service plus simple pour ceux qui en ont le plus besoin ?',
          'How might we make this service simpler for those who need it most?',
        ),
      ],
      requiresQuestions: true,
      outputs: ['ideas'],
    },
    {
      key: 'share',
      title: t('Partage et enrichissement', 'Share and build'),
      minutes: [15, 10, 25],
      ...groupWork,
      activity: 'discuss',
      instructions: t(
        'Présentez vos idées, regroupez-les et enrichissez-les : « oui, et… ».',
        'Present your ideas, cluster them and build on them: “yes, and…”.',
      ),
      notes: t('Interdire le « oui, mais ».', 'No “yes, but”.'),
      roles: ['scribe'],
    },
    {
      key: 'vote',
      title: t('Vote par gommettes', 'Dot vote'),
      minutes: [7, 5, 10],
      group: G.plenary,
      activity: 'vote',
      instructions: t(
        'Répartissez vos gommettes sur les idées à prototyper.',
        'Spread your dots over the ideas to prototype.',
      ),
      notes: t('3 gommettes par personne, cumul autorisé.', '3 dots each, stacking allowed.'),
      outputs: ['voted-ideas'],
    },
  ],
  roles: [scribe],
  outputs: [
    output('ideas', t('Idées', 'Ideas')),
    output('voted-ideas', t('Idées et votes', 'Ideas with votes')),
  ],
});

export const prototype = defineMethod({
  id: 'prototype',
  name: t('Prototypage', 'Prototyping'),
  summary: t(
    'Rendre une idée tangible en peu de temps (maquette, saynète, affiche) avec une fiche prototype : quoi, pour qui, comment le tester.',
    'Make an idea tangible quickly (mock-up, role play, poster) with a prototype sheet: what, for whom, how to test it.',
  ),
  family: 'design-thinking',
  purposes: ['design'],
  participants: { min: 3, max: 300 },
  durationMinutes: { min: 45, max: 120 },
  steps: [
    {
      key: 'sheet',
      title: t('Fiche prototype', 'Prototype sheet'),
      minutes: [15, 10, 20],
      ...groupWork,
      activity: 'canvas',
      instructions: t(
        'Remplissez la fiche : quoi, pour qui, comment le tester.',
        'Fill in the sheet: what, for whom, how to test it.',
      ),
      notes: t(
        'Un prototype par groupe, issu des idées votées.',
        'One prototype per group, from the voted ideas.',
      ),
      questions: [
        t('Que voulons-nous apprendre avec ce prototype ?', 'What do we want to learn with this prototype?'),
      ],
      roles: ['scribe'],
      outputs: ['prototypes'],
    },
    {
      key: 'build',
      title: t('Fabrication', 'Building'),
      minutes: [40, 30, 60],
      ...groupWork,
      activity: 'canvas',
      instructions: t(
        'Fabriquez vite et simple : papier, carton, saynète. Photographiez le résultat.',
        'Build fast and simple: paper, cardboard, role play. Photograph the result.',
      ),
      notes: t(
        'Passer dans les groupes ; pousser à tester tôt.',
        'Visit the groups; push them to test early.',
      ),
      outputs: ['prototypes'],
      materials: [
        t(
          'Papier, carton, ciseaux, feutres, pâte à modeler',
          'Paper, cardboard, scissors, markers, modelling clay',
        ),
      ],
    },
    {
      key: 'pitch',
      title: t('Présentation des prototypes', 'Prototype pitches'),
      minutes: [15, 10, 30],
      group: G.plenary,
      activity: 'discuss',
      instructions: t(
        'Chaque groupe montre son prototype en 2 minutes.',
        'Each group shows its prototype in 2 minutes.',
      ),
      notes: t('Noter ce que chaque groupe veut tester.', 'Note what each group wants to test.'),
      roles: ['reporter'],
    },
  ],
  roles: [scribe, reporter],
  outputs: [output('prototypes', t('Prototypes et fiches', 'Prototypes and sheets'))],
});

export const testGrid = defineMethod({
  id: 'test-grid',
  name: t('Test et retours (J’aime, Je souhaite, Et si)', 'Test and feedback (I like, I wish, What if)'),
  summary: t(
    'Faire tester les prototypes par des usagers ou des pairs et recueillir leurs retours dans une grille : j’aime, je souhaite, et si…',
    'Have users or peers test the prototypes and collect feedback in a grid: I like, I wish, what if…',
  ),
  family: 'design-thinking',
  purposes: ['design', 'harvest'],
  participants: { min: 3, max: 300 },
  durationMinutes: { min: 20, max: 60 },
  steps: [
    {
      key: 'test',
      title: t('Tests', 'Testing'),
      minutes: [20, 15, 40],
      group: G.free,
      activity: 'write',
      instructions: t(
        'Essayez les prototypes. Pour chacun, laissez un retour : j’aime…, je souhaite…, et si… ?',
        'Try the prototypes. For each one, leave feedback: I like…, I wish…, what if…?',
      ),
      notes: t(
        'Les porteurs observent sans défendre leur prototype.',
        'Owners observe without defending their prototype.',
      ),
      questions: [t('J’aime…', 'I like…'), t('Je souhaite…', 'I wish…'), t('Et si… ?', 'What if…?')],
      outputs: ['feedback'],
    },
    {
      key: 'synthesis',
      title: t('Synthèse des retours', 'Feedback synthesis'),
      minutes: [10, 5, 20],
      ...groupWork,
      activity: 'write',
      instructions: t(
        'Lisez vos retours et décidez : garder, changer, abandonner.',
        'Read your feedback and decide: keep, change, drop.',
      ),
      notes: t('Alimente l’itération suivante.', 'Feeds the next iteration.'),
      roles: ['scribe'],
      outputs: ['iterations'],
    },
  ],
  roles: [scribe],
  outputs: [
    output('feedback', t('Retours des tests', 'Test feedback')),
    output('iterations', t('Décisions d’itération', 'Iteration decisions')),
  ],
});

export const DESIGN_THINKING = [persona, empathyMap, journeyMap, howMightWe, ideation, prototype, testGrid];
