/** Openings, closings, plenaries, graphic recording, breaks and meals. */
import { defineMethod, G, output, role, t } from './define.ts';

export const checkIn = defineMethod({
  id: 'check-in',
  name: t('Accueil et inclusion', 'Welcome and check-in'),
  summary: t(
    'Ouvrir la séance : le sens de la journée, le programme, le cadre de travail et un tour d’inclusion pour que chacun prenne la parole.',
    'Open the session: why we are here, the programme, the working agreements and a check-in round so everyone speaks once.',
  ),
  family: 'essentials',
  purposes: ['open', 'connect'],
  participants: { min: 2, max: 5000 },
  durationMinutes: { min: 5, max: 30 },
  steps: [
    {
      key: 'welcome',
      title: t('Accueil et inclusion', 'Welcome and check-in'),
      minutes: [15, 5, 30],
      group: G.plenary,
      activity: 'write',
      instructions: t(
        'Bienvenue ! Rejoignez la séance avec le code affiché au mur, puis répondez en un mot à la question d’inclusion.',
        'Welcome! Join the session with the code on the wall, then answer the check-in question in one word.',
      ),
      notes: t(
        'Rappeler l’objectif, le programme et le cadre (bienveillance, confidentialité, téléphones pour contribuer). Le nuage de mots de l’inclusion s’affiche au mur.',
        'Recall the goal, the programme and the working agreements (kindness, confidentiality, phones to contribute). The check-in word cloud shows on the wall.',
      ),
      questions: [
        t('En un mot, dans quel état d’esprit arrivez-vous ?', 'In one word, how are you arriving today?'),
      ],
      outputs: ['check-in-words'],
    },
  ],
  outputs: [output('check-in-words', t('Mots de l’inclusion', 'Check-in words'))],
  materials: [t('Vidéoprojecteur et QR code de connexion', 'Projector and join QR code')],
});

export const checkOut = defineMethod({
  id: 'check-out',
  name: t('Clôture et tour de sortie', 'Closing round'),
  summary: t(
    'Clore la séance : rappeler ce qui a été produit et les suites, puis un tour de sortie en un mot ou une phrase.',
    'Close the session: recall what was produced and what comes next, then a closing round in a word or a sentence.',
  ),
  family: 'essentials',
  purposes: ['close', 'harvest'],
  participants: { min: 2, max: 5000 },
  durationMinutes: { min: 5, max: 30 },
  steps: [
    {
      key: 'closing',
      title: t('Clôture et tour de sortie', 'Closing round'),
      minutes: [15, 5, 30],
      group: G.plenary,
      activity: 'write',
      instructions: t(
        'Avant de partir : en un mot ou une phrase, qu’emportez-vous de cette séance ?',
        'Before you leave: in a word or a sentence, what do you take away from this session?',
      ),
      notes: t(
        'Récapituler les productions et les prochaines étapes, remercier, annoncer quand le compte rendu sera partagé.',
        'Sum up what was produced and the next steps, thank everyone, say when the report will be shared.',
      ),
      questions: [t('Qu’emportez-vous de cette séance ?', 'What do you take away from this session?')],
      outputs: ['check-out-words'],
    },
  ],
  outputs: [output('check-out-words', t('Mots de sortie', 'Closing words'))],
});

export const plenary = defineMethod({
  id: 'plenary',
  name: t('Plénière', 'Plenary'),
  summary: t(
    'Toute la salle ensemble : présentation, restitution des groupes, questions-réponses avec votes, décision. Le mur est au centre, les téléphones votent et questionnent.',
    'The whole room together: presentation, group report-outs, Q&A with upvotes, decision. The wall is the centre; phones vote and ask.',
  ),
  family: 'essentials',
  purposes: ['share', 'harvest', 'decide'],
  participants: { min: 2, max: 5000 },
  durationMinutes: { min: 5, max: 120 },
  steps: [
    {
      key: 'plenary',
      title: t('Plénière', 'Plenary'),
      minutes: [20, 5, 120],
      group: G.plenary,
      activity: 'qa',
      instructions: t(
        'Écoutez les restitutions. Posez vos questions sur votre téléphone et votez pour celles que vous voulez voir traitées.',
        'Listen to the report-outs. Ask your questions on your phone and upvote the ones you want answered.',
      ),
      notes: t(
        'Donner un temps égal à chaque groupe ; traiter les questions les plus soutenues ; noter les décisions.',
        'Give each group equal time; answer the most supported questions; record decisions.',
      ),
      questions: [t('Quelles questions souhaitez-vous poser ?', 'What questions would you like to ask?')],
      roles: ['reporter'],
      outputs: ['questions', 'decisions'],
    },
  ],
  roles: [
    role(
      'reporter',
      t('Rapporteur', 'Reporter'),
      t('Présente la production de son groupe.', 'Presents their group’s work.'),
    ),
  ],
  outputs: [
    output('questions', t('Questions de la salle', 'Questions from the room')),
    output('decisions', t('Décisions', 'Decisions')),
  ],
});

