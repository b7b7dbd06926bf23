/**
 * The demo a new user meets on `npm start`: an organisation, a facilitator
 * account with a generated password (kept in DATA_DIR so it can be printed
 * at every start), a mission and an open live session.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { signUp } from '../accounts/sign-up.ts';
import { newSecret } from '../accounts/tokens.ts';
import type { Db } from '../db/database.ts';
import { openLiveSession } from '../live/open-session.ts';
import { createMission } from '../missions/routes.ts';

export const DEMO_EMAIL = 'demo@cercle.local';

export interface DemoCredentials {
  email: string;
  password: string;
}

export async function seedDemo(db: Db, dataDir: string): Promise<DemoCredentials | null> {
  const file = join(dataDir, 'demo-credentials.json');
  const existing = await db
    .selectFrom('users')
    .select('id')
    .where('email', '=', DEMO_EMAIL)
    .executeTakeFirst();
  if (existing) {
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as DemoCredentials) : null;
  }
  const password = newSecret(12);
  const user = await signUp(db, { email: DEMO_EMAIL, password, name: 'Camille Démo' });
  const org = await db
    .insertInto('organisations')
    .values({ name: 'Cabinet Démo' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('memberships')
    .values({ organisation_id: org.id, user_id: user.id, role: 'owner' })
    .execute();
  const mission = await createMission(db, org.id, {
    title: 'Réécriture du projet stratégique associatif',
    clientName: 'Association Horizons Solidaires',
    context:
      'Séminaire de 2 jours avec 18 cadres et administrateurs pour réécrire le projet stratégique 2027–2031 : ' +
      'interviews croisées (Appreciative Inquiry), World Café, Lire-Discuter-Appliquer, Forum Ouvert, ' +
      'petits groupes, plénières et facilitation graphique.',
    startsOn: null,
    endsOn: null,
  });
  await openLiveSession(db, {
    organisationId: org.id,
    missionId: mission.id,
    title: 'Jour 1 — Ouverture : ce qui nous rend fiers',
    createdBy: user.id,
  });
  const credentials = { email: DEMO_EMAIL, password };
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, JSON.stringify(credentials, null, 2), { mode: 0o600 });
  return credentials;
}
