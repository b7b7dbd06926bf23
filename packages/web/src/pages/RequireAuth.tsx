import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useAuth } from '../auth.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';

/** Facilitator-only routes: logged-out visitors go to the log-in page and come back. */
export function RequireAuth() {
  const { t } = useTranslation();
  const auth = useAuth();
  const location = useLocation();
  if (auth.status === 'out') {
    const here = location.pathname + location.search;
    return <Navigate to={here === '/' ? '/login' : `/login?next=${encodeURIComponent(here)}`} replace />;
  }
  if (auth.status === 'error') {
    return (
      <>
        <h1>{t('common.appName')}</h1>
        <ErrorAlert error={auth.error} />
      </>
    );
  }
  if (auth.status !== 'in') return <p role="status">{t('common.loading')}</p>;
  return <Outlet />;
}