export const graphicRecording = defineMethod({
  id: 'graphic-recording',
  name: t('Captation graphique', 'Graphic recording'),
  summary: t(
    'Le facilitateur graphique présente la fresque dessinée en direct ; les photos sont versées à la récolte et au rapport.',
    'The graphic recorder walks the room through the live drawing; photos go into the harvest and the report.',
  ),
  family: 'essentials',
  purposes: ['harvest', 'share'],
  participants: { min: 2, max: 5000 },
  durationMinutes: { min: 5, max: 20 },
  steps: [
    {
      key: 'walkthrough',
      title: t('Lecture de la fresque', 'Walk through the drawing'),
      minutes: [10, 5, 20],
      group: G.plenary,
      activity: 'none',
      instructions: t(
        'Découvrez la fresque de la séance. Qu’est-ce qui vous frappe ? Qu’est-ce qui manque ?',
        'Look at the drawing of the session. What strikes you? What is missing?',
      ),
      notes: t(
        'Photographier la fresque et la déposer dans Cercle, liée aux séquences concernées ; la reconnaissance de texte propose des contributions à valider.',
        'Photograph the drawing and upload it to Cercle, linked to its sequences; text recognition suggests contributions for a person to review.',
      ),
      roles: ['recorder'],
      outputs: ['drawings'],
    },
  ],
  roles: [
    role(
      'recorder',
      t('Facilitateur graphique', 'Graphic recorder'),
      t(
        'Dessine en direct les idées fortes sur grand papier ou tablette.',
        'Draws the key ideas live on large paper or a tablet.',
      ),
    ),
  ],
  materials: [
    t(
      'Grand rouleau de papier, feutres, ou tablette graphique',
      'Large paper roll and markers, or a drawing tablet',
    ),
  ],
  outputs: [output('drawings', t('Fresques et photos', 'Drawings and photos'))],
});

export const pause = defineMethod({
  id: 'break',
  name: t('Pause', 'Break'),
  summary: t(
    'Une pause pour souffler, se servir un café et poursuivre les échanges.',
    'A break to breathe, grab a coffee and keep talking.',
  ),
  family: 'break',
  purposes: ['rest'],
  participants: { min: 1, max: 100_000 },
  durationMinutes: { min: 5, max: 45 },
  isBreak: true,
  steps: [
    {
      key: 'break',
      title: t('Pause', 'Break'),
      minutes: [15, 5, 45],
      group: G.free,
      activity: 'none',
      instructions: t(
        'Pause ! Reprise à l’heure affichée au mur.',
        'Break! We resume at the time on the wall.',
      ),
      notes: t(
        'Annoncer l’heure de reprise ; lancer le minuteur.',
        'Announce when we resume; start the timer.',
      ),
    },
  ],
});

export const lunch = defineMethod({
  id: 'lunch',
  name: t('Déjeuner', 'Lunch'),
  summary: t('La pause du déjeuner : elle compte comme une pause.', 'The lunch break: it counts as a break.'),
  family: 'break',
  purposes: ['rest', 'connect'],
  participants: { min: 1, max: 100_000 },
  durationMinutes: { min: 30, max: 120 },
  isBreak: true,
  steps: [
    {
      key: 'lunch',
      title: t('Déjeuner', 'Lunch'),
      minutes: [60, 30, 120],
      group: G.free,
      activity: 'none',
      instructions: t(
        'Bon appétit ! Reprise à l’heure affichée au mur.',
        'Enjoy your lunch! We resume at the time on the wall.',
      ),
      notes: t(
        'Prévoir une reprise dynamique : le début d’après-midi est le moment le plus difficile.',
        'Plan an energising restart: early afternoon is the hardest slot.',
      ),
    },
  ],
});

export const ESSENTIALS = [checkIn, checkOut, plenary, graphicRecording, pause, lunch];
