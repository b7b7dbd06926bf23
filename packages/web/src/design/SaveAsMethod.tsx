/** Saving a block of consecutive sequences as the organisation's own method. */
import type { Workshop } from '@cercle/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, api, toApiError } from '../api.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { Field } from '../components/Field.tsx';
import { consecutiveSelection } from './builder-model.ts';

export function SaveAsMethod({
  orgBase,
  workshop,
  checked,
  onSaved,
}: {
  orgBase: string;
  workshop: Workshop;
  checked: ReadonlySet<string>;
  onSaved: (name: string) => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [summary, setSummary] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const block = consecutiveSelection(workshop, checked);
  const count = workshop.sequences.filter((s) => checked.has(s.id)).length;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const trimmed = name.trim();
    setNameError(trimmed ? null : t('form.required'));
    if (!trimmed || !block) return;
    setBusy(true);
    try {
      const body: Record<string, unknown> = { name: trimmed, locale: workshop.locale, sequences: block };
      if (summary.trim()) body.summary = summary.trim();
      await api(`${orgBase}/methods`, { method: 'POST', body });
      setName('');
      setSummary('');
      onSaved(trimmed);
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel stack save-method" aria-labelledby="save-method-title">
      <h3 id="save-method-title">{t('builder.saveMethodTitle')}</h3>
      <p className="muted">{t('builder.saveMethodHint')}</p>
      <p aria-live="polite" data-testid="selection-count">
        {count === 0
          ? null
          : block
            ? t('builder.selectionCount', { count })
            : t('builder.selectionNotConsecutive')}
      </p>
      {block && (
        <form onSubmit={submit} noValidate className="inline-form">
          <ErrorAlert error={error} />
          <Field label={t('builder.methodName')} error={nameError}>
            {(props) => (
              <input {...props} name="methodName" value={name} onChange={(e) => setName(e.target.value)} />
            )}
          </Field>
          <Field label={t('builder.methodSummary')}>
            {(props) => (
              <input
                {...props}
                name="methodSummary"
                value={summary}
                onChange={(e) => setSummary(e.target.value)}
              />
            )}
          </Field>
          <button type="submit" className="secondary" disabled={busy}>
            {t('builder.saveMethod')}
          </button>
        </form>
      )}
    </section>
  );
}
