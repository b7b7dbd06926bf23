import { randomInt } from 'node:crypto';
import { generateJoinCode } from '@cercle/core';
import type { Db } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { findSessionById, type SessionRow } from './lookups.ts';

/** Opens a live session with a fresh join code (retrying on the rare collision). */
export async function openLiveSession(
  db: Db,
  input: {
    organisationId: string;
    title: string;
    missionId: string | null;
    workshopId?: string | null;
    createdBy: string;
  },
): Promise<SessionRow> {
  if (input.missionId) {
    const mission = await db
      .selectFrom('missions')
      .select('id')
      .where('id', '=', input.missionId)
      .where('organisation_id', '=', input.organisationId)
      .executeTakeFirst();
    if (!mission) throw new AppError('NOT_FOUND', 'No such mission in this organisation.');
  }
  for (let attempt = 0; attempt < 8; attempt++) {
    const code = generateJoinCode(randomInt);
    const row = await db
      .insertInto('live_sessions')
      .values({
        organisation_id: input.organisationId,
        mission_id: input.missionId,
        workshop_id: input.workshopId ?? null,
        title: input.title,
        join_code: code,
        created_by: input.createdBy,
      })
      .onConflict((oc) => oc.column('join_code').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (row) return (await findSessionById(db, row.id)) as SessionRow;
  }
  throw new Error('could not allocate a join code');
}
