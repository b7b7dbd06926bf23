/**
 * The portable mission archive: the document plus the organisation methods it
 * uses, in a versioned format another Cercle (embedded or PostgreSQL) imports.
 * Import is all or nothing and always lands in the importing organisation
 * under a new mission id, whatever the archive says.
 */
import { randomUUID } from 'node:crypto';
import { createMethodLibrary, METHOD_LIBRARY, type Method, type Mission } from '@cercle/core';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { organisationMethods } from '../methods/organisation-library.ts';
import { insertMission, type StoredMission } from './mission-store.ts';
import { validateMission } from './validate.ts';

export const ARCHIVE_FORMAT = 'cercle.mission';
export const ARCHIVE_FORMAT_VERSION = 1;

export interface MissionArchive {
  format: typeof ARCHIVE_FORMAT;
  formatVersion: number;
  exportedAt: string;
  mission: Mission;
  methods: Method[];
}

export async function buildArchive(
  db: Db,
  organisationId: string,
  mission: Mission,
): Promise<MissionArchive> {
  const used = new Set(mission.steps.flatMap((s) => s.workshop?.sequences.map((q) => q.methodId) ?? []));
  const methods = (await organisationMethods(db, organisationId)).filter((m) => used.has(m.id));
  return {
    format: ARCHIVE_FORMAT,
    formatVersion: ARCHIVE_FORMAT_VERSION,
    exportedAt: new Date().toISOString(),
    mission,
    methods,
  };
}

const envelope = z.object({
  format: z.string(),
  formatVersion: z.number().int(),
  mission: z.unknown(),
  methods: z.array(z.unknown()).max(200).default([]),
});

/** Just enough shape to trust a method from an archive; its steps are re-validated through the mission's sequences. */
const methodShape = z.looseObject({
  id: z.string().regex(/^[A-Za-z0-9_.:-]{1,100}$/, 'methods[].id must be a simple identifier'),
  name: z.object({ fr: z.string().min(1).max(200), en: z.string().min(1).max(200) }),
  steps: z
    .array(z.looseObject({ key: z.string(), durationMinutes: z.number().int().min(1).max(600) }))
    .min(1)
    .max(50),
});

export async function importArchive(
  db: Db,
  organisationId: string,
  userId: string,
  input: unknown,
): Promise<StoredMission> {
  const parsed = envelope.safeParse(input);
  if (!parsed.success)
    throw new AppError('ARCHIVE_UNSUPPORTED', 'This file is not a Cercle mission archive.');
  const archive = parsed.data;
  if (archive.format !== ARCHIVE_FORMAT)
    throw new AppError('ARCHIVE_UNSUPPORTED', `Unknown format "${archive.format}".`);
  if (archive.formatVersion > ARCHIVE_FORMAT_VERSION) {
    throw new AppError(
      'ARCHIVE_UNSUPPORTED',
      `This archive uses format version ${archive.formatVersion}; this Cercle reads up to ${ARCHIVE_FORMAT_VERSION}. Update Cercle to import it.`,
    );
  }
  const methods: Method[] = archive.methods.map((m, i) => {
    const ok = methodShape.safeParse(m);
    if (!ok.success) {
      const issue = ok.error.issues[0];
      throw new AppError('VALIDATION_FAILED', `methods.${i}.${issue?.path.join('.')}: ${issue?.message}`);
    }
    if (METHOD_LIBRARY.has(ok.data.id))
      throw new AppError('VALIDATION_FAILED', `methods.${i}.id: "${ok.data.id}" is a built-in method`);
    return m as Method;
  });
  const existing = await organisationMethods(db, organisationId);
  const library = createMethodLibrary([
    ...METHOD_LIBRARY.methods,
    ...existing.filter((m) => !methods.some((n) => n.id === m.id)),
    ...methods,
  ]);
  // A new id in this organisation: an archive cannot overwrite or reach anyone's mission.
  const mission = validateMission({ ...(archive.mission as object), id: randomUUID() }, library);
  return db.transaction().execute(async (trx) => {
    for (const method of methods) {
      await trx
        .insertInto('organisation_methods')
        .values({
          organisation_id: organisationId,
          id: method.id,
          method: JSON.stringify(method),
          created_by: userId,
        })
        .onConflict((oc) =>
          oc.columns(['organisation_id', 'id']).doUpdateSet({ method: JSON.stringify(method) }),
        )
        .execute();
    }
    return insertMission(trx, organisationId, mission);
  });
}
