/** The workshop's days (date, start, end) in the run-of-show builder. */
import type { WorkshopDay } from '@cercle/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../components/Field.tsx';

export function DaysEditor({
  days,
  canEdit,
  canRemove,
  issues,
  revision,
  onChange,
  onAdd,
  onRemoveLast,
}: {
  days: WorkshopDay[];
  canEdit: boolean;
  canRemove: boolean;
  issues: Record<number, Record<string, string>>;
  revision: number;
  onChange: (index: number, patch: Partial<WorkshopDay>) => void;
  onAdd: () => void;
  onRemoveLast: () => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="days-title">
      <h2 id="days-title">{t('builder.daysTitle')}</h2>
      <ol className="days">
        {days.map((day, i) => (
          <DayFields
            // biome-ignore lint/suspicious/noArrayIndexKey: a day is its position in the workshop
            key={`${i}-${revision}`}
            index={i}
            day={day}
            canEdit={canEdit}
            issues={issues[i] ?? {}}
            onChange={(patch) => onChange(i, patch)}
          />
        ))}
      </ol>
      {canEdit && (
        <div className="actions">
          <button type="button" className="secondary small" onClick={onAdd}>
            {t('builder.addDay')}
          </button>
          {canRemove && (
            <button type="button" className="secondary small" onClick={onRemoveLast}>
              {t('builder.removeLastDay')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}

function DayFields({
  index,
  day,
  canEdit,
  issues,
  onChange,
}: {
  index: number;
  day: WorkshopDay;
  canEdit: boolean;
  issues: Record<string, string>;
  onChange: (patch: Partial<WorkshopDay>) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(day);
  const n = index + 1;
  const endError = draft.start && draft.end && draft.end <= draft.start ? t('builder.dayInvalid') : null;
  const set = (key: keyof WorkshopDay, value: string) => {
    const next = { ...draft, [key]: value };
    setDraft(next);
    if (next.end > next.start) onChange({ [key]: value });
  };
  return (
    <li className="day-fields">
      <fieldset disabled={!canEdit}>
        <legend>{t('builder.dayLabel', { day: n })}</legend>
        <div className="day-inputs">
          <Field label={t('builder.dayDate', { day: n })} error={issues.date ?? null}>
            {(props) => (
              <input
                {...props}
                type="date"
                required
                value={draft.date}
                onChange={(e) => set('date', e.target.value)}
              />
            )}
          </Field>
          <Field label={t('builder.dayStart', { day: n })} error={issues.start ?? null}>
            {(props) => (
              <input
                {...props}
                type="time"
                required
                step={60}
                value={draft.start}
                onChange={(e) => set('start', e.target.value)}
              />
            )}
          </Field>
          <Field label={t('builder.dayEnd', { day: n })} error={endError ?? issues.end ?? null}>
            {(props) => (
              <input
                {...props}
                type="time"
                required
                step={60}
                value={draft.end}
                onChange={(e) => set('end', e.target.value)}
              />
            )}
          </Field>
        </div>
      </fieldset>
    </li>
  );
}
