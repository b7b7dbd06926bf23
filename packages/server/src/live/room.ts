/**
 * A live session as loaded in this process: its folded state, the recent
 * events (for cheap replays to reconnecting phones), and the local
 * connections to fan events out to. Events may arrive out of order from
 * other processes; the room delivers strictly in sequence and fills gaps
 * from the database.
 */
import {
  changesOpenSpaceCounts,
  foldEvents,
  LIMITS,
  type LiveEvent,
  participantView,
  type RoomState,
  revealsContributions,
  type ServerMessage,
  visibleToParticipants,
} from '@cercle/core';
import type { WebSocket } from 'ws';

export interface RoomInfo {
  id: string;
  organisationId: string;
  title: string;
  code: string;
}

/** Staff (facilitators, observers, the wall) see everything; participants see what `visibleToParticipants` allows. */
export type Audience = 'staff' | 'participant';

/** What the room needs to know of a connection to deliver to it. */
export interface RoomMember {
  socket: WebSocket;
  /** False while the connection is being welcomed; true once it follows the room live. */
  ready: boolean;
  audience: Audience;
}

/** Beyond this many buffered bytes a client is too slow; it is dropped and will catch up on reconnect. */
const MAX_BUFFERED_BYTES = 8 * 1024 * 1024;

export class Room {
  state: RoomState;
  readonly members = new Set<RoomMember>();
  private recent: LiveEvent[] = [];
  private readonly early = new Map<number, LiveEvent>();
  private gapTimer: NodeJS.Timeout | null = null;
  private presenceTimer: NodeJS.Timeout | null = null;

  constructor(
    readonly info: RoomInfo,
    initial: RoomState,
    history: LiveEvent[],
    private readonly fillGap: (room: Room) => void,
  ) {
    this.state = initial;
    this.recent = history.slice(-LIMITS.replayMaxEvents);
  }

  get seq(): number {
    return this.state.seq;
  }

  /** OS-LIVE-4/7: the Open Space counts for phones, or null when the room has no Open Space. */
  countsFrame(): Buffer | null {
    const os = this.state.openSpace;
    if (!os) return null;
    const message: ServerMessage = {
      type: 'counts',
      seq: this.seq,
      interestCounts: os.interestCounts,
      presentCounts: os.presentCounts,
    };
    return Buffer.from(JSON.stringify(message));
  }

  /** Events this room can replay from memory to a client that saw `since`, or null if too far behind. */
  replayAfter(since: number, audience: Audience): LiveEvent[] | null {
    if (since >= this.seq) return [];
    const first = this.recent[0];
    if (!first || first.seq > since + 1) return null;
    // A reveal since then widens what a phone may see: it gets a snapshot instead.
    if (audience === 'participant' && this.recent.some((e) => e.seq > since && revealsContributions(e)))
      return null;
    return this.recent.filter(
      (e) => e.seq > since && (audience === 'staff' || visibleToParticipants(e, this.state)),
    );
  }

  /**
   * Accepts events from the pub/sub in any order; delivers those that are next
   * in sequence. `published` is the JSON the events arrived as: when they are
   * delivered exactly as published, it is reused instead of serialising again.
   */
  receive(events: LiveEvent[], published?: string): void {
    for (const event of events) if (event.seq > this.seq) this.early.set(event.seq, event);
    const ready: LiveEvent[] = [];
    let next = this.seq + 1;
    let event = this.early.get(next);
    while (event) {
      this.early.delete(next);
      ready.push(event);
      event = this.early.get(++next);
    }
    if (ready.length > 0) {
      this.state = foldEvents(ready, this.state);
      const asPublished =
        published !== undefined && ready.length === events.length && ready.every((e, i) => e === events[i]);
      this.deliver(ready, asPublished ? published : undefined);
    }
    if (this.early.size > 0) this.scheduleGapFill();
  }

  private scheduleGapFill(): void {
    if (this.gapTimer) return;
    // A missing event is usually a publish still in flight from another process; give it a moment.
    this.gapTimer = setTimeout(() => {
      this.gapTimer = null;
      if (this.early.size > 0) this.fillGap(this);
    }, 50);
    this.gapTimer.unref();
  }

  private deliver(events: LiveEvent[], published: string | undefined): void {
    this.recent.push(...events);
    if (this.recent.length > LIMITS.replayMaxEvents * 2)
      this.recent = this.recent.slice(-LIMITS.replayMaxEvents);
    for (const e of events) if (e.type === 'contribution.deleted') this.eraseRecent(e.data.contributionId);
    // Serialised once per audience: the fan-out cost is one send per socket.
    const staffFrame = Buffer.from(
      published !== undefined
        ? `{"type":"events","events":${published}}`
        : JSON.stringify({ type: 'events', events } satisfies ServerMessage),
    );
    let participantFrame: Buffer | null = null;
    if (events.some(revealsContributions)) {
      // What phones may see just widened: one snapshot for all of them, serialised once.
      const snapshot: ServerMessage = { type: 'snapshot', seq: this.seq, state: participantView(this.state) };
      participantFrame = Buffer.from(JSON.stringify(snapshot));
    } else {
      const forParticipants = events.filter((e) => visibleToParticipants(e, this.state));
      if (forParticipants.length === events.length) participantFrame = staffFrame;
      else if (forParticipants.length > 0) {
        participantFrame = Buffer.from(
          JSON.stringify({ type: 'events', events: forParticipants } satisfies ServerMessage),
        );
      }
    }
    const countsFrame = events.some(changesOpenSpaceCounts) ? this.countsFrame() : null;
    for (const member of this.members) {
      if (!member.ready) continue;
      const frame = member.audience === 'staff' ? staffFrame : participantFrame;
      const counts = member.audience === 'participant' ? countsFrame : null;
      if (!frame && !counts) continue;
      if (member.socket.bufferedAmount > MAX_BUFFERED_BYTES) {
        member.socket.close(4503, 'SLOW_CONSUMER');
        continue;
      }
      if (frame) member.socket.send(frame, { binary: false });
      if (counts) member.socket.send(counts, { binary: false });
    }
  }

  /** ACT-13: replays from memory must not bring a deleted text back, as the stored log no longer does. */
  private eraseRecent(contributionId: string): void {
    this.recent = this.recent.map((e) => {
      if (e.type === 'contribution.posted' && e.data.id === contributionId) {
        const { fields: _f, anchor: _a, flagged: _g, ...data } = e.data;
        return { ...e, data: { ...data, text: '', nickname: '' } };
      }
      if (e.type === 'contribution.edited' && e.data.contributionId === contributionId) {
        const { flagged: _g, ...data } = e.data;
        return { ...e, data: { ...data, text: '' } };
      }
      return e;
    });
  }

  /** Participants connected here, told to staff at most every 500 ms (PRESENCE-1). */
  presenceChanged(): void {
    if (this.presenceTimer) return;
    this.presenceTimer = setTimeout(() => {
      this.presenceTimer = null;
      this.sendPresence();
    }, 500);
    this.presenceTimer.unref();
  }

  sendPresence(only?: RoomMember): void {
    let participants = 0;
    for (const m of this.members) if (m.audience === 'participant') participants++;
    const frame = JSON.stringify({ type: 'presence', participants } satisfies ServerMessage);
    for (const m of only ? [only] : this.members) {
      if (m.ready && m.audience === 'staff' && m.socket.readyState === m.socket.OPEN) m.socket.send(frame);
    }
  }

  dispose(): void {
    if (this.presenceTimer) clearTimeout(this.presenceTimer);
    if (this.gapTimer) clearTimeout(this.gapTimer);
  }
}
