import { LIMITS } from '@cercle/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { type ApiError, api, toApiError } from '../api.ts';
import type { Organisation } from '../api-types.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { Field } from '../components/Field.tsx';
import { focusFirstInvalid, useApi, useDocumentTitle } from '../hooks.ts';

export function HomePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const list = useApi<{ organisations: Organisation[] }>('/api/organisations');
  const [name, setName] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  useDocumentTitle(t('home.title'));

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = name.trim();
    const problem = !trimmed
      ? t('form.required')
      : trimmed.length > LIMITS.organisationNameMax
        ? t('form.tooLong', { max: LIMITS.organisationNameMax })
        : null;
    setFieldError(problem);
    setError(null);
    if (problem) return focusFirstInvalid(event.currentTarget);
    setBusy(true);
    try {
      const { organisation } = await api<{ organisation: Organisation }>('/api/organisations', {
        method: 'POST',
        body: { name: trimmed },
      });
      navigate(`/org/${organisation.id}`);
    } catch (e) {
      setError(toApiError(e));
      setBusy(false);
    }
  }

  const organisations = list.data?.organisations ?? [];
  return (
    <div className="stack-lg">
      <h1>{t('home.title')}</h1>
      <ErrorAlert error={list.error} />
      {list.loading && !list.data ? (
        <p role="status">{t('common.loading')}</p>
      ) : organisations.length === 0 ? (
        <p>{t('home.empty')}</p>
      ) : (
        <ul className="cards">
          {organisations.map((organisation) => (
            <li key={organisation.id} className="card">
              <Link to={`/org/${organisation.id}`} className="card-title">
                {organisation.name}
              </Link>
              <p className="muted">{t('home.role', { role: t(`roles.${organisation.role}`) })}</p>
            </li>
          ))}
        </ul>
      )}
      <section className="panel">
        <h2 id="create-org">{t('home.createTitle')}</h2>
        <form onSubmit={create} noValidate className="inline-form">
          <ErrorAlert error={error} />
          <Field label={t('home.orgName')} error={fieldError}>
            {(props) => (
              <input
                {...props}
                name="name"
                required
                maxLength={LIMITS.organisationNameMax}
                value={name}
                onChange={(e) => setName(e.target.value)}
              />
            )}
          </Field>
          <button type="submit" className="primary" disabled={busy}>
            {t('home.create')}
          </button>
        </form>
      </section>
    </div>
  );
}
