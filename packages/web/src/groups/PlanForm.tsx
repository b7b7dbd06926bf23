/**
 * The console's "make the plan" form: kind, how tables are mixed (on which join answers), people
 * per table, rounds and, for a World Café, who hosts which table. The server does the search.
 */
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../components/Field.tsx';
import type { JoinQuestion, RosterEntry } from '../live/join-questions-model.ts';
import type { PlanKind, PlanMode, PlanRequest } from './api.ts';

const KINDS = ['tables', 'world-cafe', 'interviews'] as const;
const MODES: readonly PlanMode[] = ['mixed', 'random', 'homogeneous'];

/** A whole number in [min, max], or null. */
function wholeNumber(text: string, min: number, max: number): number | null {
  const n = Number(text);
  return Number.isInteger(n) && n >= min && n <= max ? n : null;
}

export function PlanForm({
  roster,
  questions,
  hasPlan,
  busy,
  onSubmit,
}: {
  roster: readonly RosterEntry[];
  questions: readonly JoinQuestion[];
  hasPlan: boolean;
  busy: boolean;
  onSubmit: (request: PlanRequest) => void;
}) {
  const { t } = useTranslation();
  const hostsId = useId();
  const [kind, setKind] = useState<Exclude<PlanKind, 'foursomes'>>('world-cafe');
  const [title, setTitle] = useState('');
  const [mode, setMode] = useState<PlanMode>('mixed');
  const [attributes, setAttributes] = useState<string[] | null>(null);
  const [size, setSize] = useState('4');
  const [rounds, setRounds] = useState('3');
  const [hosts, setHosts] = useState<string[]>([]);
  const [errors, setErrors] = useState<{ size?: string; rounds?: string }>({});
  const chosenAttributes = attributes ?? questions.map((q) => q.key);
  const hostIds = hosts.filter((id) => roster.some((p) => p.id === id));
  // Join answers shape tables of one round (mixed or homogeneous) and interview pairs (who
  // differ most); rotations over several rounds only avoid repeated encounters.
  const oneRoundTables = kind === 'tables' && rounds.trim() === '1';
  const mixes = questions.length > 0 && ((oneRoundTables && mode !== 'random') || kind === 'interviews');

  function chooseKind(next: Exclude<PlanKind, 'foursomes'>) {
    setKind(next);
    // A World Café usually has three rounds; tables are made once.
    setRounds(next === 'world-cafe' ? '3' : '1');
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const n = kind === 'interviews' ? 2 : wholeNumber(size, 2, 50);
    const r = kind === 'interviews' ? 1 : wholeNumber(rounds, 1, 20);
    const next = {
      ...(n === null ? { size: t('form.outOfRange', { min: 2, max: 50 }) } : {}),
      ...(r === null ? { rounds: t('form.outOfRange', { min: 1, max: 20 }) } : {}),
    };
    setErrors(next);
    if (n === null || r === null) {
      requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    onSubmit({
      kind,
      ...(title.trim() ? { title: title.trim() } : {}),
      ...(oneRoundTables ? { mode } : {}),
      ...(kind !== 'interviews' ? { size: n, rounds: r } : {}),
      ...(kind === 'world-cafe' && hostIds.length > 0 ? { hosts: hostIds } : {}),
      ...(mixes ? { attributes: chosenAttributes } : {}),
    });
  }

  const toggle = (list: string[], id: string, on: boolean) =>
    on ? [...list.filter((x) => x !== id), id] : list.filter((x) => x !== id);

  return (
    <form onSubmit={submit} noValidate className="stack groups-form" aria-labelledby="groups-form-title">
      <h3 id="groups-form-title" className="visually-hidden">
        {hasPlan ? t('groups.form.remake') : t('groups.form.make')}
      </h3>
      <Field label={t('groups.form.kind')}>
        {(props) => (
          <select
            {...props}
            value={kind}
            onChange={(e) => chooseKind(e.target.value as Exclude<PlanKind, 'foursomes'>)}
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`groups.kinds.${k}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('groups.form.title')}>
        {(props) => (
          <input {...props} maxLength={100} value={title} onChange={(e) => setTitle(e.target.value)} />
        )}
      </Field>
      {oneRoundTables && (
        <Field label={t('groups.form.mode')}>
          {(props) => (
            <select {...props} value={mode} onChange={(e) => setMode(e.target.value as PlanMode)}>
              {MODES.map((m) => (
                <option key={m} value={m}>
                  {t(`groups.modes.${m}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {mixes && (
        <fieldset className="groups-choices">
          <legend>{t('groups.form.attributes')}</legend>
          {questions.map((q) => (
            <label key={q.key} className="checkbox-field">
              <input
                type="checkbox"
                checked={chosenAttributes.includes(q.key)}
                onChange={(e) => setAttributes(toggle(chosenAttributes, q.key, e.target.checked))}
              />
              {q.label}
            </label>
          ))}
        </fieldset>
      )}
      {kind !== 'interviews' && (
        <div className="inline-form">
          <Field label={t('groups.form.size')} error={errors.size}>
            {(props) => (
              <input
                {...props}
                type="number"
                inputMode="numeric"
                min={2}
                max={50}
                value={size}
                onChange={(e) => setSize(e.target.value)}
              />
            )}
          </Field>
          <Field label={t('groups.form.rounds')} error={errors.rounds}>
            {(props) => (
              <input
                {...props}
                type="number"
                inputMode="numeric"
                min={1}
                max={20}
                value={rounds}
                onChange={(e) => setRounds(e.target.value)}
              />
            )}
          </Field>
        </div>
      )}
      {kind === 'world-cafe' && roster.length > 0 && (
        <details className="groups-hosts">
          <summary>{t('groups.form.hosts')}</summary>
          <fieldset className="groups-choices" aria-describedby={hostsId}>
            <legend className="visually-hidden">{t('groups.form.hosts')}</legend>
            <p className="hint" id={hostsId}>
              {t('groups.form.hostsHint')}
            </p>
            {roster.map((p) => {
              const n = hostIds.indexOf(p.id);
              return (
                <label key={p.id} className="checkbox-field">
                  <input
                    type="checkbox"
                    checked={n >= 0}
                    onChange={(e) => setHosts(toggle(hostIds, p.id, e.target.checked))}
                  />
                  {n >= 0 ? t('groups.form.hostOf', { name: p.nickname, n: n + 1 }) : p.nickname}
                </label>
              );
            })}
          </fieldset>
        </details>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('groups.form.making') : hasPlan ? t('groups.form.remake') : t('groups.form.make')}
        </button>
      </div>
    </form>
  );
}
