/** Large-group conversation methods: interviews, café, reading, open space, small groups. */
import { defineMethod, G, output, role, t } from './define.ts';

export const aiInterviews = defineMethod({
  id: 'ai-interviews',
  name: t('Entretiens croisés (Appreciative Inquiry)', 'Appreciative Inquiry cross-interviews'),
  summary: t(
    'Des binômes improbables s’interviewent sur le meilleur de ce qui existe, puis les quatuors dégagent les facteurs de réussite et les rêves communs (cycle des 4 D).',
    'Unlikely pairs interview each other about the best of what is, then foursomes draw out success factors and shared dreams (the 4-D cycle).',
  ),
  family: 'conversation',
  purposes: ['connect', 'explore', 'vision', 'diagnose'],
  participants: { min: 6, max: 400 },
  durationMinutes: { min: 45, max: 75 },
  steps: [
    {
      key: 'pairs',
      title: t('Formation des binômes', 'Forming pairs'),
      minutes: [3, 2, 5],
      group: G.pairs,
      activity: 'move',
      instructions: t(
        'Votre téléphone vous indique votre binôme : une personne avec qui vous travaillez rarement. Installez-vous ensemble.',
        'Your phone shows your partner: someone you rarely work with. Sit together.',
      ),
      notes: t(
        'Cercle forme des binômes improbables (service, fonction, bureau/salariés) et évite ceux qui se sont déjà rencontrés. Nombre impair : un trio.',
        'Cercle forms unlikely pairs (department, role, board/staff) and avoids pairs that already met. Odd head count: one trio.',
      ),
    },
    {
      key: 'interview-a',
      title: t('A interviewe B', 'A interviews B'),
      minutes: [10, 8, 12],
      group: G.pairs,
      activity: 'interview',
      instructions: t(
        'Intervieweur : posez les questions du guide, relancez (« racontez-moi », « et ensuite ? »), notez les mots forts. Ne donnez pas votre avis.',
        'Interviewer: ask the guide’s questions, probe (“tell me more”, “what happened next?”), note the strong words. Give no opinion.',
      ),
      notes: t(
        'Annoncer la bascule à mi-temps. Le guide s’affiche côté intervieweur avec un champ de notes par question.',
        'Announce the halfway point. The guide shows on the interviewer’s phone with a notes field per question.',
      ),
      questions: [
        t(
          'Racontez-moi un moment où vous vous êtes senti·e pleinement engagé·e dans votre organisation. Que se passait-il ? Qui était là ? Qu’est-ce qui l’a rendu possible ?',
          'Tell me about a time when you felt fully engaged in your organisation. What was happening? Who was there? What made it possible?',
        ),
        t(
          'Qu’est-ce qui donne vie à votre organisation quand elle est à son meilleur ?',
          'What gives life to your organisation when it is at its best?',
        ),
        t(
          'Si vous aviez trois vœux pour son avenir, quels seraient-ils ?',
          'If you had three wishes for its future, what would they be?',
        ),
      ],
      requiresQuestions: true,
      roles: ['interviewer', 'interviewee'],
      outputs: ['interview-notes'],
    },
    {
      key: 'interview-b',
      title: t('On inverse les rôles', 'Swap roles'),
      minutes: [10, 8, 12],
      group: G.pairs,
      activity: 'interview',
      instructions: t(
        'Changez de rôle : B interviewe A avec le même guide.',
        'Swap roles: B interviews A with the same guide.',
      ),
      notes: t('Mêmes questions que le premier entretien.', 'Same questions as the first interview.'),
      questions: [
        t(
          'Racontez-moi un moment où vous vous êtes senti·e pleinement engagé·e dans votre organisation. Que se passait-il ? Qui était là ? Qu’est-ce qui l’a rendu possible ?',
          'Tell me about a time when you felt fully engaged in your organisation. What was happening? Who was there? What made it possible?',
        ),
        t(
          'Qu’est-ce qui donne vie à votre organisation quand elle est à son meilleur ?',
          'What gives life to your organisation when it is at its best?',
        ),
        t(
          'Si vous aviez trois vœux pour son avenir, quels seraient-ils ?',
          'If you had three wishes for its future, what would they be?',
        ),
      ],
      requiresQuestions: true,
      roles: ['interviewer', 'interviewee'],
      outputs: ['interview-notes'],
    },
    {
      key: 'foursomes',
      title: t('Quatuors : récits croisés', 'Foursomes: retelling the stories'),
      minutes: [15, 12, 20],
      group: G.groups(4),
      groupSizeRange: { min: 3, max: 6 },
      activity: 'discuss',
      instructions: t(
        'Deux binômes se rejoignent. Chacun raconte l’histoire de son partenaire. Ensemble, cherchez ce qui revient d’une histoire à l’autre.',
        'Two pairs join. Each person retells their partner’s story. Together, look for what recurs from one story to the next.',
      ),
      notes: t('Désigner un rapporteur par quatuor.', 'Appoint a reporter in each foursome.'),
      questions: [
        t(
          'Quels facteurs de réussite retrouve-t-on dans nos histoires ?',
          'Which success factors recur in our stories?',
        ),
      ],
      roles: ['reporter'],
    },
    {
      key: 'patterns',
      title: t('Récolte des motifs', 'Harvesting patterns'),
      minutes: [10, 5, 15],
      group: G.groups(4),
      groupSizeRange: { min: 3, max: 6 },
      activity: 'write',
      instructions: t(
        'Le rapporteur saisit 3 facteurs de réussite et un rêve commun, une idée par contribution.',
        'The reporter enters 3 success factors and one shared dream, one idea per contribution.',
      ),
      notes: t(
        'Les contributions s’affichent au mur au fil de l’eau.',
        'Contributions appear on the wall as they come.',
      ),
      roles: ['reporter'],
      outputs: ['success-factors', 'dreams'],
    },
    {
      key: 'share',
      title: t('Partage en plénière', 'Plenary sharing'),
      minutes: [10, 5, 20],
      group: G.plenary,
      activity: 'discuss',
      instructions: t(
        'Écoutez les motifs des autres quatuors. Qu’est-ce qui nous relie ?',
        'Listen to the other foursomes’ patterns. What connects us?',
      ),
      notes: t(
        'Regrouper les motifs au mur ; le facilitateur graphique les dessine.',
        'Cluster the patterns on the wall; the graphic recorder draws them.',
      ),
      outputs: ['patterns'],
    },
  ],
  roles: [
    role(
      'interviewer',
      t('Intervieweur', 'Interviewer'),
      t(
        'Pose les questions, relance, prend des notes, ne donne pas son avis.',
        'Asks, probes, takes notes, gives no opinion.',
      ),
    ),
    role(
      'interviewee',
      t('Interviewé', 'Interviewee'),
      t('Raconte des expériences vécues, concrètes.', 'Tells real, concrete experiences.'),
    ),
    role(
      'reporter',
      t('Rapporteur du quatuor', 'Foursome reporter'),
      t('Saisit et présente les motifs du quatuor.', 'Enters and presents the foursome’s patterns.'),
    ),
  ],
  materials: [t('Guide d’entretien (sur téléphone ou imprimé)', 'Interview guide (on phone or printed)')],
  outputs: [
    output('interview-notes', t('Notes d’entretien par question', 'Interview notes per question')),
    output('success-factors', t('Facteurs de réussite', 'Success factors')),
    output('dreams', t('Rêves communs', 'Shared dreams')),
    output('patterns', t('Motifs récurrents', 'Recurring patterns')),
  ],
});

