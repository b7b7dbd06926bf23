/**
 * What the demo's first seminar morning left behind, so a new user finds a harvest to sort,
 * themes to suggest and a report to download: a SOAR round (strengths, opportunities,
 * aspirations, results) with notes from six participants, and a dot vote on the priorities.
 * Written through the hub like any live input, so it is exactly what a real session stores.
 */
import { activityConfigSchema } from '@cercle/core';
import type { Db } from '../db/database.ts';
import type { LiveHub } from '../live/hub.ts';
import { joinSession } from '../live/join-session.ts';
import type { SessionRow } from '../live/lookups.ts';

const SOAR: Record<string, [string, string][]> = {
  Forces: [
    ['Awa', 'Des bénévoles très engagés sur le terrain'],
    ['Bruno', 'Une forte présence dans les quartiers'],
    ['Chloé', 'La confiance des familles que nous accompagnons'],
    ['Driss', 'Des salariés compétents et polyvalents'],
    ['Elsa', 'Un réseau de partenaires locaux solide'],
  ],
  Opportunités: [
    ['Fabien', 'Les appels à projets de la région sur l’inclusion numérique'],
    ['Awa', 'Des jeunes retraités prêts à donner du temps'],
    ['Chloé', 'Mutualiser des locaux avec deux associations voisines'],
    ['Bruno', 'Le nouveau contrat de ville sur les quartiers prioritaires'],
  ],
  Aspirations: [
    ['Driss', 'Mieux accueillir et former les nouveaux bénévoles'],
    ['Elsa', 'Une gouvernance plus partagée avec les bénévoles'],
    ['Fabien', 'Accompagner les familles vers le numérique'],
    ['Awa', 'Mieux accueillir les bénévoles et les fidéliser'],
    ['Chloé', 'Moins de réunions, plus de temps sur le terrain'],
  ],
  Résultats: [
    ['Bruno', 'Doubler le nombre de familles accompagnées en numérique'],
    ['Elsa', 'Un parcours d’accueil pour chaque nouveau bénévole'],
    ['Driss', 'Des réunions d’équipe plus courtes et mieux préparées'],
    ['Fabien', 'Deux nouveaux partenariats signés d’ici un an'],
  ],
};

const PRIORITIES = [
  { id: 'volunteers', label: 'Accueil et fidélisation des bénévoles' },
  { id: 'digital', label: 'Inclusion numérique des familles' },
  { id: 'governance', label: 'Gouvernance partagée' },
  { id: 'partners', label: 'Partenariats et locaux mutualisés' },
];

const BALLOTS: Record<string, Record<string, number>> = {
  Awa: { volunteers: 2, digital: 1 },
  Bruno: { digital: 2, partners: 1 },
  Chloé: { volunteers: 1, digital: 1, partners: 1 },
  Driss: { volunteers: 2, governance: 1 },
  Elsa: { governance: 2, volunteers: 1 },
  Fabien: { digital: 3 },
};

export async function seedDemoWorkshop(db: Db, hub: LiveHub, session: SessionRow, sequenceId: string | null) {
  const people = new Map<string, string>();
  for (const nickname of Object.keys(BALLOTS))
    people.set(nickname, (await joinSession(db, session, nickname)).participant.id);
  const append = (body: Parameters<LiveHub['appendSystemEvent']>[1]) =>
    hub.appendSystemEvent(session.id, body);

  await append({
    type: 'activity.opened',
    data: {
      activity: activityConfigSchema.parse({
        id: 'soar',
        kind: 'contributions',
        title: 'SOAR : notre association aujourd’hui et demain',
        sequenceId,
        columns: Object.keys(SOAR),
        private: false,
      }),
    },
  });
  let n = 0;
  for (const [column, notes] of Object.entries(SOAR))
    for (const [nickname, text] of notes)
      await append({
        type: 'contribution.posted',
        data: {
          id: `c-demo-${String(++n).padStart(2, '0')}`,
          participantId: people.get(nickname) ?? null,
          nickname,
          text,
          activityId: 'soar',
          column,
        },
      });
  await append({ type: 'activity.updated', data: { activityId: 'soar', status: 'closed' } });

  await append({
    type: 'activity.opened',
    data: {
      activity: activityConfigSchema.parse({
        id: 'priorities',
        kind: 'dots',
        title: 'Nos priorités pour les trois ans à venir',
        sequenceId,
        tokens: 3,
        options: PRIORITIES,
      }),
    },
  });
  for (const [nickname, dots] of Object.entries(BALLOTS))
    await append({
      type: 'ballot.cast',
      data: { activityId: 'priorities', voter: people.get(nickname) as string, ballot: { dots } },
    });
  await append({
    type: 'activity.updated',
    data: { activityId: 'priorities', status: 'closed', resultsShown: true },
  });
}
