import { LIMITS } from '@cercle/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from './Field.tsx';

/** Correcting a contribution's text: the participant's own note, or the facilitator's typo fix. */
export function EditTextForm({
  label,
  value,
  error,
  rows = 3,
  onChange,
  onSave,
  onCancel,
}: {
  label: string;
  value: string;
  error?: string | null | undefined;
  rows?: number;
  onChange: (text: string) => void;
  onSave: (event: FormEvent) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <form onSubmit={onSave} noValidate className="stack">
      <Field label={label} error={error ?? null}>
        {(props) => (
          <textarea
            {...props}
            rows={rows}
            maxLength={LIMITS.contributionTextMax}
            value={value}
            onChange={(e) => onChange(e.target.value)}
          />
        )}
      </Field>
      <div className="actions">
        <button type="submit" className="primary">
          {t('activity.save')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('activity.cancel')}
        </button>
      </div>
    </form>
  );
}
