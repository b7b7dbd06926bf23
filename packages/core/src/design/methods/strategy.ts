/** Strategy methods: scenarios, shared vision, findings, service levels, action plans. */
import { defineMethod, G, output, role, t } from './define.ts';

const scribe = role(
  'scribe',
  t('Secrétaire', 'Scribe'),
  t('Saisit les productions du groupe.', 'Enters the group’s work.'),
);
const reporter = role(
  'reporter',
  t('Rapporteur', 'Reporter'),
  t('Présente le travail du groupe.', 'Presents the group’s work.'),
);

export const scenarios = defineMethod({
  id: 'scenarios',
  name: t('Scénarios à 5 ans', '5-year scenarios'),
  summary: t(
    'Une question focale, les forces motrices (sociales, technologiques, économiques, environnementales, politiques), deux incertitudes critiques en axes, quatre scénarios à 5 ans, puis leurs implications et les actions sans regret.',
    'A focal question, the driving forces (social, technological, economic, environmental, political), two critical uncertainties as axes, four scenarios five years out, then their implications and no-regret actions.',
  ),
  family: 'strategy',
  purposes: ['vision', 'explore', 'plan'],
  participants: { min: 8, max: 120 },
  durationMinutes: { min: 105, max: 240 },
  steps: [
    {
      key: 'focal-question',
      title: t('Question focale', 'Focal question'),
      minutes: [10, 5, 15],
      group: G.plenary,
      activity: 'none',
      instructions: t(
        'Voici la question à laquelle nos scénarios répondront.',
        'Here is the question our scenarios will answer.',
      ),
      notes: t(
        'Une question précise, avec un horizon (dans 5 ans).',
        'A precise question with a horizon (in 5 years).',
      ),
      questions: [
        t(
          'À quoi ressemblera notre environnement dans 5 ans, et quelle place y tiendrons-nous ?',
          'What will our environment look like in 5 years, and where will we stand in it?',
        ),
      ],
      requiresQuestions: true,
    },
    {
      key: 'forces',
      title: t('Forces motrices', 'Driving forces'),
      minutes: [20, 15, 30],
      group: G.groups(5),
      groupSizeRange: { min: 3, max: 8 },
      activity: 'write',
      instructions: t(
        'Listez les forces qui façonneront l’avenir : sociales, technologiques, économiques, environnementales, politiques.',
        'List the forces that will shape the future: social, technological, economic, environmental, political.',
      ),
      notes: t(
        'Une force par contribution, avec sa catégorie.',
        'One force per contribution, with its category.',
      ),
      roles: ['scribe'],
      outputs: ['forces'],
    },
    {
      key: 'scoring',
      title: t('Importance × incertitude', 'Importance × uncertainty'),
      minutes: [15, 10, 20],
      group: G.plenary,
      activity: 'vote',
      instructions: t(
        'Notez chaque force : son importance, puis son incertitude.',
        'Score each force: its importance, then its uncertainty.',
      ),
      notes: t('Le mur place les forces sur la matrice.', 'The wall places the forces on the matrix.'),
      outputs: ['forces'],
    },
    {
      key: 'axes',
      title: t('Choix des axes', 'Choosing the axes'),
      minutes: [15, 10, 20],
      group: G.plenary,
      activity: 'discuss',
      instructions: t(
        'Retenons deux incertitudes critiques : elles forment les axes de notre matrice 2 × 2.',
        'Let us pick two critical uncertainties: they form the axes of our 2 × 2 matrix.',
      ),
      notes: t(
        'Choisir des incertitudes indépendantes l’une de l’autre.',
        'Pick uncertainties independent of each other.',
      ),
      outputs: ['matrix'],
    },
    {
      key: 'narratives',
      title: t('Écriture des scénarios', 'Writing the scenarios'),
      minutes: [40, 30, 60],
      group: G.groups(5),
      groupSizeRange: { min: 3, max: 8 },
      activity: 'canvas',
      instructions: t(
        'Votre groupe écrit un scénario à 5 ans : un titre, une histoire, une journée type, les signaux faibles qui l’annoncent.',
        'Your group writes one 5-year scenario: a title, a story, a typical day, the weak signals that herald it.',
      ),
      notes: t('Un quadrant par groupe ; quatre groupes.', 'One quadrant per group; four groups.'),
      questions: [
        t('Comment vit-on dans ce monde en année +5 ?', 'What is life like in this world in year +5?'),
      ],
      roles: ['scribe', 'reporter'],
      outputs: ['scenarios'],
    },
    {
      key: 'share',
      title: t('Partage des scénarios', 'Sharing the scenarios'),
      minutes: [20, 15, 30],
      group: G.plenary,
      activity: 'discuss',
      instructions: t('Chaque groupe raconte son scénario.', 'Each group tells its scenario.'),
      notes: t(
        'Le facilitateur graphique illustre les quatre mondes.',
        'The graphic recorder illustrates the four worlds.',
      ),
      roles: ['reporter'],
    },
    {
      key: 'implications',
      title: t('Implications et actions sans regret', 'Implications and no-regret actions'),
      minutes: [15, 10, 30],
      group: G.plenary,
      activity: 'write',
      instructions: t(
        'Qu’est-ce qui serait utile dans les quatre scénarios ?',
        'What would be useful in all four scenarios?',
      ),
      notes: t(
        'Les actions sans regret nourrissent le plan d’action.',
        'No-regret actions feed the action plan.',
      ),
      questions: [
        t(
          'Que devons-nous faire dès maintenant, quel que soit le scénario ?',
          'What must we do now, whichever scenario comes?',
        ),
      ],
      outputs: ['implications'],
    },
  ],
  roles: [scribe, reporter],
  outputs: [
    output('forces', t('Forces notées', 'Scored forces')),
    output('matrix', t('Matrice 2 × 2', '2 × 2 matrix')),
    output('scenarios', t('Quatre récits', 'Four narratives')),
    output('implications', t('Implications et actions sans regret', 'Implications and no-regret actions')),
  ],
});

