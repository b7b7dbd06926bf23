import { LIMITS } from '@cercle/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { type ApiError, api, toApiError } from '../api.ts';
import type { Invitation, LiveSession, Member, Mission, Organisation, OrgRole } from '../api-types.ts';
import { useAuth } from '../auth.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { Field } from '../components/Field.tsx';
import { focusFirstInvalid, formatDate, useApi, useDocumentTitle } from '../hooks.ts';
import { MissionsSection } from './MissionList.tsx';

const ROLES: OrgRole[] = ['facilitator', 'observer', 'owner'];

export function OrganisationPage() {
  const { t } = useTranslation();
  const { orgId = '' } = useParams();
  const base = `/api/organisations/${encodeURIComponent(orgId)}`;
  const org = useApi<{ organisation: Organisation }>(base);
  const organisation = org.data?.organisation;
  useDocumentTitle(organisation?.name);

  if (org.error) {
    return (
      <>
        <h1>{t('common.notFoundTitle')}</h1>
        <ErrorAlert error={org.error} />
        <Link to="/">{t('common.myOrganisations')}</Link>
      </>
    );
  }
  if (!organisation) return <p role="status">{t('common.loading')}</p>;
  const canRun = organisation.role !== 'observer';
  return (
    <div className="stack-lg">
      <div>
        <h1>{organisation.name}</h1>
        <p className="muted">{t('org.yourRole', { role: t(`roles.${organisation.role}`) })}</p>
      </div>
      <LiveSessions base={base} orgId={orgId} canRun={canRun} />
      <MissionsSection base={base} orgId={orgId} canRun={canRun} />
      <Members base={base} isOwner={organisation.role === 'owner'} />
      {organisation.role === 'owner' && <Invite base={base} />}
    </div>
  );
}

