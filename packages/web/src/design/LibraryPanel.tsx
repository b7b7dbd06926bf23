import {
  type Locale,
  type Method,
  type MethodLibrary,
  type MethodQuery,
  type Purpose,
  searchMethods,
  type Workshop,
} from '@cercle/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../components/Field.tsx';
import { insertionPoints } from './builder-model.ts';

const PURPOSES: readonly Purpose[] = [
  'open',
  'connect',
  'explore',
  'diagnose',
  'ideate',
  'vision',
  'prioritise',
  'decide',
  'plan',
  'design',
  'share',
  'consult',
  'harvest',
  'close',
  'rest',
];

function positiveInt(text: string): number | undefined {
  return /^\d+$/.test(text.trim()) && Number(text) > 0 ? Number(text) : undefined;
}

/** Search over the built-in and organisation methods, then insert one at a chosen place. */
export function LibraryPanel({
  workshop,
  library,
  onInsert,
}: {
  workshop: Workshop;
  library: MethodLibrary;
  onInsert: (method: Method, day: number, index: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang: Locale = i18n.language.startsWith('en') ? 'en' : 'fr';
  const [text, setText] = useState('');
  const [purpose, setPurpose] = useState<Purpose | ''>('');
  const [maxMinutes, setMaxMinutes] = useState('');
  const [participants, setParticipants] = useState('');
  const points = insertionPoints(workshop);
  const lastPoint = points.filter((p) => p.day === workshop.days.length - 1).at(-1);
  const [where, setWhere] = useState(lastPoint?.value ?? '0:0');
  const point = points.find((p) => p.value === where) ?? lastPoint ?? points[0];

  const results = useMemo(() => {
    const query: MethodQuery = { locale: lang };
    if (text.trim()) query.text = text;
    if (purpose) query.purpose = purpose;
    const max = positiveInt(maxMinutes);
    if (max !== undefined) query.maxMinutes = max;
    const people = positiveInt(participants);
    if (people !== undefined) query.participants = people;
    return searchMethods(library, query);
  }, [library, lang, text, purpose, maxMinutes, participants]);

  return (
    <section className="panel library stack" aria-labelledby="library-title" data-testid="library-panel">
      <h3 id="library-title">{t('builder.libraryTitle')}</h3>
      <search className="library-filters">
        <Field label={t('builder.search')}>
          {(props) => (
            <input {...props} type="search" name="q" value={text} onChange={(e) => setText(e.target.value)} />
          )}
        </Field>
        <Field label={t('builder.purpose')}>
          {(props) => (
            <select {...props} value={purpose} onChange={(e) => setPurpose(e.target.value as Purpose | '')}>
              <option value="">{t('builder.anyPurpose')}</option>
              {PURPOSES.map((p) => (
                <option key={p} value={p}>
                  {t(`design.purposes.${p}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('builder.maxMinutes')}>
          {(props) => (
            <input
              {...props}
              type="number"
              min={1}
              inputMode="numeric"
              value={maxMinutes}
              onChange={(e) => setMaxMinutes(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('builder.participants')}>
          {(props) => (
            <input
              {...props}
              type="number"
              min={1}
              inputMode="numeric"
              value={participants}
              onChange={(e) => setParticipants(e.target.value)}
            />
          )}
        </Field>
      </search>
      <Field label={t('builder.insertAt')}>
        {(props) => (
          <select {...props} value={point?.value ?? ''} onChange={(e) => setWhere(e.target.value)}>
            {points.map((p) => (
              <option key={p.value} value={p.value}>
                {p.after === null
                  ? t('builder.insertStart', { day: p.day + 1 })
                  : t('builder.insertAfter', { day: p.day + 1, title: p.after })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <p className="muted" aria-live="polite">
        {results.length === 0 ? t('builder.noResults') : t('builder.results', { count: results.length })}
      </p>
      <ul className="method-results">
        {results.map((method) => (
          <li key={method.id} className="card method-card" data-testid="method-result">
            <p className="card-title">{method.name[lang]}</p>
            <p>{method.summary[lang]}</p>
            <p className="muted">
              {t('builder.methodMeta', {
                min: method.durationMinutes.min,
                max: method.durationMinutes.max,
                pmin: method.participants.min,
                pmax: method.participants.max,
                steps: method.steps.length,
              })}
            </p>
            <button
              type="button"
              className="secondary small"
              disabled={!point}
              onClick={() => point && onInsert(method, point.day, point.index)}
            >
              {t('builder.insert', { method: method.name[lang] })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
