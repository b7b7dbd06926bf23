import { useTranslation } from 'react-i18next';
import { setLanguage } from '../i18n/index.ts';
import { LANGUAGES } from '../i18n/language.ts';

const NAMES = { fr: 'Français', en: 'English' } as const;

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <ul className="language-switcher" aria-label={t('common.language')}>
      {LANGUAGES.map((language) => (
        <li key={language}>
          <button
            type="button"
            lang={language}
            aria-pressed={i18n.language === language}
            title={NAMES[language]}
            onClick={() => setLanguage(language)}
          >
            {language.toUpperCase()}
          </button>
        </li>
      ))}
    </ul>
  );
}
