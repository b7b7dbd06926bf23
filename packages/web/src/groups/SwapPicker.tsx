/**
 * Seating by hand, from the keyboard: a round, a person, then another person (swap) or a table
 * (move). Native selects keep it operable everywhere; the panel announces the result.
 */
import type { Action, GroupPlan } from '@cercle/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../components/Field.tsx';
import { editableRounds, peopleInRound, pickAction, targetsFor } from './swap-model.ts';

export function SwapPicker({
  plan,
  current,
  run,
  announce,
}: {
  plan: GroupPlan;
  current: number;
  run: (action: Action) => Promise<boolean>;
  announce: (text: string) => void;
}) {
  const { t } = useTranslation();
  const rounds = editableRounds(plan, current);
  const [roundChoice, setRoundChoice] = useState<number | null>(null);
  const round = roundChoice !== null && rounds.includes(roundChoice) ? roundChoice : (rounds[0] ?? 0);
  const [picked, setPicked] = useState('');
  const [target, setTarget] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const people = peopleInRound(plan, round);
  const targets = picked ? targetsFor(plan, round, picked) : { people: [], tables: [] };
  if (rounds.length === 0) return null;

  async function apply(event: FormEvent) {
    event.preventDefault();
    const result = pickAction(plan, round, picked, target);
    if (!result.ok) {
      setProblem(t(result.problem.key, result.problem.params));
      return;
    }
    setProblem(null);
    if (await run(result.action)) {
      announce(t(result.done.key, result.done.params));
      setPicked('');
      setTarget('');
    }
  }

  return (
    <form onSubmit={apply} noValidate className="stack groups-swap" aria-labelledby="groups-swap-title">
      <h3 id="groups-swap-title">{t('groups.swap.title')}</h3>
      <div className="inline-form">
        <Field label={t('groups.swap.round')}>
          {(props) => (
            <select {...props} value={round} onChange={(e) => setRoundChoice(Number(e.target.value))}>
              {rounds.map((r) => (
                <option key={r} value={r}>
                  {t('groups.grid.round', { n: r + 1 })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('groups.swap.person')}>
          {(props) => (
            <select
              {...props}
              value={picked}
              onChange={(e) => {
                setPicked(e.target.value);
                setTarget('');
                setProblem(null);
              }}
            >
              <option value="">{t('groups.swap.choose')}</option>
              {people.map((p) => (
                <option key={p.id} value={p.id} disabled={p.host}>
                  {t(p.host ? 'groups.swap.hostAt' : 'groups.swap.personAt', {
                    name: p.name,
                    table: p.table + 1,
                  })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('groups.swap.target')} error={problem}>
          {(props) => (
            <select {...props} value={target} disabled={!picked} onChange={(e) => setTarget(e.target.value)}>
              <option value="">{t('groups.swap.choose')}</option>
              {targets.people.length > 0 && (
                <optgroup label={t('groups.swap.people')}>
                  {targets.people.map((p) => (
                    <option key={p.id} value={`p:${p.id}`}>
                      {t('groups.swap.personAt', { name: p.name, table: p.table + 1 })}
                    </option>
                  ))}
                </optgroup>
              )}
              {targets.tables.length > 0 && (
                <optgroup label={t('groups.swap.tables')}>
                  {targets.tables.map((n) => (
                    <option key={n} value={`t:${n}`}>
                      {t('groups.swap.tableN', { n: n + 1 })}
                    </option>
                  ))}
                </optgroup>
              )}
            </select>
          )}
        </Field>
        <button type="submit" className="secondary" disabled={!picked || !target}>
          {t('groups.swap.apply')}
        </button>
      </div>
    </form>
  );
}
