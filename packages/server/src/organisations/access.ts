/**
 * Organisation scoping. Non-members get 404 (an organisation they are not in
 * does not exist for them); members whose role is too weak get 403.
 */
import type { FastifyRequest } from 'fastify';
import type { Db } from '../db/database.ts';
import type { MemberRole } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { type CurrentUser, requireUser } from '../http/auth.ts';
import { findRole } from '../live/lookups.ts';

/** read: any member; write: owners and facilitators; manage: owners (members, invitations). */
export type Need = 'read' | 'write' | 'manage';

const ALLOWED: Record<Need, ReadonlySet<MemberRole>> = {
  read: new Set(['owner', 'facilitator', 'observer']),
  write: new Set(['owner', 'facilitator']),
  manage: new Set(['owner']),
};

export interface Member {
  user: CurrentUser;
  role: MemberRole;
}

export async function requireMember(
  db: Db,
  request: FastifyRequest,
  organisationId: string,
  need: Need,
): Promise<Member> {
  const user = await requireUser(db, request);
  const role = (await findRole(db, organisationId, user.id)) as MemberRole | undefined;
  if (!role) throw new AppError('NOT_FOUND');
  if (!ALLOWED[need].has(role)) throw new AppError('FORBIDDEN');
  return { user, role };
}
