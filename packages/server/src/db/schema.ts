/** Kysely table types; kept in step with the migrations in ./migrations. */
import type { TablePlace } from '@cercle/core';
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type MemberRole = 'owner' | 'facilitator' | 'observer';

export interface UsersTable {
  id: Generated<string>;
  email: string;
  name: string;
  password_hash: string;
  created_at: Timestamp;
}

export interface AuthSessionsTable {
  /** sha256 of the cookie value: a database leak does not hand out sessions. */
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: Timestamp;
  expires_at: Timestamp;
}

export interface OrganisationsTable {
  id: Generated<string>;
  name: string;
  created_at: Timestamp;
}

export interface MembershipsTable {
  organisation_id: string;
  user_id: string;
  role: MemberRole;
  created_at: Timestamp;
}

export interface InvitationsTable {
  id: Generated<string>;
  organisation_id: string;
  token_hash: string;
  role: MemberRole;
  created_by: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  accepted_by: string | null;
  accepted_at: Timestamp | null;
}

export interface MissionsTable {
  id: string;
  organisation_id: string;
  title: string;
  client_name: string;
  context: string;
  starts_on: ColumnType<Date, string, string>;
  ends_on: ColumnType<Date, string, string>;
  status: 'draft' | 'active' | 'completed' | 'archived';
  /** The whole `Mission` of @cercle/core: steps, workshops, runs of show. */
  document: ColumnType<unknown, string, string>;
  version: Generated<number>;
  locale: 'fr' | 'en';
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface OrganisationMethodsTable {
  organisation_id: string;
  id: string;
  /** A `Method` of @cercle/core, bilingual like the built-in library. */
  method: ColumnType<unknown, string, string>;
  created_by: string | null;
  created_at: Timestamp;
}

export interface LiveSessionsTable {
  id: Generated<string>;
  organisation_id: string;
  mission_id: string | null;
  /** The workshop (inside the mission document) this session runs. */
  workshop_id: Generated<string | null>;
  title: string;
  join_code: string;
  status: Generated<'open' | 'closed'>;
  /** Highest sequence allocated in this room's event log. */
  last_seq: Generated<string>;
  created_by: string;
  created_at: Timestamp;
  /** `JoinQuestion[]` of @cercle/core. */
  join_questions: ColumnType<unknown, string | undefined, string>;
}

export interface ParticipantsTable {
  id: Generated<string>;
  live_session_id: string;
  nickname: string;
  token_hash: string;
  created_at: Timestamp;
  /** Answers to the session's join questions: question key → answer. */
  attributes: ColumnType<Record<string, string>, string | undefined, string>;
}

export interface LiveDocumentsTable {
  id: Generated<string>;
  live_session_id: string;
  title: string;
  source: 'text' | 'pdf';
  body: string;
  created_by: string;
  created_at: Timestamp;
}

export interface HarvestClustersTable {
  id: Generated<string>;
  mission_id: string;
  name: string;
  origin: 'hand' | 'suggested';
  key_terms: ColumnType<string[], string | undefined, string>;
  position: Generated<number>;
  created_at: Timestamp;
}

export interface HarvestMarksTable {
  mission_id: string;
  item_key: string;
  tags: ColumnType<string[], string | undefined, string>;
  cluster_id: string | null;
  duplicate_of: string | null;
  verbatim: Generated<boolean>;
  updated_at: Timestamp;
}

export interface LiveEventsTable {
  live_session_id: string;
  seq: string;
  type: string;
  data: ColumnType<unknown, string, string>;
  /** `<author id>:<client id>`; unique per room so a resent submission is a no-op. */
  submission_key: string | null;
  created_at: Timestamp;
}

export type PhotoKind = 'graphic-recording' | 'flipchart' | 'sticky-notes' | 'other';

export interface MissionPhotosTable {
  id: Generated<string>;
  organisation_id: string;
  mission_id: string;
  /** A workshop (and one of its sequences) inside the mission document, when known. */
  workshop_id: string | null;
  sequence_id: string | null;
  kind: PhotoKind;
  caption: Generated<string>;
  /** The uploaded file's name, sanitised, shown to people only: never a path on disk. */
  original_name: Generated<string>;
  content_type: 'image/jpeg';
  width: number;
  height: number;
  /** Re-encoded by the server, metadata (GPS, EXIF) stripped. */
  image: Buffer;
  thumbnail: Buffer;
  uploaded_by: string;
  created_at: Timestamp;
  recognised_at: Timestamp | null;
  /** The table and round of a live session's groups it was taken at (GROUPS-LIVE-7). */
  place: ColumnType<TablePlace | null, string | null | undefined, string | null>;
}

export interface PhotoDraftsTable {
  id: Generated<string>;
  photo_id: string;
  position: number;
  /** As corrected by a facilitator; starts as `recognised_text`. */
  text: string;
  recognised_text: string;
  /** Tesseract's mean word confidence, 0–100. */
  confidence: number;
  /** Where on the stored image: `{x0, y0, x1, y1}` in pixels. */
  box: ColumnType<{ x0: number; y0: number; x1: number; y1: number }, string, string>;
  status: Generated<'draft' | 'accepted' | 'rejected'>;
  reviewed_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** A photo taken from a phone for an Open Space session report (OS-LIVE-8). */
export interface SessionPhotosTable {
  id: Generated<string>;
  live_session_id: string;
  /** Who took it; null once that participant is gone. */
  participant_id: string | null;
  content_type: 'image/jpeg';
  width: number;
  height: number;
  /** Re-encoded by the server, metadata (GPS, EXIF) stripped. */
  image: Buffer;
  thumbnail: Buffer;
  created_at: Timestamp;
}

export interface Database {
  users: UsersTable;
  auth_sessions: AuthSessionsTable;
  organisations: OrganisationsTable;
  memberships: MembershipsTable;
  invitations: InvitationsTable;
  missions: MissionsTable;
  organisation_methods: OrganisationMethodsTable;
  live_sessions: LiveSessionsTable;
  participants: ParticipantsTable;
  live_events: LiveEventsTable;
  live_documents: LiveDocumentsTable;
  harvest_clusters: HarvestClustersTable;
  harvest_marks: HarvestMarksTable;
  mission_photos: MissionPhotosTable;
  photo_drafts: PhotoDraftsTable;
  session_photos: SessionPhotosTable;
}