const cafeRound = (key: string, title: [string, string], fr: string, en: string) => ({
  key,
  title: t(...title),
  minutes: [25, 20, 30] as [number, number, number],
  group: G.tables(5),
  groupSizeRange: { min: 4, max: 5 },
  activity: 'discuss' as const,
  instructions: t(
    'Échangez autour de la question de ce tour. Écrivez, dessinez sur la nappe. L’hôte reste ; les voyageurs changeront de table au tour suivant.',
    'Talk about this round’s question. Write and draw on the tablecloth. The host stays; travellers move to a new table next round.',
  ),
  notes: t(
    'Cercle indique à chacun sa table (« Table 4 ») en évitant que deux voyageurs se retrouvent deux fois. L’hôte accueille les nouveaux venus et résume le tour précédent.',
    'Cercle tells everyone their table (“Table 4”) so that no two travellers sit together twice. The host welcomes newcomers and sums up the previous round.',
  ),
  questions: [t(fr, en)],
  requiresQuestions: true,
  roles: ['host', 'traveller'],
  outputs: ['table-notes'],
});

export const worldCafe = defineMethod({
  id: 'world-cafe',
  name: t('World Café', 'World Café'),
  summary: t(
    'Des tables de 4 à 5 personnes, plusieurs tours de conversation sur des questions qui comptent ; les voyageurs changent de table, l’hôte reste et fait le lien. Récolte en plénière.',
    'Tables of 4–5, several rounds of conversation on questions that matter; travellers change tables, the host stays and connects ideas. Plenary harvest.',
  ),
  family: 'conversation',
  purposes: ['explore', 'connect', 'ideate'],
  participants: { min: 12, max: 2000 },
  durationMinutes: { min: 55, max: 150 },
  steps: [
    {
      key: 'etiquette',
      title: t('Accueil et étiquette du café', 'Café etiquette'),
      minutes: [5, 3, 10],
      group: G.plenary,
      activity: 'none',
      instructions: t(
        'Concentrez-vous sur ce qui compte, apportez votre pensée, écoutez pour comprendre, reliez les idées.',
        'Focus on what matters, contribute your thinking, listen to understand, connect ideas.',
      ),
      notes: t(
        'Désigner un hôte par table ; expliquer le principe des tours.',
        'Appoint a host per table; explain how rounds work.',
      ),
      materials: [
        t(
          'Nappes en papier, feutres, fleurs sur les tables',
          'Paper tablecloths, markers, flowers on the tables',
        ),
      ],
    },
    cafeRound(
      'round-1',
      ['Premier tour', 'First round'],
      'Qu’est-ce qui compte vraiment pour nous aujourd’hui ?',
      'What really matters to us today?',
    ),
    cafeRound(
      'round-2',
      ['Deuxième tour', 'Second round'],
      'Quelles possibilités voyons-nous que nous ne voyions pas avant ?',
      'What possibilities do we see that we did not see before?',
    ),
    cafeRound(
      'round-3',
      ['Troisième tour', 'Third round'],
      'Quelle première action ferait vraiment la différence ?',
      'What first step would really make a difference?',
    ),
    {
      key: 'harvest',
      title: t('Récolte en plénière', 'Plenary harvest'),
      minutes: [20, 15, 30],
      group: G.plenary,
      activity: 'write',
      instructions: t(
        'Chaque hôte résume sa table. Notez sur votre téléphone l’idée la plus forte que vous emportez.',
        'Each host sums up their table. Write on your phone the strongest idea you take away.',
      ),
      notes: t(
        'Photographier les nappes ; le facilitateur graphique dessine les idées clés.',
        'Photograph the tablecloths; the graphic recorder draws the key ideas.',
      ),
      roles: ['host'],
      outputs: ['host-summaries', 'insights'],
    },
  ],
  roles: [
    role(
      'host',
      t('Hôte de table', 'Table host'),
      t(
        'Reste à sa table, accueille les voyageurs et résume les tours précédents.',
        'Stays at the table, welcomes travellers and sums up previous rounds.',
      ),
    ),
    role(
      'traveller',
      t('Voyageur', 'Traveller'),
      t(
        'Change de table à chaque tour et y apporte les idées entendues.',
        'Changes table each round and carries ideas along.',
      ),
    ),
  ],
  materials: [t('Tables de 4 à 5, nappes en papier, feutres', 'Tables of 4–5, paper tablecloths, markers')],
  outputs: [
    output(
      'table-notes',
      t(
        'Notes et photos des nappes par table et par tour',
        'Notes and tablecloth photos per table and round',
      ),
    ),
    output('host-summaries', t('Synthèses des hôtes', 'Host summaries')),
    output('insights', t('Idées fortes de la plénière', 'Plenary insights')),
  ],
});

