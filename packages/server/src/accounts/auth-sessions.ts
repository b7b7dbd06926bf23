import type { Db } from '../db/database.ts';
import { SESSION_TTL_MS } from '../http/auth.ts';
import { hashSecret, newSecret } from './tokens.ts';

/** Opens a login session; returns the cookie value (only its hash is stored) and the CSRF token. */
export async function createAuthSession(
  db: Db,
  userId: string,
): Promise<{ cookie: string; csrfToken: string }> {
  const cookie = newSecret();
  const csrfToken = newSecret(24);
  await db
    .insertInto('auth_sessions')
    .values({
      id: hashSecret(cookie),
      user_id: userId,
      csrf_token: csrfToken,
      expires_at: new Date(Date.now() + SESSION_TTL_MS),
    })
    .execute();
  return { cookie, csrfToken };
}

export async function destroyAuthSession(db: Db, sessionId: string): Promise<void> {
  await db.deleteFrom('auth_sessions').where('id', '=', sessionId).execute();
}
