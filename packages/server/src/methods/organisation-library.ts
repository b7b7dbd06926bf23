/** The method library an organisation designs with: the built-in methods plus its own. */
import { createMethodLibrary, METHOD_LIBRARY, type Method, type MethodLibrary } from '@cercle/core';
import type { Db } from '../db/database.ts';

export async function organisationMethods(db: Db, organisationId: string): Promise<Method[]> {
  const rows = await db
    .selectFrom('organisation_methods')
    .select('method')
    .where('organisation_id', '=', organisationId)
    .orderBy('created_at')
    .execute();
  return rows.map((r) => r.method as Method);
}

export async function organisationLibrary(db: Db, organisationId: string): Promise<MethodLibrary> {
  return createMethodLibrary([...METHOD_LIBRARY.methods, ...(await organisationMethods(db, organisationId))]);
}
