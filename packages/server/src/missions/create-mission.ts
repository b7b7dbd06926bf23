import { randomUUID } from 'node:crypto';
import { getMissionTemplate, instantiateTemplate, type Locale, type Mission } from '@cercle/core';
import type { Db } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { organisationLibrary } from '../methods/organisation-library.ts';
import { insertMission, type StoredMission } from './mission-store.ts';
import { validateMission } from './validate.ts';

export interface BlankMissionInput {
  title: string;
  clientName: string;
  context: string;
  startsOn: string;
  endsOn: string | null;
  locale: Locale;
}

export async function createBlankMission(
  db: Db,
  organisationId: string,
  input: BlankMissionInput,
): Promise<StoredMission> {
  const mission = validateMission(
    {
      id: randomUUID(),
      title: input.title,
      locale: input.locale,
      clientName: input.clientName,
      sponsor: '',
      context: input.context,
      goals: [],
      startsOn: input.startsOn,
      endsOn: input.endsOn ?? input.startsOn,
      status: 'draft',
      steps: [],
    },
    await organisationLibrary(db, organisationId),
  );
  return insertMission(db, organisationId, mission);
}

/** A complete mission from one of the five templates, every date shifted from `startsOn`. */
export async function createMissionFromTemplate(
  db: Db,
  organisationId: string,
  input: { templateId: string; startsOn: string; locale: Locale },
): Promise<StoredMission> {
  const template = getMissionTemplate(input.templateId);
  if (!template) throw new AppError('NOT_FOUND', `No mission template "${input.templateId}".`);
  const library = await organisationLibrary(db, organisationId);
  const mission: Mission = instantiateTemplate(template, {
    startsOn: input.startsOn,
    locale: input.locale,
    idFactory: randomUUID,
    library,
  });
  return insertMission(db, organisationId, validateMission(mission, library));
}
