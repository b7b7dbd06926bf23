/**
 * A mission from the management-seminar template whose first workshop was run live: a
 * facilitator socket opens a notes activity tied to the first sequence, phones write the notes
 * given, one at a time (so the order written is the order given).
 */
import { expect } from 'vitest';
import type { ApiClient } from './client.ts';
import { uniqueAddress } from './client.ts';
import type { Harness } from './harness.ts';
import { LiveClient } from './live-client.ts';

export interface LiveMission {
  mission: {
    id: string;
    title: string;
    steps: { workshop?: { id: string; title: string; sequences: { id: string; title: string }[] } }[];
  };
  workshop: { id: string; title: string; sequences: { id: string; title: string }[] };
  sequence: { id: string; title: string };
  session: { id: string; code: string };
  /** The facilitator's socket, still open (close it when done). */
  facilitator: LiveClient;
  phones: Map<string, LiveClient>;
}

export async function missionRunLive(
  h: Harness,
  base: string,
  owner: ApiClient,
  orgId: string,
  notes: readonly (readonly [string, string])[],
): Promise<LiveMission> {
  const created = await owner.post(`/api/organisations/${orgId}/missions/from-template`, {
    templateId: 'management-seminar',
    startsOn: '2027-01-04',
    locale: 'fr',
  });
  expect(created.statusCode).toBe(201);
  const mission = created.json().mission as LiveMission['mission'];
  const workshop = mission.steps.find((s) => s.workshop)?.workshop as LiveMission['workshop'];
  const sequence = workshop.sequences[0] as LiveMission['sequence'];
  const opened = await owner.post(
    `/api/organisations/${orgId}/missions/${mission.id}/workshops/${workshop.id}/live-sessions`,
  );
  expect(opened.statusCode).toBe(201);
  const session = opened.json().session as { id: string; code: string };

  const facilitator = new LiveClient(base, { cookie: owner.cookie as string });
  await facilitator.opened();
  facilitator.send({ type: 'hello', sessionId: session.id, since: 0 });
  await facilitator.until((c) => c.find('welcome')[0]);
  facilitator.send({
    type: 'submit',
    id: 'open-findings',
    action: {
      kind: 'activity.open',
      activity: {
        id: 'findings',
        kind: 'contributions',
        title: 'Constats',
        sequenceId: sequence.id,
        private: false,
      },
    },
  });
  await facilitator.until((c) => c.find('ack')[0]);
  const phones = new Map<string, LiveClient>();
  for (const [i, [nickname, text]] of notes.entries()) {
    let phone = phones.get(nickname);
    if (!phone) {
      const joined = await h.app.inject({
        method: 'POST',
        url: `/api/join/${session.code}`,
        payload: { nickname },
        remoteAddress: uniqueAddress(),
      });
      phone = new LiveClient(base);
      await phone.opened();
      phone.send({ type: 'hello', token: joined.json().token, since: 0 });
      await phone.until((c) => c.find('welcome')[0]);
      phones.set(nickname, phone);
    }
    const id = `note-number-${i}`;
    phone.send({ type: 'submit', id, action: { kind: 'contribution.post', text, activityId: 'findings' } });
    await phone.until((c) => c.find('ack').some((a) => a.id === id));
  }
  return { mission, workshop, sequence, session, facilitator, phones };
}
