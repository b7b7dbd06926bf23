/** Deciding and writing together, and the online consultation. */
import { defineMethod, G, output, role, t } from './define.ts';

export const consentDecision = defineMethod({
  id: 'consent-decision',
  name: t('Décision par consentement', 'Consent decision'),
  summary: t(
    'Proposition, questions de clarification, tour de réactions, objections argumentées qui améliorent le texte ; adoptée quand il n’y a plus d’objection.',
    'Proposal, clarifying questions, reactions round, reasoned objections that improve the text; adopted when no objection remains.',
  ),
  family: 'decision',
  purposes: ['decide'],
  participants: { min: 3, max: 60 },
  durationMinutes: { min: 30, max: 90 },
  steps: [
    {
      key: 'proposal',
      title: t('Présentation de la proposition', 'Presenting the proposal'),
      minutes: [5, 3, 10],
      group: G.plenary,
      activity: 'read',
      instructions: t(
        'Lisez la proposition affichée sur votre téléphone.',
        'Read the proposal shown on your phone.',
      ),
      notes: t('Le porteur présente sans défendre.', 'The proposer presents without defending.'),
      roles: ['proposer'],
    },
    {
      key: 'clarify',
      title: t('Questions de clarification', 'Clarifying questions'),
      minutes: [10, 5, 15],
      group: G.plenary,
      activity: 'qa',
      instructions: t(
        'Posez uniquement des questions pour comprendre, pas d’avis.',
        'Ask only questions to understand, no opinions yet.',
      ),
      notes: t('Recadrer les avis déguisés en questions.', 'Redirect opinions dressed as questions.'),
    },
    {
      key: 'reactions',
      title: t('Tour de réactions', 'Reactions round'),
      minutes: [10, 5, 20],
      group: G.plenary,
      activity: 'discuss',
      instructions: t(
        'Chacun réagit à tour de rôle, brièvement, sans débat.',
        'Everyone reacts in turn, briefly, without debate.',
      ),
      notes: t(
        'Le porteur peut ensuite amender sa proposition.',
        'The proposer may then amend the proposal.',
      ),
    },
    {
      key: 'objections',
      title: t('Objections', 'Objections'),
      minutes: [10, 5, 20],
      group: G.plenary,
      activity: 'consent',
      instructions: t(
        'Avez-vous une objection ? Une objection dit en quoi la proposition nuirait à notre but, et comment l’améliorer.',
        'Do you have an objection? An objection says how the proposal would harm our aim, and how to improve it.',
      ),
      notes: t(
        'Chaque objection est enregistrée et sert à bonifier le texte.',
        'Each objection is recorded and used to improve the text.',
      ),
      outputs: ['objections'],
    },
    {
      key: 'improve',
      title: t('Bonification', 'Improving the proposal'),
      minutes: [10, 5, 20],
      group: G.plenary,
      activity: 'write',
      instructions: t(
        'Proposez une reformulation qui lève l’objection.',
        'Suggest a rewording that resolves the objection.',
      ),
      notes: t(
        'Reprendre le tour des objections sur le texte amendé.',
        'Run the objections round again on the amended text.',
      ),
    },
    {
      key: 'adoption',
      title: t('Adoption', 'Adoption'),
      minutes: [5, 3, 10],
      group: G.plenary,
      activity: 'consent',
      instructions: t(
        'Plus d’objection ? La proposition est adoptée.',
        'No objection left? The proposal is adopted.',
      ),
      notes: t(
        'Consigner le texte adopté et les objections traitées.',
        'Record the adopted text and the objections handled.',
      ),
      outputs: ['decision'],
    },
  ],
  roles: [
    role(
      'proposer',
      t('Porteur de la proposition', 'Proposer'),
      t('Présente et amende la proposition.', 'Presents and amends the proposal.'),
    ),
  ],
  outputs: [
    output('objections', t('Objections et réponses', 'Objections and responses')),
    output('decision', t('Texte adopté', 'Adopted text')),
  ],
});