const oneTwoFourSteps = (what: [string, string], question: [string, string], outputKey: string) => [
  {
    key: 'solo',
    title: t('Seul', 'Alone'),
    minutes: [5, 3, 5] as [number, number, number],
    group: G.solo,
    activity: 'write' as const,
    instructions: t(`En silence, notez ${what[0]}.`, `In silence, write down ${what[1]}.`),
    notes: t('Une idée par contribution.', 'One idea per contribution.'),
    questions: [t(...question)],
    requiresQuestions: true,
    outputs: [outputKey],
  },
  {
    key: 'pairs',
    title: t('À deux', 'In pairs'),
    minutes: [5, 3, 5] as [number, number, number],
    group: G.pairs,
    activity: 'discuss' as const,
    instructions: t(
      'Comparez vos idées à deux et gardez les plus fortes.',
      'Compare ideas in pairs and keep the strongest.',
    ),
    notes: t('Nombre impair : un trio.', 'Odd head count: one trio.'),
  },
  {
    key: 'foursomes',
    title: t('À quatre', 'In foursomes'),
    minutes: [10, 5, 15] as [number, number, number],
    group: G.groups(4),
    groupSizeRange: { min: 3, max: 6 },
    activity: 'write' as const,
    instructions: t('Retenez et saisissez les idées du quatuor.', 'Select and enter the foursome’s ideas.'),
    notes: t('Chaque quatuor saisit sa sélection.', 'Each foursome enters its selection.'),
    outputs: [outputKey],
  },
];

export const soar = defineMethod({
  id: 'soar',
  name: t(
    'SOAR : forces, opportunités, aspirations, résultats',
    'SOAR: strengths, opportunities, aspirations, results',
  ),
  summary: t(
    'Remplir les quatre quadrants (forces, opportunités, aspirations, résultats) en 1-2-4-Tous, regrouper, puis voter par gommettes.',
    'Fill the four quadrants (strengths, opportunities, aspirations, results) with 1-2-4-All, cluster, then dot-vote.',
  ),
  family: 'strategy',
  purposes: ['vision', 'diagnose', 'prioritise'],
  participants: { min: 4, max: 300 },
  durationMinutes: { min: 40, max: 90 },
  steps: [
    ...oneTwoFourSteps(
      [
        'nos forces, opportunités, aspirations et résultats attendus',
        'our strengths, opportunities, aspirations and expected results',
      ],
      [
        'Quelles sont nos forces, nos opportunités, nos aspirations et les résultats que nous visons ?',
        'What are our strengths, opportunities, aspirations and the results we aim for?',
      ],
      'quadrants',
    ),
    {
      key: 'cluster',
      title: t('Regroupement', 'Clustering'),
      minutes: [15, 10, 25],
      group: G.plenary,
      activity: 'discuss',
      instructions: t(
        'Regroupons les idées par quadrant et nommons les familles.',
        'Let us cluster ideas per quadrant and name the families.',
      ),
      notes: t(
        'Le regroupement se fait au mur ; Cercle suggère des thèmes.',
        'Clustering happens on the wall; Cercle suggests themes.',
      ),
    },
    {
      key: 'vote',
      title: t('Vote par gommettes', 'Dot vote'),
      minutes: [10, 5, 15],
      group: G.plenary,
      activity: 'vote',
      instructions: t(
        'Votez pour les éléments qui doivent guider notre projet.',
        'Vote for what should guide our project.',
      ),
      notes: t('5 gommettes par personne.', '5 dots each.'),
      outputs: ['quadrants'],
    },
  ],
  outputs: [output('quadrants', t('Quadrants SOAR', 'SOAR quadrants'))],
});

