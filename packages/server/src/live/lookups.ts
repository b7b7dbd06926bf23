/** Database lookups the hub and the live routes share. */
import { createHash } from 'node:crypto';
import type { JoinQuestion, Role } from '@cercle/core';
import { sql } from 'kysely';
import { hashSecret } from '../accounts/tokens.ts';
import type { Db } from '../db/database.ts';
import { AppError } from '../errors.ts';

export interface SessionRow {
  id: string;
  organisationId: string;
  missionId: string | null;
  workshopId: string | null;
  title: string;
  code: string;
  status: 'open' | 'closed';
  createdAt: Date;
  joinQuestions: JoinQuestion[];
}

const sessionColumns = [
  'live_sessions.id',
  'live_sessions.organisation_id as organisationId',
  'live_sessions.mission_id as missionId',
  'live_sessions.workshop_id as workshopId',
  'live_sessions.title',
  'live_sessions.join_code as code',
  'live_sessions.status',
  'live_sessions.created_at as createdAt',
  sql<JoinQuestion[]>`live_sessions.join_questions`.as('joinQuestions'),
] as const;

export async function findSessionById(db: Db, id: string): Promise<SessionRow | undefined> {
  return db.selectFrom('live_sessions').select(sessionColumns).where('id', '=', id).executeTakeFirst();
}

/** A session of this organisation, or NOT_FOUND (another organisation's session looks like none). */
export async function sessionInOrg(db: Db, orgId: string, sessionId: string): Promise<SessionRow> {
  const session = await findSessionById(db, sessionId);
  if (!session || session.organisationId !== orgId) throw new AppError('NOT_FOUND');
  return session;
}

export async function findSessionByCode(db: Db, code: string): Promise<SessionRow | undefined> {
  return db
    .selectFrom('live_sessions')
    .select(sessionColumns)
    .where('join_code', '=', code)
    .executeTakeFirst();
}

export interface ParticipantWithSession {
  participant: { id: string; nickname: string };
  /** Stable and opaque: derived from the token's hash, which no API exposes (anonymous activities). */
  anonymousKey: string;
  session: SessionRow;
}

export async function findParticipantByToken(
  db: Db,
  token: string,
): Promise<ParticipantWithSession | undefined> {
  const row = await db
    .selectFrom('participants')
    .innerJoin('live_sessions', 'live_sessions.id', 'participants.live_session_id')
    .select([
      ...sessionColumns,
      'participants.id as participantId',
      'participants.nickname',
      'participants.token_hash as tokenHash',
    ])
    .where('participants.token_hash', '=', hashSecret(token))
    .executeTakeFirst();
  if (!row) return undefined;
  const { participantId, nickname, tokenHash: _hash, ...session } = row;
  return {
    participant: { id: participantId, nickname },
    session,
    anonymousKey: anonymousKeyOf(row.tokenHash),
  };
}

export async function findRole(db: Db, organisationId: string, userId: string): Promise<Role | undefined> {
  const row = await db
    .selectFrom('memberships')
    .select('role')
    .where('organisation_id', '=', organisationId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row?.role;
}

export function anonymousKeyOf(tokenHash: string): string {
  return `anon-${createHash('sha256').update(`anonymous:${tokenHash}`).digest('base64url').slice(0, 22)}`;
}
