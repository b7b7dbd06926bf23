/**
 * Who is calling: a facilitator by session cookie, or nobody. Every
 * cookie-authenticated write must also carry the session's CSRF token in a
 * header, which a cross-site form or image cannot set.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { hashSecret, safeEqual } from '../accounts/tokens.ts';
import type { Db } from '../db/database.ts';
import { AppError } from '../errors.ts';

export const SESSION_COOKIE = 'cercle_session';
export const SESSION_TTL_MS = 14 * 24 * 60 * 60 * 1000;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  sessionId: string;
  csrfToken: string;
}

export async function findUserBySessionCookie(
  db: Db,
  cookie: string | undefined,
): Promise<CurrentUser | null> {
  if (!cookie) return null;
  const row = await db
    .selectFrom('auth_sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select(['u.id', 'u.email', 'u.name', 's.id as sessionId', 's.csrf_token', 's.expires_at'])
    .where('s.id', '=', hashSecret(cookie))
    .executeTakeFirst();
  if (!row || new Date(row.expires_at).getTime() < Date.now()) return null;
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    sessionId: row.sessionId,
    csrfToken: row.csrf_token,
  };
}

export async function currentUser(db: Db, request: FastifyRequest): Promise<CurrentUser | null> {
  return findUserBySessionCookie(db, request.cookies[SESSION_COOKIE]);
}

/** The logged-in facilitator, with the CSRF check for writes. */
export async function requireUser(db: Db, request: FastifyRequest): Promise<CurrentUser> {
  const user = await currentUser(db, request);
  if (!user) throw new AppError('UNAUTHENTICATED');
  if (!SAFE_METHODS.has(request.method)) {
    const header = request.headers['x-csrf-token'];
    if (typeof header !== 'string' || !safeEqual(header, user.csrfToken)) throw new AppError('CSRF_FAILED');
  }
  return user;
}

export function setSessionCookie(reply: FastifyReply, value: string, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, value, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    maxAge: SESSION_TTL_MS / 1000,
  });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure });
}
