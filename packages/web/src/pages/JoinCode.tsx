import { JOIN_CODE_LENGTH, normaliseJoinCode } from '@cercle/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Field } from '../components/Field.tsx';
import { focusFirstInvalid, useDocumentTitle } from '../hooks.ts';

export function JoinCodePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  useDocumentTitle(t('join.title'));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!value.trim()) {
      setError(t('form.required'));
      return focusFirstInvalid(event.currentTarget);
    }
    const code = normaliseJoinCode(value);
    if (!code) {
      setError(t('join.invalidCode'));
      return focusFirstInvalid(event.currentTarget);
    }
    navigate(`/join/${code}`);
  }

  return (
    <div className="participant narrow stack">
      <h1>{t('join.title')}</h1>
      <form onSubmit={submit} noValidate className="stack">
        <Field label={t('join.codeLabel')} hint={t('join.codeHint')} error={error}>
          {(props) => (
            <input
              {...props}
              name="code"
              className="code-input"
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              required
              maxLength={JOIN_CODE_LENGTH * 2}
              value={value}
              onChange={(e) => setValue(e.target.value)}
            />
          )}
        </Field>
        <button type="submit" className="primary big">
          {t('join.submit')}
        </button>
      </form>
    </div>
  );
}
