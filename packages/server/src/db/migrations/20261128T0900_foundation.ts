import { type Kysely, sql } from 'kysely';

// Plain SQL, PostgreSQL 15 compatible (PGlite is 18, production may be 15).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE users (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      email text NOT NULL,
      name text NOT NULL,
      password_hash text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX users_email_key ON users (lower(email));

    CREATE TABLE auth_sessions (
      id text PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      csrf_token text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL
    );
    CREATE INDEX auth_sessions_user_idx ON auth_sessions (user_id);

    CREATE TABLE organisations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE memberships (
      organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      role text NOT NULL CHECK (role IN ('owner', 'facilitator', 'observer')),
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (organisation_id, user_id)
    );
    CREATE INDEX memberships_user_idx ON memberships (user_id);

    CREATE TABLE invitations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
      token_hash text NOT NULL UNIQUE,
      role text NOT NULL CHECK (role IN ('owner', 'facilitator', 'observer')),
      created_by uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      accepted_by uuid REFERENCES users(id) ON DELETE SET NULL,
      accepted_at timestamptz
    );

    CREATE TABLE missions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
      title text NOT NULL,
      client_name text NOT NULL DEFAULT '',
      context text NOT NULL DEFAULT '',
      starts_on date,
      ends_on date,
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'active', 'done')),
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX missions_org_idx ON missions (organisation_id);

    CREATE TABLE live_sessions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
      mission_id uuid REFERENCES missions(id) ON DELETE SET NULL,
      title text NOT NULL,
      join_code text NOT NULL UNIQUE,
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
      last_seq bigint NOT NULL DEFAULT 0,
      created_by uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX live_sessions_org_idx ON live_sessions (organisation_id);

    -- Pseudonymous by design: no IP address, no user agent.
    CREATE TABLE participants (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      live_session_id uuid NOT NULL REFERENCES live_sessions(id) ON DELETE CASCADE,
      nickname text NOT NULL,
      token_hash text NOT NULL UNIQUE,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX participants_session_idx ON participants (live_session_id);

    CREATE TABLE live_events (
      live_session_id uuid NOT NULL REFERENCES live_sessions(id) ON DELETE CASCADE,
      seq bigint NOT NULL,
      type text NOT NULL,
      data jsonb NOT NULL,
      submission_key text,
      created_at timestamptz NOT NULL,
      PRIMARY KEY (live_session_id, seq)
    );
    CREATE UNIQUE INDEX live_events_submission_key ON live_events (live_session_id, submission_key)
      WHERE submission_key IS NOT NULL;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE live_events; DROP TABLE participants; DROP TABLE live_sessions; DROP TABLE missions;
    DROP TABLE invitations; DROP TABLE memberships; DROP TABLE organisations;
    DROP TABLE auth_sessions; DROP TABLE users;
  `.execute(db);
}
