import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { type ApiError, api, toApiError } from '../api.ts';
import type { InvitationPreview, Organisation } from '../api-types.ts';
import { useAuth } from '../auth.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { formatDate, useApi, useDocumentTitle } from '../hooks.ts';

export function InvitePage() {
  const { t, i18n } = useTranslation();
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const auth = useAuth();
  const preview = useApi<{ invitation: InvitationPreview }>(`/api/invitations/${encodeURIComponent(token)}`);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  useDocumentTitle(t('invite.title'));

  async function accept() {
    setError(null);
    setBusy(true);
    try {
      const { organisation } = await api<{ organisation: Organisation }>(
        `/api/invitations/${encodeURIComponent(token)}/accept`,
        { method: 'POST' },
      );
      navigate(`/org/${organisation.id}`);
    } catch (e) {
      setError(toApiError(e));
      setBusy(false);
    }
  }

  const invitation = preview.data?.invitation;
  const next = encodeURIComponent(`/invite/${token}`);
  return (
    <div className="narrow stack">
      <h1>{t('invite.title')}</h1>
      <ErrorAlert error={preview.error} />
      {!invitation && !preview.error && <p role="status">{t('common.loading')}</p>}
      {invitation && (
        <>
          <p className="lead">
            {t('invite.body', {
              organisation: invitation.organisationName,
              role: t(`roles.${invitation.role}`),
            })}
          </p>
          <p className="muted">
            {t('invite.expires', { date: formatDate(invitation.expiresAt, i18n.language, true) })}
          </p>
          <ErrorAlert error={error} />
          {auth.status === 'in' ? (
            <button type="button" className="primary" disabled={busy} onClick={() => void accept()}>
              {t('invite.accept')}
            </button>
          ) : auth.status === 'out' ? (
            <>
              <p>{t('invite.loginToAccept')}</p>
              <p className="actions">
                <Link className="button primary" to={`/login?next=${next}`}>
                  {t('common.login')}
                </Link>
                <Link className="button secondary" to={`/signup?next=${next}`}>
                  {t('common.signup')}
                </Link>
              </p>
            </>
          ) : null}
        </>
      )}
    </div>
  );
}