export const readDiscussApply = defineMethod({
  id: 'read-discuss-apply',
  name: t('Lire – Discuter – Appliquer', 'Read – Discuss – Apply'),
  summary: t(
    'Lire seul un apport court (diagnostic, tendances, cadre légal), en discuter par tables, puis en tirer 1 à 3 applications concrètes pour l’organisation.',
    'Read a short input alone (diagnosis, trends, legal frame), discuss it at tables, then draw 1–3 concrete applications for the organisation.',
  ),
  family: 'conversation',
  purposes: ['diagnose', 'explore', 'share'],
  participants: { min: 5, max: 500 },
  durationMinutes: { min: 30, max: 45 },
  steps: [
    {
      key: 'read',
      title: t('Lire', 'Read'),
      minutes: [10, 5, 10],
      group: G.solo,
      activity: 'read',
      instructions: t(
        'Lisez le document sur votre téléphone. Surlignez ce qui vous parle et ajoutez vos notes en marge.',
        'Read the document on your phone. Highlight what speaks to you and add margin notes.',
      ),
      notes: t(
        'Un apport d’une page au plus, ou quelques diapositives.',
        'An input of one page at most, or a few slides.',
      ),
      outputs: ['highlights'],
      materials: [
        t(
          'Document d’une page (diagnostic, tendances, cadre)',
          'One-page document (diagnosis, trends, frame)',
        ),
      ],
    },
    {
      key: 'discuss',
      title: t('Discuter', 'Discuss'),
      minutes: [20, 15, 20],
      group: G.tables(6),
      groupSizeRange: { min: 5, max: 7 },
      activity: 'discuss',
      instructions: t(
        'Faites un tour de table par question ; chacun parle une fois avant que quiconque parle deux fois.',
        'Go round the table for each question; everyone speaks once before anyone speaks twice.',
      ),
      notes: t('Rappeler le temps à mi-parcours.', 'Call time halfway.'),
      questions: [
        t('Avec quoi sommes-nous d’accord ?', 'What do we agree with?'),
        t('Qu’est-ce qui nous interroge ?', 'What do we question?'),
        t('Qu’est-ce qui nous surprend ?', 'What surprises us?'),
      ],
      requiresQuestions: true,
      roles: ['scribe'],
      outputs: ['key-quotes'],
    },
    {
      key: 'apply',
      title: t('Appliquer', 'Apply'),
      minutes: [15, 10, 15],
      group: G.tables(6),
      groupSizeRange: { min: 5, max: 7 },
      activity: 'write',
      instructions: t(
        'Et alors, pour nous ? Et maintenant ? Écrivez 1 à 3 implications ou applications, avec un porteur si possible.',
        'So what for us? Now what? Write 1–3 implications or applications, with an owner where relevant.',
      ),
      notes: t(
        'Les applications alimentent la suite de l’atelier.',
        'The applications feed the rest of the workshop.',
      ),
      questions: [t('Et alors, pour nous ? Et maintenant ?', 'So what for us? Now what?')],
      roles: ['scribe'],
      outputs: ['applications'],
    },
  ],
  roles: [
    role(
      'scribe',
      t('Secrétaire de table', 'Table scribe'),
      t('Saisit les points clés de la table.', 'Enters the table’s key points.'),
    ),
  ],
  outputs: [
    output('highlights', t('Surlignages et notes', 'Highlights and notes')),
    output('key-quotes', t('Citations clés', 'Key quotes')),
    output('applications', t('Applications', 'Applications')),
  ],
});

