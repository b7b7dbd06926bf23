import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../hooks.ts';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('common.notFoundTitle'));
  return (
    <div className="narrow stack">
      <h1>{t('common.notFoundTitle')}</h1>
      <p>{t('common.notFoundBody')}</p>
      <p>
        <Link to="/">{t('common.home')}</Link> · <Link to="/join">{t('join.title')}</Link>
      </p>
    </div>
  );
}
