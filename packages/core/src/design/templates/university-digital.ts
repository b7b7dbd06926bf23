/** (b) University digital transformation: 6 months, 7 workshops (~200 people), a 2-month online consultation. */
import { t } from '../methods/define.ts';
import type { Localized } from '../types.ts';
import type { BlockTemplate, MissionTemplate, WorkshopTemplate } from './instantiate.ts';

const q = (fr: string, en: string): Localized[] => [t(fr, en)];
const facilitators = ['Nadia Benali', 'Thomas Girard'];
const morning = (offset: number) => [{ offset, start: '09:00', end: '12:30' }];
const afternoon = (offset: number) => [{ offset, start: '14:00', end: '17:30' }];
const checkIn = (fr: string, en: string): BlockTemplate => ({
  method: 'check-in',
  steps: { welcome: { durationMinutes: 10, questions: q(fr, en) } },
});
const checkOut: BlockTemplate = { method: 'check-out', steps: { closing: { durationMinutes: 10 } } };
const pause: BlockTemplate = { method: 'break' };

function workshop(
  title: Localized,
  objective: Localized,
  expectedParticipants: number,
  days: WorkshopTemplate['days'],
  blocks: BlockTemplate[],
): WorkshopTemplate {
  return {
    title,
    objective,
    place: t('Campus central, salle du conseil', 'Main campus, council room'),
    remote: false,
    expectedParticipants,
    facilitators,
    days,
    blocks,
  };
}

