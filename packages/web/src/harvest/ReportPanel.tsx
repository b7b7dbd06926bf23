/**
 * The mission report: the facilitator picks the parts, writes an introduction (kept on this
 * device), and downloads DOCX, PDF or Markdown; the raw data downloads as CSV or Excel.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, errorFromPayload, toApiError } from '../api.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';

const SECTIONS = ['context', 'programme', 'workshops', 'photos', 'themes', 'annex'] as const;
const FORMATS = [
  { format: 'docx', label: 'Word' },
  { format: 'pdf', label: 'PDF' },
  { format: 'md', label: 'Markdown' },
] as const;

function readIntroduction(key: string): string {
  try {
    return localStorage.getItem(key) ?? '';
  } catch {
    return '';
  }
}

/** POSTs and saves the answer as a file (the report is a download, not a page). */
async function download(path: string, body: unknown): Promise<void> {
  const me = await fetch('/api/auth/me', { credentials: 'same-origin' });
  const csrf = me.ok ? ((await me.json()) as { csrfToken?: string }).csrfToken : undefined;
  const response = await fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', ...(csrf ? { 'x-csrf-token': csrf } : {}) },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw errorFromPayload(response.status, await response.json().catch(() => null));
  const disposition = response.headers.get('content-disposition') ?? '';
  const name = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1];
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name ? decodeURIComponent(name) : 'report';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ReportPanel({
  missionBase,
  missionId,
  canEdit,
}: {
  missionBase: string;
  missionId: string;
  canEdit: boolean;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const storageKey = `cercle.report-intro.${missionId}`;
  const [introduction, setIntroduction] = useState(() => readIntroduction(storageKey));
  const [sections, setSections] = useState<Set<string>>(new Set(SECTIONS));
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    try {
      localStorage.setItem(storageKey, introduction);
    } catch {
      // Private browsing: the text lasts for this page only.
    }
  }, [storageKey, introduction]);

  async function get(format: string) {
    setBusy(true);
    setError(null);
    setStatus(t('harvest.preparing'));
    try {
      await download(`${missionBase}/report`, {
        format,
        sections: SECTIONS.filter((s) => sections.has(s)),
        introduction,
        locale: i18n.language.startsWith('en') ? 'en' : 'fr',
      });
      setStatus(t('harvest.ready'));
    } catch (e) {
      setStatus('');
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel stack" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('harvest.report')}</h2>
      <p className="muted">{t('harvest.reportLead')}</p>
      {canEdit && (
        <>
          <fieldset>
            <legend>{t('harvest.sections')}</legend>
            {SECTIONS.map((s) => (
              <div key={s} className="choice-line">
                <input
                  type="checkbox"
                  id={`${id}-${s}`}
                  checked={sections.has(s)}
                  onChange={(e) => {
                    const next = new Set(sections);
                    if (e.target.checked) next.add(s);
                    else next.delete(s);
                    setSections(next);
                  }}
                />
                <label htmlFor={`${id}-${s}`}>{t(`harvest.section.${s}`)}</label>
              </div>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor={`${id}-intro`}>{t('harvest.introduction')}</label>
            <textarea
              id={`${id}-intro`}
              rows={6}
              maxLength={20_000}
              value={introduction}
              aria-describedby={`${id}-intro-hint`}
              onChange={(e) => setIntroduction(e.target.value)}
            />
            <p id={`${id}-intro-hint`} className="hint">
              {t('harvest.introductionHint')}
            </p>
          </div>
          <div className="actions">
            {FORMATS.map((f) => (
              <button
                key={f.format}
                type="button"
                className="primary"
                disabled={busy || sections.size === 0}
                onClick={() => void get(f.format)}
              >
                {t('harvest.download', { format: f.label })}
              </button>
            ))}
          </div>
          <p role="status" className="muted">
            {status}
          </p>
          <ErrorAlert error={error} />
        </>
      )}
      <h3>{t('harvest.rawData')}</h3>
      <ul className="link-list">
        <li>
          <a href={`${missionBase}/harvest.csv`} download>
            {t('harvest.csv')}
          </a>
        </li>
        <li>
          <a href={`${missionBase}/harvest.xlsx`} download>
            {t('harvest.xlsx')}
          </a>
        </li>
      </ul>
    </section>
  );
}
