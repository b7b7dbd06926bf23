/** Shapes of the HTTP answers described in docs/API.md (the server presents exactly these). */
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

/** Minimal until the mission design lands; extra fields are ignored. */
export interface Mission {
  id: string;
  title: string;
  clientName?: string | null;
  startsOn?: string | null;
  endsOn?: string | null;
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
}

export interface PublicSession {
  title: string;
  code: string;
  status: 'open' | 'closed';
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
