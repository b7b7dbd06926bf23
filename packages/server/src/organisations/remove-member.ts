import type { Db } from '../db/database.ts';
import { AppError } from '../errors.ts';

/** Removes a member; an organisation always keeps at least one owner. */
export async function removeMember(db: Db, organisationId: string, userId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const owners = await trx
      .selectFrom('memberships')
      .select(['user_id'])
      .where('organisation_id', '=', organisationId)
      .where('role', '=', 'owner')
      .forUpdate()
      .execute();
    const target = await trx
      .selectFrom('memberships')
      .select('role')
      .where('organisation_id', '=', organisationId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    if (!target) throw new AppError('NOT_FOUND');
    if (target.role === 'owner' && owners.length <= 1) throw new AppError('LAST_OWNER');
    await trx
      .deleteFrom('memberships')
      .where('organisation_id', '=', organisationId)
      .where('user_id', '=', userId)
      .execute();
  });
}
