/** Shapes of the HTTP answers described in docs/API.md (the server presents exactly these). */
import type {
  Locale,
  Localized,
  Mission as MissionDocument,
  MissionStatus,
  MissionStepKind,
  MissionStepStatus,
} from '@cercle/core';

export type OrgRole = 'owner' | 'facilitator' | 'observer';

export interface User {
  id: string;
  email: string;
  name: string;
}

export interface Me {
  user: User;
  csrfToken: string;
  memberships: { organisation: { id: string; name: string }; role: OrgRole }[];
}

export interface Organisation {
  id: string;
  name: string;
  role: OrgRole;
}

export interface Member {
  userId: string;
  name: string;
  email: string;
  role: OrgRole;
  joinedAt: string;
}

export interface Invitation {
  token: string;
  url: string;
  role: OrgRole;
  expiresAt: string;
}

export interface InvitationPreview {
  organisationName: string;
  role: OrgRole;
  expiresAt: string;
}

/** A line of `GET …/missions` (MissionSummary in docs/API.md). */
export interface Mission {
  id: string;
  title: string;
  clientName?: string | null;
  startsOn?: string | null;
  endsOn?: string | null;
  status?: MissionStatus;
  locale?: Locale;
  version?: number;
  updatedAt?: string;
}

/** `{mission, version, warnings}`: every mission route answers this. */
export interface MissionAnswer {
  mission: MissionDocument;
  version: number;
  warnings?: Record<string, ServerWarning[]>;
}

export interface ServerWarning {
  rule: string;
  severity: 'warning' | 'info';
  sequenceId?: string;
  day?: number;
  params: Record<string, string | number>;
  message: string;
}

export interface MissionTemplateSummary {
  id: string;
  title: Localized;
  summary: Localized;
  /** docs/API.md says `durationDays`; early servers send `lengthDays`. */
  durationDays?: number;
  lengthDays?: number;
  workshops: number;
  participants?: number;
}

export interface DashboardStep {
  id: string;
  kind: MissionStepKind;
  title: string;
  startsOn: string;
  endsOn: string;
  status: MissionStepStatus;
  expectedParticipants: number | null;
  registeredParticipants: number | null;
  workshopId?: string | null;
  liveSessions: { id: string; code: string; status: 'open' | 'closed' }[];
}

export interface LiveSession {
  id: string;
  organisationId: string;
  missionId: string | null;
  title: string;
  code: string;
  status: 'open' | 'closed';
  joinUrl: string;
  createdAt: string;
  participantCount: number;
  /** JOIN-1: what everyone who joins is asked (absent from older servers). */
  joinQuestions?: JoinQuestion[];
}

export interface PublicSession {
  title: string;
  code: string;
  status: 'open' | 'closed';
  joinQuestions?: JoinQuestion[];
}

export interface JoinQuestion {
  key: string;
  label: string;
  /** Empty: free text. */
  options: string[];
  required: boolean;
}

export interface Participant {
  id: string;
  nickname: string;
}

export interface JoinAnswer {
  participant: Participant;
  token: string;
  sessionId: string;
}
