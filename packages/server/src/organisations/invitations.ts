import { hashSecret, newSecret } from '../accounts/tokens.ts';
import type { Db } from '../db/database.ts';
import type { MemberRole } from '../db/schema.ts';
import { AppError } from '../errors.ts';

const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export async function createInvitation(
  db: Db,
  input: { organisationId: string; role: MemberRole; createdBy: string },
): Promise<{ token: string; expiresAt: Date }> {
  const token = newSecret();
  const expiresAt = new Date(Date.now() + INVITATION_TTL_MS);
  await db
    .insertInto('invitations')
    .values({
      organisation_id: input.organisationId,
      token_hash: hashSecret(token),
      role: input.role,
      created_by: input.createdBy,
      expires_at: expiresAt,
      accepted_by: null,
      accepted_at: null,
    })
    .execute();
  return { token, expiresAt };
}

export async function findOpenInvitation(db: Db, token: string) {
  const row = await db
    .selectFrom('invitations as i')
    .innerJoin('organisations as o', 'o.id', 'i.organisation_id')
    .select(['i.id', 'i.organisation_id', 'i.role', 'i.expires_at', 'i.accepted_at', 'o.name'])
    .where('i.token_hash', '=', hashSecret(token))
    .executeTakeFirst();
  if (!row || row.accepted_at || new Date(row.expires_at).getTime() < Date.now())
    throw new AppError('INVITATION_INVALID');
  return row;
}

/** One link, one person: accepting consumes the invitation. */
export async function acceptInvitation(db: Db, token: string, userId: string) {
  return db.transaction().execute(async (trx) => {
    const invitation = await findOpenInvitation(trx, token);
    const existing = await trx
      .selectFrom('memberships')
      .select('role')
      .where('organisation_id', '=', invitation.organisation_id)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    if (existing) throw new AppError('ALREADY_MEMBER');
    const consumed = await trx
      .updateTable('invitations')
      .set({ accepted_by: userId, accepted_at: new Date() })
      .where('id', '=', invitation.id)
      .where('accepted_at', 'is', null)
      .executeTakeFirst();
    if (Number(consumed.numUpdatedRows) !== 1) throw new AppError('INVITATION_INVALID');
    await trx
      .insertInto('memberships')
      .values({ organisation_id: invitation.organisation_id, user_id: userId, role: invitation.role })
      .execute();
    return { id: invitation.organisation_id, name: invitation.name, role: invitation.role };
  });
}
