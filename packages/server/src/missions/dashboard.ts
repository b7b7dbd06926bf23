/** The mission's timeline with, for each workshop, its live sessions and who registered. */
import type { Mission } from '@cercle/core';
import type { Db } from '../db/database.ts';

export async function missionDashboard(db: Db, organisationId: string, mission: Mission) {
  const sessions = await db
    .selectFrom('live_sessions')
    .leftJoin('participants', 'participants.live_session_id', 'live_sessions.id')
    .select((eb) => [
      'live_sessions.id',
      'live_sessions.workshop_id',
      'live_sessions.join_code',
      'live_sessions.status',
      eb.fn.count<string>('participants.id').as('participants'),
    ])
    .where('live_sessions.organisation_id', '=', organisationId)
    .where('live_sessions.mission_id', '=', mission.id)
    .groupBy([
      'live_sessions.id',
      'live_sessions.workshop_id',
      'live_sessions.join_code',
      'live_sessions.status',
    ])
    .orderBy('live_sessions.created_at')
    .execute();
  return {
    steps: mission.steps.map((step) => {
      const own = step.workshop ? sessions.filter((s) => s.workshop_id === step.workshop?.id) : [];
      return {
        id: step.id,
        kind: step.kind,
        title: step.title,
        startsOn: step.startsOn,
        endsOn: step.endsOn,
        status: step.status,
        expectedParticipants: step.workshop?.expectedParticipants ?? step.expectedParticipants,
        registeredParticipants: step.workshop ? own.reduce((n, s) => n + Number(s.participants), 0) : null,
        workshopId: step.workshop?.id ?? null,
        liveSessions: own.map((s) => ({ id: s.id, code: s.join_code, status: s.status })),
      };
    }),
  };
}