export const openSpace = defineMethod({
  id: 'open-space',
  name: t('Forum ouvert', 'Open Space'),
  summary: t(
    'Les participants construisent eux-mêmes l’ordre du jour : chacun peut proposer un sujet et l’animer ; chacun circule librement (loi des deux pieds). Chaque atelier rédige un compte rendu.',
    'Participants build the agenda themselves: anyone may propose and convene a topic; everyone moves freely (law of two feet). Each session files a report.',
  ),
  family: 'conversation',
  purposes: ['explore', 'ideate', 'plan'],
  participants: { min: 12, max: 2000 },
  durationMinutes: { min: 120, max: 600 },
  steps: [
    {
      key: 'opening',
      title: t('Cercle d’ouverture', 'Opening circle'),
      minutes: [20, 15, 30],
      group: G.plenary,
      activity: 'none',
      instructions: t(
        'Les quatre principes : les personnes présentes sont les bonnes ; ce qui arrive est la seule chose qui pouvait arriver ; ça commence quand ça commence ; quand c’est fini, c’est fini. Et la loi des deux pieds.',
        'The four principles: whoever comes are the right people; whatever happens is the only thing that could have; whenever it starts is the right time; when it’s over, it’s over. And the law of two feet.',
      ),
      notes: t(
        'Énoncer le thème sous forme de question, en cercle, sans table.',
        'State the theme as a question, in a circle, no tables.',
      ),
      questions: [
        t(
          'Quels sont les sujets qui comptent pour notre avenir commun et que nous sommes prêts à porter ?',
          'Which topics matter for our shared future and are we ready to take on?',
        ),
      ],
      requiresQuestions: true,
    },
    {
      key: 'marketplace',
      title: t('Place du marché', 'Marketplace'),
      minutes: [30, 20, 30],
      group: G.free,
      activity: 'write',
      instructions: t(
        'Proposez un sujet que vous animerez : un titre, votre nom. Puis marquez votre intérêt pour les sujets qui vous attirent.',
        'Propose a topic you will convene: a title and your name. Then mark your interest in the topics you like.',
      ),
      notes: t(
        'Cercle propose un placement des sujets en créneaux × espaces qui limite les conflits entre sujets voulus par les mêmes personnes ; ajuster à la main.',
        'Cercle proposes a placement of topics into slots × spaces that limits clashes between topics wanted by the same people; adjust by hand.',
      ),
      roles: ['convener'],
      outputs: ['agenda'],
    },
    {
      key: 'session-1',
      title: t('Sessions (créneau 1)', 'Sessions (slot 1)'),
      minutes: [60, 45, 90],
      group: G.free,
      activity: 'report',
      instructions: t(
        'Rejoignez la session de votre choix et signalez-vous sur votre téléphone. Vous n’apprenez ni ne contribuez ? Changez de session.',
        'Join the session of your choice and check in on your phone. Neither learning nor contributing? Move to another session.',
      ),
      notes: t(
        'Le mur montre qui est où. Rappeler aux animateurs de déposer leur compte rendu.',
        'The wall shows who is where. Remind conveners to file their report.',
      ),
      roles: ['convener', 'scribe'],
      outputs: ['reports'],
    },
    {
      key: 'session-2',
      title: t('Sessions (créneau 2)', 'Sessions (slot 2)'),
      minutes: [60, 45, 90],
      group: G.free,
      activity: 'report',
      instructions: t(
        'Nouveau créneau : choisissez une session. Compte rendu : titre, animateur, participants, points clés, propositions, suites.',
        'New slot: pick a session. Report: title, convener, participants, key points, proposals, next steps.',
      ),
      notes: t(
        'Les comptes rendus apparaissent sur le mur des nouvelles.',
        'Reports appear on the news wall.',
      ),
      roles: ['convener', 'scribe'],
      outputs: ['reports'],
    },
    {
      key: 'convergence',
      title: t('Mur des nouvelles et priorisation', 'News wall and prioritising'),
      minutes: [20, 15, 45],
      group: G.plenary,
      activity: 'vote',
      instructions: t(
        'Parcourez les comptes rendus, puis répartissez vos gommettes sur les propositions à porter en priorité.',
        'Browse the reports, then spread your dots over the proposals to take forward first.',
      ),
      notes: t(
        'Les propositions les plus soutenues passent en plan d’action.',
        'The most supported proposals move to action planning.',
      ),
      outputs: ['priorities'],
    },
    {
      key: 'closing',
      title: t('Cercle de clôture', 'Closing circle'),
      minutes: [15, 10, 30],
      group: G.plenary,
      activity: 'none',
      instructions: t(
        'Un mot ou une phrase chacun, en faisant passer le bâton de parole.',
        'A word or a sentence each, passing the talking stick.',
      ),
      notes: t(
        'Annoncer la diffusion des actes (tous les comptes rendus).',
        'Announce when the proceedings (all reports) will be shared.',
      ),
    },
  ],
  roles: [
    role(
      'convener',
      t('Animateur de session', 'Convener'),
      t(
        'Propose le sujet, ouvre la session, veille au compte rendu.',
        'Proposes the topic, opens the session, sees the report filed.',
      ),
    ),
    role(
      'scribe',
      t('Secrétaire', 'Scribe'),
      t('Rédige le compte rendu de la session.', 'Writes the session report.'),
    ),
  ],
  materials: [
    t(
      'Mur de l’ordre du jour (créneaux × espaces), espaces de travail, paperboards',
      'Agenda wall (slots × spaces), breakout spaces, flipcharts',
    ),
  ],
  outputs: [
    output('agenda', t('Ordre du jour', 'Agenda')),
    output('reports', t('Comptes rendus de session', 'Session reports')),
    output('priorities', t('Propositions priorisées', 'Prioritised proposals')),
  ],
});

