/** Suggested themes: computed on the server with no outside service; kept, renamed or dropped here. */
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SuggestedTheme } from './harvest-types.ts';

export interface Draft extends SuggestedTheme {
  keep: boolean;
}

export function SuggestForm({ busy, onSuggest }: { busy: boolean; onSuggest: (k: number | null) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [k, setK] = useState('');
  function submit(event: FormEvent) {
    event.preventDefault();
    const n = Number.parseInt(k, 10);
    onSuggest(Number.isInteger(n) ? n : null);
  }
  return (
    <form className="inline-form" onSubmit={submit} aria-describedby={`${id}-hint`}>
      <label htmlFor={`${id}-k`}>{t('harvest.themesWanted')}</label>
      <input id={`${id}-k`} type="number" min={2} max={30} value={k} onChange={(e) => setK(e.target.value)} />
      <button type="submit" className="primary" disabled={busy}>
        {t('harvest.suggest')}
      </button>
      <span id={`${id}-hint`} className="hint">
        {t('harvest.suggestHint')}
      </span>
    </form>
  );
}

export function ThemeSuggestions({
  drafts,
  setDrafts,
  busy,
  onAccept,
  onDiscard,
}: {
  drafts: Draft[];
  setDrafts: (drafts: Draft[]) => void;
  busy: boolean;
  onAccept: () => void;
  onDiscard: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const update = (i: number, patch: Partial<Draft>) =>
    setDrafts(drafts.map((d, j) => (j === i ? { ...d, ...patch } : d)));
  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('harvest.suggestions')}</h2>
      <ol className="harvest-suggestions">
        {drafts.map((d, i) => (
          <li key={d.itemKeys[0] ?? i} className="harvest-suggestion" data-testid="theme-suggestion">
            <div className="inline-form">
              <label htmlFor={`${id}-name-${i}`}>{t('harvest.clusterName')}</label>
              <input
                id={`${id}-name-${i}`}
                value={d.name}
                maxLength={120}
                onChange={(e) => update(i, { name: e.target.value })}
              />
              <input
                type="checkbox"
                id={`${id}-keep-${i}`}
                checked={d.keep}
                onChange={(e) => update(i, { keep: e.target.checked })}
              />
              <label htmlFor={`${id}-keep-${i}`}>{t('harvest.keep')}</label>
            </div>
            <p className="muted">
              {t('harvest.count', { count: d.itemKeys.length })} —{' '}
              {t('harvest.keyTerms', { terms: d.keyTerms.join(', ') })}
            </p>
            <ul className="harvest-verbatims">
              {d.verbatims.map((v) => (
                <li key={v.key}>
                  <q>{v.text}</q>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={busy || !drafts.some((d) => d.keep && d.name.trim())}
          onClick={onAccept}
        >
          {t('harvest.acceptKept')}
        </button>
        <button type="button" className="secondary" onClick={onDiscard}>
          {t('harvest.discard')}
        </button>
      </div>
    </section>
  );
}