export const valuesConstraints = defineMethod({
  id: 'values-constraints',
  name: t('Valeurs et contraintes', 'Values and constraints'),
  summary: t(
    'Dégager les valeurs communes, chacune définie en une phrase, et les règles minimales (« ce que nous devons faire / ne jamais faire »).',
    'Draw out shared values, each defined in one sentence, and the minimum specs (“what we must do / must never do”).',
  ),
  family: 'strategy',
  purposes: ['vision', 'decide'],
  participants: { min: 4, max: 300 },
  durationMinutes: { min: 40, max: 90 },
  steps: [
    ...oneTwoFourSteps(
      ['les valeurs qui comptent pour vous', 'the values that matter to you'],
      [
        'Quelles valeurs voulons-nous voir guider nos pratiques ?',
        'Which values do we want to guide our practices?',
      ],
      'values',
    ),
    {
      key: 'definitions',
      title: t('Définitions et vote', 'Definitions and vote'),
      minutes: [15, 10, 20],
      group: G.plenary,
      activity: 'vote',
      instructions: t(
        'Votez pour les valeurs à retenir ; chacune reçoit une définition d’une ligne.',
        'Vote for the values to keep; each gets a one-line definition.',
      ),
      notes: t('Retenir 3 à 5 valeurs.', 'Keep 3–5 values.'),
      outputs: ['values'],
    },
    {
      key: 'min-specs',
      title: t('Règles minimales', 'Minimum specs'),
      minutes: [15, 10, 20],
      group: G.groups(5),
      groupSizeRange: { min: 3, max: 8 },
      activity: 'write',
      instructions: t(
        'Listez ce que nous devons absolument faire, et ce que nous ne devons jamais faire.',
        'List what we absolutely must do, and what we must never do.',
      ),
      notes: t('Garder la liste la plus courte possible.', 'Keep the list as short as possible.'),
      questions: [
        t(
          'Que devons-nous toujours faire ? Que ne devons-nous jamais faire ?',
          'What must we always do? What must we never do?',
        ),
      ],
      roles: ['scribe'],
      outputs: ['constraints'],
    },
  ],
  roles: [scribe],
  outputs: [
    output('values', t('Valeurs et définitions', 'Values with definitions')),
    output('constraints', t('Règles minimales', 'Minimum specs')),
  ],
});

