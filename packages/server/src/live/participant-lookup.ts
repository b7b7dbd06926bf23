/**
 * Resolves participant tokens for socket hellos in batches: after a restart
 * or a venue Wi-Fi blip, hundreds of phones reconnect within milliseconds,
 * and one `IN (…)` query per event-loop turn replaces hundreds of queries.
 */
import type { JoinQuestion } from '@cercle/core';
import { sql } from 'kysely';
import { hashSecret } from '../accounts/tokens.ts';
import type { Db } from '../db/database.ts';
import { anonymousKeyOf, type ParticipantWithSession } from './lookups.ts';

interface Waiter {
  resolve: (found: ParticipantWithSession | undefined) => void;
  reject: (error: unknown) => void;
}

const MAX_BATCH = 1_000;

export class ParticipantLookup {
  private pending = new Map<string, Waiter[]>();
  private scheduled = false;

  constructor(private readonly db: Db) {}

  find(token: string): Promise<ParticipantWithSession | undefined> {
    const hash = hashSecret(token);
    return new Promise((resolve, reject) => {
      const list = this.pending.get(hash);
      if (list) list.push({ resolve, reject });
      else this.pending.set(hash, [{ resolve, reject }]);
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    this.scheduled = false;
    const batch = this.pending;
    this.pending = new Map();
    const hashes = [...batch.keys()];
    for (let i = 0; i < hashes.length; i += MAX_BATCH) {
      const slice = hashes.slice(i, i + MAX_BATCH);
      let rows: Awaited<ReturnType<typeof this.query>>;
      try {
        rows = await this.query(slice);
      } catch (err) {
        // Not "unknown token" (which would tell phones to give up): the hello fails, the socket
        // closes with 4503 and the phone reconnects.
        for (const h of slice) for (const w of batch.get(h) ?? []) w.reject(err);
        continue;
      }
      const byHash = new Map(rows.map((r) => [r.token_hash, r]));
      for (const h of slice) {
        const row = byHash.get(h);
        const found: ParticipantWithSession | undefined = row && {
          participant: { id: row.participantId, nickname: row.nickname },
          anonymousKey: anonymousKeyOf(row.token_hash),
          session: {
            id: row.id,
            organisationId: row.organisationId,
            missionId: row.missionId,
            workshopId: row.workshopId,
            title: row.title,
            code: row.code,
            status: row.status,
            createdAt: row.createdAt,
            joinQuestions: row.joinQuestions,
          },
        };
        for (const w of batch.get(h) ?? []) w.resolve(found);
      }
    }
  }

  private query(hashes: string[]) {
    return this.db
      .selectFrom('participants')
      .innerJoin('live_sessions', 'live_sessions.id', 'participants.live_session_id')
      .select([
        'participants.token_hash',
        'participants.id as participantId',
        'participants.nickname',
        'live_sessions.id',
        'live_sessions.organisation_id as organisationId',
        'live_sessions.mission_id as missionId',
        'live_sessions.workshop_id as workshopId',
        'live_sessions.title',
        'live_sessions.join_code as code',
        'live_sessions.status',
        'live_sessions.created_at as createdAt',
        sql<JoinQuestion[]>`live_sessions.join_questions`.as('joinQuestions'),
      ])
      .where('participants.token_hash', 'in', hashes)
      .execute();
  }
}