export const smallGroups = defineMethod({
  id: 'small-groups',
  name: t('Petits groupes', 'Small groups'),
  summary: t(
    'Des groupes de 3 à 8 formés au hasard, de façon équilibrée ou par profil, avec des rôles (animateur, secrétaire, gardien du temps, rapporteur), puis une restitution.',
    'Groups of 3–8 formed at random, balanced or by profile, with roles (facilitator, scribe, timekeeper, reporter), then a report-out.',
  ),
  family: 'conversation',
  purposes: ['explore', 'ideate', 'plan'],
  participants: { min: 6, max: 1000 },
  durationMinutes: { min: 20, max: 120 },
  steps: [
    {
      key: 'work',
      title: t('Travail en petits groupes', 'Small-group work'),
      minutes: [30, 15, 90],
      group: G.groups(5),
      groupSizeRange: { min: 3, max: 8 },
      activity: 'write',
      instructions: t(
        'Répartissez les rôles, puis travaillez la question de votre groupe. Le secrétaire saisit vos propositions ; le groupe choisit celles qu’il présentera.',
        'Share out the roles, then work on your group’s question. The scribe enters your proposals; the group picks the ones it will present.',
      ),
      notes: t(
        'Former les groupes au hasard, équilibrés ou par profil (mixtes ou homogènes).',
        'Form groups at random, balanced or by profile (mixed or homogeneous).',
      ),
      questions: [
        t(
          'Quelles propositions concrètes faisons-nous sur ce sujet ?',
          'What concrete proposals do we make on this topic?',
        ),
      ],
      requiresQuestions: true,
      roles: ['facilitator', 'scribe', 'timekeeper', 'reporter'],
      outputs: ['group-notes', 'selection'],
    },
    {
      key: 'report-out',
      title: t('Restitution', 'Report-out'),
      minutes: [15, 5, 30],
      group: G.plenary,
      activity: 'discuss',
      instructions: t(
        'Chaque rapporteur présente la sélection de son groupe.',
        'Each reporter presents their group’s selection.',
      ),
      notes: t('Limiter chaque restitution à 2 ou 3 minutes.', 'Keep each report-out to 2–3 minutes.'),
      roles: ['reporter'],
    },
  ],
  roles: [
    role(
      'facilitator',
      t('Animateur', 'Facilitator'),
      t('Distribue la parole dans le groupe.', 'Shares out speaking time in the group.'),
    ),
    role('scribe', t('Secrétaire', 'Scribe'), t('Saisit les idées du groupe.', 'Enters the group’s ideas.')),
    role(
      'timekeeper',
      t('Gardien du temps', 'Timekeeper'),
      t('Surveille le minuteur.', 'Watches the timer.'),
    ),
    role(
      'reporter',
      t('Rapporteur', 'Reporter'),
      t('Présente la sélection du groupe.', 'Presents the group’s selection.'),
    ),
  ],
  outputs: [
    output('group-notes', t('Notes des groupes', 'Group notes')),
    output('selection', t('Sélection de chaque groupe', 'Each group’s selection')),
  ],
});