export const findingsChallenges = defineMethod({
  id: 'findings-challenges',
  name: t('Constats et enjeux', 'Findings and challenges'),
  summary: t(
    'Partir des matériaux (entretiens, diagnostic), écrire des constats étayés, les regrouper, les formuler en enjeux sous forme de questions, voter importance × urgence, valider par consentement.',
    'Start from prior material (interviews, diagnosis), write evidenced findings, cluster them, phrase challenges as questions, vote importance × urgency, validate by consent.',
  ),
  family: 'strategy',
  purposes: ['diagnose', 'prioritise'],
  participants: { min: 4, max: 200 },
  durationMinutes: { min: 60, max: 150 },
  steps: [
    {
      key: 'material',
      title: t('Présentation des matériaux', 'Presenting the material'),
      minutes: [15, 10, 20],
      group: G.plenary,
      activity: 'read',
      instructions: t(
        'Découvrez la synthèse des entretiens et du diagnostic.',
        'Discover the summary of the interviews and the diagnosis.',
      ),
      notes: t('Présenter des faits, pas des conclusions.', 'Present facts, not conclusions.'),
    },
    {
      key: 'findings',
      title: t('Constats', 'Findings'),
      minutes: [15, 10, 20],
      group: G.solo,
      activity: 'write',
      instructions: t(
        'Écrivez vos constats, un par contribution, avec ce qui les étaye.',
        'Write your findings, one per contribution, with the evidence behind them.',
      ),
      notes: t('« Constat : … / Parce que : … »', '“Finding: … / Because: …”'),
      questions: [
        t(
          'Que constatez-vous, et sur quoi vous appuyez-vous ?',
          'What do you observe, and what is your evidence?',
        ),
      ],
      outputs: ['findings'],
    },
    {
      key: 'cluster',
      title: t('Regroupement', 'Clustering'),
      minutes: [15, 10, 20],
      group: G.plenary,
      activity: 'discuss',
      instructions: t('Regroupons les constats par famille.', 'Let us cluster the findings into families.'),
      notes: t(
        'Cercle suggère des thèmes ; le groupe tranche.',
        'Cercle suggests themes; the group decides.',
      ),
    },
    {
      key: 'challenges',
      title: t('Formulation des enjeux', 'Phrasing the challenges'),
      minutes: [20, 15, 30],
      group: G.groups(4),
      groupSizeRange: { min: 2, max: 8 },
      activity: 'write',
      instructions: t(
        'Pour chaque famille, formulez l’enjeu sous forme de question : « Comment… ? »',
        'For each family, phrase the challenge as a question: “How…?”',
      ),
      notes: t(
        'Un enjeu est une question ouverte, pas une solution.',
        'A challenge is an open question, not a solution.',
      ),
      roles: ['scribe'],
      outputs: ['challenges'],
    },
    {
      key: 'vote',
      title: t('Importance × urgence', 'Importance × urgency'),
      minutes: [10, 5, 15],
      group: G.plenary,
      activity: 'vote',
      instructions: t(
        'Notez chaque enjeu : importance, puis urgence.',
        'Score each challenge: importance, then urgency.',
      ),
      notes: t('Le mur classe les enjeux.', 'The wall ranks the challenges.'),
      outputs: ['challenges'],
    },
    {
      key: 'consent',
      title: t('Validation par consentement', 'Validation by consent'),
      minutes: [15, 10, 20],
      group: G.plenary,
      activity: 'consent',
      instructions: t(
        'Avez-vous une objection à ce classement ? Si oui, argumentez-la.',
        'Do you object to this ranking? If so, give your reason.',
      ),
      notes: t(
        'Une objection argumentée améliore la proposition.',
        'A reasoned objection improves the proposal.',
      ),
      outputs: ['challenges'],
    },
  ],
  roles: [scribe],
  outputs: [
    output('findings', t('Constats', 'Findings')),
    output('challenges', t('Enjeux classés', 'Ranked challenges')),
  ],
});

export const serviceLevels = defineMethod({
  id: 'service-levels',
  name: t('Niveaux de service', 'Service levels'),
  summary: t(
    'Rédiger par petits groupes des fiches de service : description, usagers, engagement (quoi, sous quel délai), conditions, indicateur, responsable, niveau ; puis retours croisés.',
    'Small groups draft service cards: description, users, commitment (what, how fast), conditions, indicator, owner, tier; then cross feedback.',
  ),
  family: 'strategy',
  purposes: ['design', 'plan', 'decide'],
  participants: { min: 4, max: 100 },
  durationMinutes: { min: 60, max: 120 },
  steps: [
    {
      key: 'intro',
      title: t('Liste des services', 'Listing the services'),
      minutes: [10, 5, 15],
      group: G.plenary,
      activity: 'none',
      instructions: t(
        'Voici les services à décrire ; chaque groupe en prend un ou deux.',
        'Here are the services to describe; each group takes one or two.',
      ),
      notes: t('Répartir les services avant la séance.', 'Allocate services before the session.'),
    },
    {
      key: 'cards',
      title: t('Rédaction des fiches de service', 'Drafting service cards'),
      minutes: [35, 30, 45],
      group: G.groups(4),
      groupSizeRange: { min: 2, max: 6 },
      activity: 'canvas',
      instructions: t(
        'Remplissez la fiche : description, usagers, engagement (quoi, sous quel délai), conditions, indicateur, responsable, niveau.',
        'Fill in the card: description, users, commitment (what, how fast), conditions, indicator, owner, tier.',
      ),
      notes: t('Un engagement doit être mesurable.', 'A commitment must be measurable.'),
      questions: [
        t(
          'Que nous engageons-nous à rendre, à qui, et sous quel délai ?',
          'What do we commit to deliver, to whom, and how fast?',
        ),
      ],
      requiresQuestions: true,
      roles: ['scribe'],
      outputs: ['service-cards'],
    },
    {
      key: 'feedback',
      title: t('Retours croisés', 'Cross feedback'),
      minutes: [20, 15, 30],
      group: G.free,
      activity: 'write',
      instructions: t(
        'Lisez les fiches des autres groupes : j’aime…, je souhaite…, et si… ?',
        'Read the other groups’ cards: I like…, I wish…, what if…?',
      ),
      notes: t(
        'Galerie : chacun circule d’une fiche à l’autre.',
        'Gallery walk: everyone moves from card to card.',
      ),
      outputs: ['feedback'],
    },
    {
      key: 'revise',
      title: t('Révision des fiches', 'Revising the cards'),
      minutes: [15, 10, 20],
      group: G.groups(4),
      groupSizeRange: { min: 2, max: 6 },
      activity: 'canvas',
      instructions: t(
        'Intégrez les retours et finalisez votre fiche.',
        'Take the feedback on board and finalise your card.',
      ),
      notes: t(
        'Les fiches forment le tableau des niveaux de service.',
        'The cards make up the service-level table.',
      ),
      roles: ['scribe'],
      outputs: ['service-cards'],
    },
  ],
  roles: [scribe],
  outputs: [
    output('service-cards', t('Tableau des niveaux de service', 'Service-level table')),
    output('feedback', t('Retours', 'Feedback')),
  ],
});

