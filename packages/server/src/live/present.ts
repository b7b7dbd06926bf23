import type { Config } from '../config.ts';
import type { SessionRow } from './lookups.ts';

export function presentSession(config: Config, s: SessionRow, participantCount: number) {
  return {
    id: s.id,
    organisationId: s.organisationId,
    missionId: s.missionId,
    workshopId: s.workshopId,
    title: s.title,
    code: s.code,
    status: s.status,
    joinUrl: joinUrl(config, s.code),
    createdAt: new Date(s.createdAt).toISOString(),
    participantCount,
    joinQuestions: s.joinQuestions,
  };
}

export const joinUrl = (config: Config, code: string) => `${config.publicUrl}/join/${code}`;
