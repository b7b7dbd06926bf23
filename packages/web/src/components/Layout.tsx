import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useNavigate } from 'react-router';
import { logout, useAuth } from '../auth.ts';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';

function Shell({ nav, variant, children }: { nav?: ReactNode; variant: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className={`shell shell-${variant}`}>
      <a className="skip-link" href="#main">
        {t('common.skipLink')}
      </a>
      <header className="site-header">
        <span className="brand">{t('common.appName')}</span>
        {nav}
        <LanguageSwitcher />
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}

/** Facilitator pages: the navigation follows the session without forcing a load. */
export function FacilitatorLayout() {
  const { t } = useTranslation();
  const auth = useAuth(false);
  const navigate = useNavigate();
  const nav = (
    <nav aria-label={t('common.mainNav')}>
      <ul>
        {auth.status === 'in' ? (
          <>
            <li>
              <Link to="/">{t('common.myOrganisations')}</Link>
            </li>
            <li>
              <button
                type="button"
                className="link-button"
                onClick={() => void logout().finally(() => navigate('/login'))}
              >
                {t('common.logout')}
              </button>
            </li>
          </>
        ) : (
          <>
            <li>
              <Link to="/login">{t('common.login')}</Link>
            </li>
            <li>
              <Link to="/signup">{t('common.signup')}</Link>
            </li>
          </>
        )}
      </ul>
    </nav>
  );
  return (
    <Shell nav={nav} variant="facilitator">
      <Outlet />
    </Shell>
  );
}

export function ParticipantLayout() {
  return (
    <Shell variant="participant">
      <Outlet />
    </Shell>
  );
}

export function WallLayout() {
  return (
    <Shell variant="wall">
      <Outlet />
    </Shell>
  );
}