export const charterDrafting = defineMethod({
  id: 'charter-drafting',
  name: t('Rédaction de charte', 'Charter drafting'),
  summary: t(
    'Des sous-groupes écrivent chacun un chapitre de la charte, les autres commentent dans le texte, puis chaque groupe intègre les commentaires.',
    'Sub-groups each write one chapter of the charter, the others comment inline, then each group takes the comments on board.',
  ),
  family: 'decision',
  purposes: ['design', 'decide'],
  participants: { min: 4, max: 60 },
  durationMinutes: { min: 60, max: 150 },
  steps: [
    {
      key: 'chapters',
      title: t('Répartition des chapitres', 'Allocating chapters'),
      minutes: [10, 5, 15],
      group: G.plenary,
      activity: 'none',
      instructions: t(
        'Chaque sous-groupe prend un chapitre de la charte.',
        'Each sub-group takes one chapter of the charter.',
      ),
      notes: t(
        'Partir des principes adoptés à l’atelier précédent.',
        'Start from the principles adopted at the previous workshop.',
      ),
    },
    {
      key: 'writing',
      title: t('Écriture des chapitres', 'Writing the chapters'),
      minutes: [45, 30, 60],
      group: G.groups(4),
      groupSizeRange: { min: 2, max: 6 },
      activity: 'write',
      instructions: t(
        'Rédigez votre chapitre dans l’éditeur partagé : des phrases courtes, concrètes, au présent.',
        'Write your chapter in the shared editor: short, concrete sentences in the present tense.',
      ),
      notes: t(
        'Passer dans les groupes ; veiller au ton commun.',
        'Visit the groups; watch for a shared tone.',
      ),
      questions: [
        t(
          'Quel engagement concret prenons-nous sur ce sujet ?',
          'What concrete commitment do we make on this topic?',
        ),
      ],
      requiresQuestions: true,
      roles: ['editor'],
      outputs: ['chapters'],
    },
    {
      key: 'cross-reading',
      title: t('Lecture croisée', 'Cross-reading'),
      minutes: [20, 15, 30],
      group: G.free,
      activity: 'write',
      instructions: t(
        'Lisez les autres chapitres et commentez dans le texte.',
        'Read the other chapters and comment inline.',
      ),
      notes: t('Un commentaire propose, il ne réécrit pas.', 'A comment suggests; it does not rewrite.'),
      outputs: ['comments'],
    },
    {
      key: 'integration',
      title: t('Intégration des commentaires', 'Taking comments on board'),
      minutes: [15, 10, 30],
      group: G.groups(4),
      groupSizeRange: { min: 2, max: 6 },
      activity: 'write',
      instructions: t(
        'Intégrez les commentaires de votre chapitre.',
        'Take your chapter’s comments on board.',
      ),
      notes: t(
        'Chaque version est conservée avec son journal de modifications.',
        'Each version is kept with its change log.',
      ),
      roles: ['editor'],
      outputs: ['chapters'],
    },
  ],
  roles: [
    role(
      'editor',
      t('Plume', 'Pen holder'),
      t('Tient la plume du chapitre pour le groupe.', 'Holds the pen for the group’s chapter.'),
    ),
  ],
  outputs: [
    output('chapters', t('Chapitres rédigés', 'Drafted chapters')),
    output('comments', t('Commentaires', 'Comments')),
  ],
});

export const onlineConsultation = defineMethod({
  id: 'online-consultation',
  name: t('Consultation en ligne', 'Online consultation'),
  summary: t(
    'Questionnaire, propositions à soutenir et commenter, affirmations à approuver ou non (carte des opinions), commentaires d’un texte par paragraphe ; ouverte à tous, sur invitation ou vérifiée. Se lance en séance ou pour plusieurs semaines.',
    'Questionnaire, proposals to support and comment on, statements to agree or disagree with (opinion map), paragraph comments on a draft; open, by invitation or verified. Run it in a session or over several weeks.',
  ),
  family: 'consultation',
  purposes: ['consult', 'harvest'],
  participants: { min: 1, max: 100_000 },
  durationMinutes: { min: 10, max: 60 },
  steps: [
    {
      key: 'present',
      title: t('Présentation de la consultation', 'Presenting the consultation'),
      minutes: [5, 2, 10],
      group: G.plenary,
      activity: 'none',
      instructions: t(
        'Voici ce sur quoi nous vous consultons et ce que nous ferons de vos réponses.',
        'Here is what we consult you on and what we will do with your answers.',
      ),
      notes: t(
        'Dire qui lira les réponses et quand les résultats seront publiés.',
        'Say who will read the answers and when results will be published.',
      ),
    },
    {
      key: 'answer',
      title: t('Réponses', 'Answering'),
      minutes: [15, 5, 40],
      group: G.solo,
      activity: 'poll',
      instructions: t(
        'Répondez aux questions sur votre téléphone. Vos réponses sont pseudonymes.',
        'Answer the questions on your phone. Your answers are pseudonymous.',
      ),
      notes: t(
        'Modération active pendant toute la consultation.',
        'Moderation stays on throughout the consultation.',
      ),
      questions: [
        t('Qu’est-ce qui fonctionne bien aujourd’hui ?', 'What works well today?'),
        t('Qu’est-ce qui devrait changer en priorité ?', 'What should change first?'),
      ],
      requiresQuestions: true,
      outputs: ['answers'],
    },
    {
      key: 'results',
      title: t('Premiers résultats', 'First results'),
      minutes: [10, 3, 15],
      group: G.plenary,
      activity: 'none',
      instructions: t('Découvrez les premiers résultats au mur.', 'See the first results on the wall.'),
      notes: t(
        'Masquer les résultats des trop petits groupes.',
        'Hide the results of groups that are too small.',
      ),
      outputs: ['results'],
    },
  ],
  outputs: [
    output('answers', t('Réponses', 'Answers')),
    output('results', t('Résultats et exports', 'Results and exports')),
  ],
});

export const DECISION = [consentDecision, charterDrafting, onlineConsultation];
