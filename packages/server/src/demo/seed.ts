/**
 * The demo a new user meets on `npm start`: an organisation, a facilitator
 * account with a generated password (kept in DATA_DIR so it can be printed
 * at every start), the 2-day seminar mission of template (a) and an open
 * live session for its seminar, with what its first morning produced (notes and a vote), so
 * the harvest and the report have material from the first minute.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { signUp } from '../accounts/sign-up.ts';
import { newSecret } from '../accounts/tokens.ts';
import type { Db } from '../db/database.ts';
import type { LiveHub } from '../live/hub.ts';
import { openLiveSession } from '../live/open-session.ts';
import { createMissionFromTemplate } from '../missions/create-mission.ts';
import { seedDemoWorkshop } from './demo-workshop.ts';

function nextMonday(from: Date): string {
  const d = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()));
  d.setUTCDate(d.getUTCDate() + ((8 - d.getUTCDay()) % 7 || 7));
  return d.toISOString().slice(0, 10);
}

export const DEMO_EMAIL = 'demo@cercle.local';

export interface DemoCredentials {
  email: string;
  password: string;
}

export async function seedDemo(db: Db, hub: LiveHub, dataDir: string): Promise<DemoCredentials | null> {
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
  // Template (a): the 2-day strategic-project seminar, starting next Monday.
  const { mission } = await createMissionFromTemplate(db, org.id, {
    templateId: 'strategic-project-seminar',
    startsOn: nextMonday(new Date()),
    locale: 'fr',
  });
  const seminar = mission.steps.find((s) => s.workshop)?.workshop;
  const session = await openLiveSession(db, {
    organisationId: org.id,
    missionId: mission.id,
    workshopId: seminar?.id ?? null,
    title: seminar?.title ?? mission.title,
    createdBy: user.id,
  });
  await seedDemoWorkshop(db, hub, session, seminar?.sequences[0]?.id ?? null);
  const credentials = { email: DEMO_EMAIL, password };
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, JSON.stringify(credentials, null, 2), { mode: 0o600 });
  return credentials;
}