function Members({ base, isOwner }: { base: string; isOwner: boolean }) {
  const { t, i18n } = useTranslation();
  const auth = useAuth();
  const navigate = useNavigate();
  const members = useApi<{ members: Member[] }>(`${base}/members`);
  const [error, setError] = useState<ApiError | null>(null);
  const myId = auth.status === 'in' ? auth.user.id : null;

  async function remove(member: Member) {
    setError(null);
    try {
      await api(`${base}/members/${encodeURIComponent(member.userId)}`, { method: 'DELETE' });
      if (member.userId === myId) navigate('/');
      else members.reload();
    } catch (e) {
      setError(toApiError(e));
    }
  }

  return (
    <section className="panel">
      <h2 id="members-title">{t('org.membersTitle')}</h2>
      <ErrorAlert error={error ?? members.error} />
      <ul className="rows">
        {(members.data?.members ?? []).map((member) => (
          <li key={member.userId} className="row">
            <div>
              <strong>{member.name}</strong> <span className="muted">{member.email}</span>
              <br />
              <span className="muted">
                {t(`roles.${member.role}`)} ·{' '}
                {t('org.memberSince', { date: formatDate(member.joinedAt, i18n.language) })}
              </span>
            </div>
            {member.userId === myId ? (
              <button type="button" className="secondary" onClick={() => void remove(member)}>
                {t('org.leave')}
              </button>
            ) : (
              isOwner && (
                <button type="button" className="secondary" onClick={() => void remove(member)}>
                  {t('org.remove')}
                  <span className="visually-hidden"> {member.name}</span>
                </button>
              )
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Invite({ base }: { base: string }) {
  const { t, i18n } = useTranslation();
  const [role, setRole] = useState<OrgRole>('facilitator');
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [copyStatus, setCopyStatus] = useState('');
  const [busy, setBusy] = useState(false);

  async function create(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setCopyStatus('');
    setBusy(true);
    try {
      const answer = await api<{ invitation: Invitation }>(`${base}/invitations`, {
        method: 'POST',
        body: { role },
      });
      setInvitation(answer.invitation);
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  }

  async function copy(url: string) {
    try {
      await navigator.clipboard.writeText(url);
      setCopyStatus(t('org.copied'));
    } catch {
      setCopyStatus(t('org.copyFailed'));
    }
  }

  return (
    <section className="panel">
      <h2 id="invite-title">{t('org.inviteTitle')}</h2>
      <form onSubmit={create} className="inline-form">
        <ErrorAlert error={error} />
        <Field label={t('org.inviteRole')}>
          {(props) => (
            <select {...props} name="role" value={role} onChange={(e) => setRole(e.target.value as OrgRole)}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`roles.${r}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" className="primary" disabled={busy}>
          {t('org.inviteCreate')}
        </button>
      </form>
      {invitation && (
        <div className="stack invitation">
          <Field
            label={t('org.inviteLink')}
            hint={t('org.inviteExpires', { date: formatDate(invitation.expiresAt, i18n.language, true) })}
          >
            {(props) => (
              <input {...props} readOnly value={invitation.url} onFocus={(e) => e.currentTarget.select()} />
            )}
          </Field>
          <div className="actions">
            <button type="button" className="secondary" onClick={() => void copy(invitation.url)}>
              {t('org.copy')}
            </button>
            <p role="status" className="muted">
              {copyStatus}
            </p>
          </div>
        </div>
      )}
    </section>
  );
}

function LiveSessions({ base, orgId, canRun }: { base: string; orgId: string; canRun: boolean }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const sessions = useApi<{ sessions: LiveSession[] }>(`${base}/live-sessions`);
  const missions = useApi<{ missions: Mission[] }>(canRun ? `${base}/missions` : null);
  const [title, setTitle] = useState('');
  const [missionId, setMissionId] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = title.trim();
    const problem = !trimmed
      ? t('form.required')
      : trimmed.length > LIMITS.sessionTitleMax
        ? t('form.tooLong', { max: LIMITS.sessionTitleMax })
        : null;
    setFieldError(problem);
    setError(null);
    if (problem) return focusFirstInvalid(event.currentTarget);
    setBusy(true);
    try {
      const body = missionId ? { title: trimmed, missionId } : { title: trimmed };
      const { session } = await api<{ session: LiveSession }>(`${base}/live-sessions`, {
        method: 'POST',
        body,
      });
      navigate(`/org/${orgId}/live/${session.id}`);
    } catch (e) {
      setError(toApiError(e));
      setBusy(false);
    }
  }

  const list = [...(sessions.data?.sessions ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <section className="panel">
      <h2 id="sessions-title">{t('org.sessionsTitle')}</h2>
      <ErrorAlert error={sessions.error} />
      {list.length === 0 ? (
        <p className="muted">{t('org.sessionsEmpty')}</p>
      ) : (
        <ul className="rows">
          {list.map((session) => (
            <li key={session.id} className="row">
              <div>
                <Link to={`/org/${orgId}/live/${session.id}`}>{session.title}</Link>
                <br />
                <span className="muted">
                  {t('org.sessionMeta', {
                    code: session.code,
                    status: session.status === 'open' ? t('org.statusOpen') : t('org.statusClosed'),
                    date: formatDate(session.createdAt, i18n.language, true),
                    count: session.participantCount,
                  })}
                </span>
              </div>
            </li>
          ))}
        </ul>
      )}
      {canRun && (
        <form onSubmit={create} noValidate className="inline-form">
          <ErrorAlert error={error} />
          <Field label={t('org.sessionTitle')} error={fieldError}>
            {(props) => (
              <input
                {...props}
                name="sessionTitle"
                required
                maxLength={LIMITS.sessionTitleMax}
                value={title}
                onChange={(e) => setTitle(e.target.value)}
              />
            )}
          </Field>
          {(missions.data?.missions.length ?? 0) > 0 && (
            <Field label={t('org.sessionMission')}>
              {(props) => (
                <select
                  {...props}
                  name="missionId"
                  value={missionId}
                  onChange={(e) => setMissionId(e.target.value)}
                >
                  <option value="">{t('org.noMission')}</option>
                  {missions.data?.missions.map((mission) => (
                    <option key={mission.id} value={mission.id}>
                      {mission.title}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          <button type="submit" className="primary" disabled={busy}>
            {t('org.sessionCreate')}
          </button>
        </form>
      )}
    </section>
  );
}
