import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api.ts';

/** Translates by code; the server's English message and any stack stay out of the page. */
export function useErrorText(): (code: string) => string {
  const { t, i18n } = useTranslation();
  return (code) => (i18n.exists(`errors.${code}`) ? t(`errors.${code}`) : t('errors.UNKNOWN'));
}

export function ErrorAlert({ error, id }: { error: ApiError | null; id?: string }) {
  const errorText = useErrorText();
  if (!error) return null;
  return (
    <p className="alert" role="alert" id={id}>
      {errorText(error.code)}
    </p>
  );
}
