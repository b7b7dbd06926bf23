/**
 * The Open Space (Forum Ouvert) model: topics proposed on the marketplace become sessions,
 * placed on an agenda wall of time slots × spaces. Plain data, no I/O; rules in SPEC.md.
 */

/** A topic proposed on the marketplace; its proposer convenes it (the facilitator may edit). */
export interface OpenSpaceSession {
  id: string;
  title: string;
  convenerId: string;
  description?: string;
}

/** Open Space calls them topics until they are on the wall; the data is the same. */
export type Topic = OpenSpaceSession;

/** A column of the agenda wall. `start`/`end` are display data (e.g. `10:30`), never used to schedule. */
export interface TimeSlot {
  id: string;
  label: string;
  start?: string;
  end?: string;
}

/** A room or a corner, with the number of people it holds. */
export interface BreakoutSpace {
  id: string;
  name: string;
  capacity: number;
}

/** participantId → the sessions they marked as interesting. */
export type Interests = Readonly<Record<string, readonly string[]>>;

/** One card on the wall: a session in a cell (slot × space). */
export interface Placement {
  sessionId: string;
  slotId: string;
  spaceId: string;
}

/** The wall: at most one placement per session and per cell. */
export type OpenSpaceAgenda = readonly Placement[];

/** A rule ID from `openspace/SPEC.md`, so the UI can explain a flag and tests can name it. */
export type OpenSpaceRule = `OS-${number}`;

/** A problem on the wall, for the facilitator: errors break a hard rule, warnings cost people. */
export interface AgendaFlag {
  rule: OpenSpaceRule;
  severity: 'error' | 'warning';
  sessionIds: string[];
  message: string;
  slotId?: string;
  /** How many people or placements the flag is about (conflicts, overflow). */
  count?: number;
}