export const oneTwoFourAll = defineMethod({
  id: 'one-two-four-all',
  name: t('1-2-4-Tous', '1-2-4-All'),
  summary: t(
    'Seul, puis à deux, puis à quatre, puis tous ensemble : chaque niveau garde ce qu’il sélectionne, les idées montent sans que personne ne monopolise.',
    'Alone, then in pairs, then foursomes, then all together: each level keeps what it selects, ideas rise without anyone dominating.',
  ),
  family: 'conversation',
  purposes: ['ideate', 'prioritise', 'connect'],
  participants: { min: 4, max: 2000 },
  durationMinutes: { min: 12, max: 25 },
  steps: [
    {
      key: 'one',
      title: t('Seul', 'Alone'),
      minutes: [2, 1, 2],
      group: G.solo,
      activity: 'write',
      instructions: t(
        'En silence, notez vos idées sur votre téléphone.',
        'In silence, write your ideas on your phone.',
      ),
      notes: t(
        'Le silence est la règle : il donne une voix à chacun.',
        'Silence is the rule: it gives everyone a voice.',
      ),
      questions: [
        t(
          'Quelles idées concrètes feraient avancer le défi du jour ?',
          'Which concrete ideas would move today’s challenge forward?',
        ),
      ],
      requiresQuestions: true,
      outputs: ['ideas'],
    },
    {
      key: 'two',
      title: t('À deux', 'In pairs'),
      minutes: [3, 2, 3],
      group: G.pairs,
      activity: 'discuss',
      instructions: t('Partagez vos idées à deux ; gardez-en deux.', 'Share your ideas in pairs; keep two.'),
      notes: t('Nombre impair : un trio.', 'Odd head count: one trio.'),
    },
    {
      key: 'four',
      title: t('À quatre', 'In foursomes'),
      minutes: [5, 4, 5],
      group: G.groups(4),
      groupSizeRange: { min: 3, max: 6 },
      activity: 'write',
      instructions: t(
        'Deux binômes se rejoignent : retenez l’idée la plus forte et saisissez-la.',
        'Two pairs join: keep the strongest idea and enter it.',
      ),
      notes: t('Chaque quatuor saisit une idée.', 'Each foursome enters one idea.'),
      outputs: ['selection'],
    },
    {
      key: 'all',
      title: t('Tous ensemble', 'All together'),
      minutes: [10, 5, 10],
      group: G.plenary,
      activity: 'discuss',
      instructions: t(
        'Quelle idée ressort de votre groupe ? Partagez-la en une phrase.',
        'Which idea stands out from your group? Share it in one sentence.',
      ),
      notes: t('Recueillir une idée par groupe, sans répétition.', 'Collect one idea per group, no repeats.'),
    },
  ],
  outputs: [
    output('ideas', t('Idées individuelles', 'Individual ideas')),
    output('selection', t('Idées retenues par les quatuors', 'Ideas kept by the foursomes')),
  ],
});

export const CONVERSATION = [
  aiInterviews,
  worldCafe,
  readDiscussApply,
  openSpace,
  smallGroups,
  oneTwoFourAll,
];