export const actionPlan = defineMethod({
  id: 'action-plan',
  name: t('Plan d’action', 'Action plan'),
  summary: t(
    'Traduire les choix en actions : porteur, échéance, moyens, indicateur, statut ; revu à l’atelier suivant. Variante : « solutions à 15 % », ce que je peux faire dès maintenant.',
    'Turn choices into actions: owner, due date, resources, indicator, status; reviewed at the next workshop. Variant: “15% solutions”, what I can do right now.',
  ),
  family: 'strategy',
  purposes: ['plan', 'close'],
  participants: { min: 2, max: 500 },
  durationMinutes: { min: 30, max: 90 },
  steps: [
    {
      key: 'actions',
      title: t('Rédaction des actions', 'Drafting actions'),
      minutes: [25, 15, 40],
      group: G.groups(4),
      groupSizeRange: { min: 2, max: 8 },
      activity: 'canvas',
      instructions: t(
        'Pour chaque priorité, écrivez des actions : quoi, porteur, échéance, moyens, indicateur.',
        'For each priority, write actions: what, owner, due date, resources, indicator.',
      ),
      notes: t(
        'Une action sans porteur n’est pas une action.',
        'An action without an owner is not an action.',
      ),
      questions: [
        t('Qui fait quoi, pour quand, avec quels moyens ?', 'Who does what, by when, with what resources?'),
      ],
      roles: ['scribe'],
      outputs: ['actions'],
    },
    {
      key: 'review',
      title: t('Revue en plénière', 'Plenary review'),
      minutes: [15, 10, 30],
      group: G.plenary,
      activity: 'discuss',
      instructions: t(
        'Relisons le plan : manque-t-il quelque chose ? Les échéances sont-elles réalistes ?',
        'Let us review the plan: is anything missing? Are the due dates realistic?',
      ),
      notes: t(
        'Vérifier les doublons et la charge des porteurs.',
        'Check duplicates and the owners’ workload.',
      ),
    },
    {
      key: 'commitments',
      title: t('Engagements individuels (solutions à 15 %)', 'Personal commitments (15% solutions)'),
      minutes: [5, 5, 15],
      group: G.solo,
      activity: 'write',
      instructions: t(
        'Que pouvez-vous faire dès lundi, avec ce que vous avez déjà ?',
        'What can you do on Monday, with what you already have?',
      ),
      notes: t(
        'Ces engagements sont revus à l’atelier suivant.',
        'These commitments are reviewed at the next workshop.',
      ),
      outputs: ['commitments'],
    },
  ],
  roles: [scribe],
  outputs: [
    output('actions', t('Plan d’action', 'Action plan')),
    output('commitments', t('Engagements individuels', 'Personal commitments')),
  ],
});

export const STRATEGY = [scenarios, soar, valuesConstraints, findingsChallenges, serviceLevels, actionPlan];
