import { LIMITS } from '@cercle/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { type ApiError, api, toApiError } from '../api.ts';
import type { User } from '../api-types.ts';
import { safeNext, signedIn, useAuth } from '../auth.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { Field } from '../components/Field.tsx';
import { focusFirstInvalid, useDocumentTitle } from '../hooks.ts';

type Mode = 'login' | 'signup';
type Errors = Partial<Record<'name' | 'email' | 'password', string>>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function AuthPage({ mode }: { mode: Mode }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const auth = useAuth(false);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const title = mode === 'login' ? t('auth.loginTitle') : t('auth.signupTitle');
  useDocumentTitle(title);

  if (auth.status === 'in' && !busy) return <Navigate to={next} replace />;

  function validate(): Errors {
    const found: Errors = {};
    if (mode === 'signup') {
      if (!name.trim()) found.name = t('form.required');
      else if (name.trim().length > LIMITS.personNameMax)
        found.name = t('form.tooLong', { max: LIMITS.personNameMax });
    }
    if (!email.trim()) found.email = t('form.required');
    else if (!EMAIL.test(email.trim())) found.email = t('form.invalidEmail');
    if (!password) found.password = t('form.required');
    else if (mode === 'signup' && password.length < LIMITS.passwordMin)
      found.password = t('form.tooShort', { min: LIMITS.passwordMin });
    return found;
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    setError(null);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(event.currentTarget);
      return;
    }
    setBusy(true);
    try {
      const body =
        mode === 'signup'
          ? { name: name.trim(), email: email.trim(), password }
          : { email: email.trim(), password };
      const answer = await api<{ user: User; csrfToken: string }>(`/api/auth/${mode}`, {
        method: 'POST',
        body,
        csrf: false,
      });
      signedIn(answer);
      navigate(next, { replace: true });
    } catch (e) {
      const apiError = toApiError(e);
      setError(apiError);
      const fields: Errors = {};
      for (const issue of apiError.issues) {
        const field = issue.path.split('.')[0];
        if (field === 'name' || field === 'email' || field === 'password')
          fields[field] = t('form.invalidField');
      }
      setErrors(fields);
      setBusy(false);
    }
  }

  const otherMode = mode === 'login' ? 'signup' : 'login';
  const otherHref = `/${otherMode}${params.get('next') ? `?next=${encodeURIComponent(next)}` : ''}`;
  return (
    <div className="narrow">
      <h1>{title}</h1>
      <form onSubmit={submit} noValidate className="stack">
        <ErrorAlert error={error} />
        {mode === 'signup' && (
          <Field label={t('auth.name')} error={errors.name}>
            {(props) => (
              <input
                {...props}
                name="name"
                autoComplete="name"
                required
                maxLength={LIMITS.personNameMax}
                value={name}
                onChange={(e) => setName(e.target.value)}
              />
            )}
          </Field>
        )}
        <Field label={t('auth.email')} error={errors.email}>
          {(props) => (
            <input
              {...props}
              name="email"
              type="email"
              autoComplete={mode === 'login' ? 'username' : 'email'}
              required
              maxLength={LIMITS.emailMax}
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          )}
        </Field>
        <Field
          label={t('auth.password')}
          hint={mode === 'signup' ? t('auth.passwordHint', { min: LIMITS.passwordMin }) : undefined}
          error={errors.password}
        >
          {(props) => (
            <input
              {...props}
              name="password"
              type="password"
              autoComplete={mode === 'login' ? 'current-password' : 'new-password'}
              required
              maxLength={LIMITS.passwordMax}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </Field>
        <button type="submit" className="primary" disabled={busy}>
          {mode === 'login' ? t('auth.loginSubmit') : t('auth.signupSubmit')}
        </button>
      </form>
      <p>
        {mode === 'login' ? t('auth.noAccount') : t('auth.haveAccount')}{' '}
        <Link to={otherHref}>{mode === 'login' ? t('common.signup') : t('common.login')}</Link>
      </p>
    </div>
  );
}

export function LoginPage() {
  return <AuthPage mode="login" />;
}

export function SignupPage() {
  return <AuthPage mode="signup" />;
}