export const universityDigitalTemplate: MissionTemplate = {
  id: 'university-digital-transformation',
  name: t(
    'Transformation numérique d’une université (6 mois)',
    'A university’s digital transformation (6 months)',
  ),
  summary: t(
    'Sept ateliers par communauté (enseignants, chercheurs, étudiants, personnels) et une consultation en ligne de deux mois pour bâtir le schéma directeur du numérique.',
    'Seven workshops by community (teachers, researchers, students, staff) and a two-month online consultation to build the digital master plan.',
  ),
  lengthDays: 182,
  mission: {
    title: t('Schéma directeur du numérique 2027–2030', 'Digital master plan 2027–2030'),
    clientName: t('Université Confluences', 'Université Confluences'),
    sponsor: t('Vice-présidence Numérique', 'Vice-presidency for Digital Affairs'),
    context: t(
      'Université pluridisciplinaire de 28 000 étudiants et 3 200 personnels sur quatre campus. Les outils numériques se sont multipliés sans vision d’ensemble ; la gouvernance veut un schéma directeur construit avec toute la communauté universitaire.',
      'A multidisciplinary university of 28,000 students and 3,200 staff on four campuses. Digital tools have multiplied without an overall vision; the leadership wants a master plan built with the whole university community.',
    ),
    goals: [
      t(
        'Partager les usages, irritants et attentes de chaque communauté',
        'Share each community’s uses, pain points and expectations',
      ),
      t('Consulter largement étudiants et personnels', 'Consult students and staff widely'),
      t('Construire une feuille de route priorisée et adoptée', 'Build a prioritised, adopted roadmap'),
    ],
  },
  steps: [
    {
      kind: 'interviews',
      title: t('Entretiens de cadrage', 'Scoping interviews'),
      description: t(
        'Quinze entretiens : gouvernance, directions de composantes, DSI, élus étudiants.',
        'Fifteen interviews: leadership, faculty deans, IT department, student representatives.',
      ),
      startDay: 0,
      endDay: 20,
      expectedParticipants: 15,
    },
    {
      kind: 'workshop',
      title: t('Atelier 1 : lancement et ambitions', 'Workshop 1: kick-off and ambitions'),
      description: t(
        'Lancement de la démarche avec des représentants de toutes les communautés.',
        'Kick-off with representatives of all communities.',
      ),
      workshop: workshop(
        t('Lancement : nos ambitions numériques', 'Kick-off: our digital ambitions'),
        t('Partager les ambitions et lancer la démarche.', 'Share ambitions and launch the process.'),
        40,
        morning(28),
        [
          checkIn(
            'En un mot, que représente le numérique dans votre quotidien à l’université ?',
            'In one word, what does digital mean in your daily life at the university?',
          ),
          {
            method: 'world-cafe',
            steps: {
              'round-1': {
                questions: q(
                  'Qu’est-ce qui, dans le numérique, vous facilite vraiment la vie à l’université ?',
                  'What, in digital tools, really makes university life easier for you?',
                ),
              },
              'round-2': {
                questions: q(
                  'Qu’est-ce qui vous fait perdre du temps ou vous exclut ?',
                  'What wastes your time or leaves you out?',
                ),
              },
              'round-3': {
                questions: q(
                  'À quoi ressemblerait une université numérique exemplaire en 2030 ?',
                  'What would an exemplary digital university look like in 2030?',
                ),
              },
            },
          },
          pause,
          {
            method: 'one-two-four-all',
            title: t('Nos priorités', 'Our priorities'),
            steps: {
              one: {
                questions: q(
                  'Quelle est, pour vous, la priorité numéro un du schéma directeur ?',
                  'What, for you, is the master plan’s top priority?',
                ),
              },
            },
          },
          {
            method: 'plenary',
            title: t('Synthèse et suite de la démarche', 'Summary and next steps of the process'),
            steps: { plenary: { durationMinutes: 30 } },
          },
          checkOut,
        ],
      ),
    },
    {
      kind: 'workshop',
      title: t('Atelier 2 : pédagogie et numérique', 'Workshop 2: teaching and digital'),
      description: t(
        'Avec des enseignants et des ingénieurs pédagogiques.',
        'With teachers and learning designers.',
      ),
      workshop: workshop(
        t('Pédagogie et numérique', 'Teaching and digital'),
        t('Établir les constats et enjeux pédagogiques.', 'Establish the teaching findings and challenges.'),
        30,
        afternoon(36),
        [
          checkIn(
            'Quel outil numérique a changé votre façon d’enseigner ?',
            'Which digital tool changed the way you teach?',
          ),
          { method: 'findings-challenges' },
          pause,
          {
            method: 'small-groups',
            title: t('Pistes d’action pédagogiques', 'Teaching action ideas'),
            steps: {
              work: {
                questions: q(
                  'Quelles pistes concrètes pour répondre à l’enjeu de votre groupe ?',
                  'What concrete ideas answer your group’s challenge?',
                ),
              },
            },
          },
          {
            method: 'action-plan',
            steps: { actions: { durationMinutes: 20 }, review: { durationMinutes: 10 } },
          },
          checkOut,
        ],
      ),
    },
    {
      kind: 'workshop',
      title: t('Atelier 3 : recherche et données', 'Workshop 3: research and data'),
      description: t(
        'Avec des chercheurs, doctorants et personnels d’appui à la recherche.',
        'With researchers, PhD students and research support staff.',
      ),
      workshop: workshop(
        t('Recherche et données', 'Research and data'),
        t(
          'Cerner les besoins en outils et en gestion des données de recherche.',
          'Pin down needs for tools and research data management.',
        ),
        24,
        morning(43),
        [
          checkIn(
            'Quelle donnée aimeriez-vous retrouver en un clic ?',
            'Which piece of data would you like to find in one click?',
          ),
          {
            method: 'read-discuss-apply',
            title: t('L’état des lieux des données de recherche', 'The state of research data'),
          },
          {
            method: 'small-groups',
            steps: {
              work: {
                questions: q(
                  'De quoi avez-vous besoin pour partager et conserver vos données de recherche ?',
                  'What do you need to share and preserve your research data?',
                ),
              },
            },
          },
          pause,
          {
            method: 'one-two-four-all',
            steps: {
              one: {
                questions: q(
                  'Quel service de données changerait votre quotidien de chercheur ?',
                  'Which data service would change your daily research work?',
                ),
              },
            },
          },
          { method: 'action-plan' },
          checkOut,
        ],
      ),
    },
    {
      kind: 'workshop',
      title: t('Atelier 4 : vie étudiante et services', 'Workshop 4: student life and services'),
      description: t(
        'Avec des étudiants de licence, master et doctorat.',
        'With undergraduate, master’s and PhD students.',
      ),
      workshop: workshop(
        t('Vie étudiante et services numériques', 'Student life and digital services'),
        t('Comprendre le parcours numérique des étudiants.', 'Understand students’ digital journey.'),
        30,
        afternoon(51),
        [
          checkIn(
            'Quelle appli de l’université ouvrez-vous le plus souvent ?',
            'Which university app do you open most often?',
          ),
          { method: 'persona' },
          pause,
          {
            method: 'journey-map',
            title: t(
              'Le parcours d’un étudiant, de l’inscription aux examens',
              'A student’s journey, from enrolment to exams',
            ),
            steps: { map: { durationMinutes: 40 }, share: { durationMinutes: 10 } },
          },
          { method: 'how-might-we' },
          checkOut,
        ],
      ),
    },
    {
      kind: 'workshop',
      title: t('Atelier 5 : administration et outils', 'Workshop 5: administration and tools'),
      description: t(
        'Avec des personnels administratifs et techniques.',
        'With administrative and technical staff.',
      ),
      workshop: workshop(
        t('Administration et outils de gestion', 'Administration and management tools'),
        t('Définir des engagements de service numériques.', 'Define digital service commitments.'),
        28,
        morning(57),
        [
          checkIn('Quelle tâche numérique vous pèse le plus ?', 'Which digital task weighs on you most?'),
          { method: 'findings-challenges' },
          pause,
          { method: 'service-levels' },
          checkOut,
        ],
      ),
    },
    {
      kind: 'workshop',
      title: t('Atelier 6 : infrastructures et sobriété', 'Workshop 6: infrastructure and digital sobriety'),
      description: t(
        'Avec la DSI, le service patrimoine et des volontaires.',
        'With the IT department, estates and volunteers.',
      ),
      workshop: workshop(
        t('Infrastructures et sobriété numérique', 'Infrastructure and digital sobriety'),
        t(
          'Poser les forces et les règles minimales d’un numérique sobre.',
          'Set out the strengths and minimum rules of sober digital practice.',
        ),
        24,
        afternoon(64),
        [
          checkIn(
            'Un geste numérique sobre que vous pratiquez déjà ?',
            'One sober digital habit you already have?',
          ),
          { method: 'soar' },
          {
            method: 'small-groups',
            steps: {
              work: {
                questions: q(
                  'Où pouvons-nous réduire notre empreinte numérique sans perdre en service ?',
                  'Where can we reduce our digital footprint without losing service?',
                ),
              },
            },
          },
          pause,
          { method: 'values-constraints', title: t('Nos règles de sobriété', 'Our sobriety rules') },
          checkOut,
        ],
      ),
    },
    {
      kind: 'consultation',
      title: t(
        'Consultation en ligne de la communauté universitaire',
        'Online consultation of the university community',
      ),
      description: t(
        'Deux mois de consultation : questionnaire et propositions issues des ateliers, ouverts aux étudiants et personnels vérifiés par leur adresse universitaire.',
        'Two months of consultation: a questionnaire and the proposals from the workshops, open to students and staff verified by their university email.',
      ),
      startDay: 70,
      endDay: 130,
      expectedParticipants: 5000,
      consultation: { audience: 'verified', formats: ['questionnaire', 'proposals'] },
    },
    {
      kind: 'workshop',
      title: t('Atelier 7 : convergence et feuille de route', 'Workshop 7: convergence and roadmap'),
      description: t(
        'Avec des représentants de toutes les communautés et la gouvernance.',
        'With representatives of all communities and the leadership.',
      ),
      workshop: workshop(
        t('Convergence : la feuille de route', 'Convergence: the roadmap'),
        t(
          'Arbitrer et adopter la feuille de route à partir des ateliers et de la consultation.',
          'Decide and adopt the roadmap from the workshops and the consultation.',
        ),
        40,
        morning(143),
        [
          checkIn(
            'Qu’attendez-vous de cette dernière séance ?',
            'What do you expect from this last session?',
          ),
          {
            method: 'plenary',
            title: t('Résultats de la consultation', 'Consultation results'),
            steps: { plenary: { durationMinutes: 30 } },
          },
          {
            method: 'small-groups',
            title: t('Les chantiers de la feuille de route', 'The roadmap’s work streams'),
            steps: {
              work: {
                questions: q(
                  'Quels chantiers retenir, dans quel ordre, et pourquoi ?',
                  'Which work streams should we keep, in what order, and why?',
                ),
              },
            },
          },
          pause,
          { method: 'consent-decision', title: t('Adoption des priorités', 'Adopting the priorities') },
          { method: 'action-plan' },
          checkOut,
        ],
      ),
    },
    {
      kind: 'deliverable',
      title: t('Schéma directeur du numérique', 'Digital master plan'),
      description: t(
        'Rédaction, relecture par la gouvernance, présentation au conseil d’administration.',
        'Drafting, review by the leadership, presentation to the board.',
      ),
      startDay: 150,
      endDay: 181,
      expectedParticipants: null,
    },
  ],
};
