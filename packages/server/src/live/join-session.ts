import { hashSecret, newSecret } from '../accounts/tokens.ts';
import type { Db } from '../db/database.ts';
import type { SessionRow } from './lookups.ts';

/**
 * A participant joins with a nickname and the answers to the session's join
 * questions (department, role…), nothing else. The token is the participant's
 * only credential, kept on their device; we store its hash, and nothing
 * about the device or its address.
 */
export async function joinSession(
  db: Db,
  session: SessionRow,
  nickname: string,
  attributes: Record<string, string> = {},
) {
  const token = newSecret();
  const participant = await db
    .insertInto('participants')
    .values({
      live_session_id: session.id,
      nickname,
      token_hash: hashSecret(token),
      attributes: JSON.stringify(attributes),
    })
    .returning(['id', 'nickname'])
    .executeTakeFirstOrThrow();
  return { participant, token, sessionId: session.id };
}
