import { DESIGN_LIMITS, isIsoDate, type Locale } from '@cercle/core';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { type ApiError, api, toApiError } from '../api.ts';
import type { Mission, MissionAnswer, MissionTemplateSummary } from '../api-types.ts';
import { ErrorAlert, useErrorText } from '../components/ErrorAlert.tsx';
import { Field } from '../components/Field.tsx';
import { formatDay } from '../design/dates.ts';
import { focusFirstInvalid, useApi } from '../hooks.ts';

function uiLocale(language: string): Locale {
  return language.startsWith('en') ? 'en' : 'fr';
}

/** Next Monday (today when it is one): the templates keep their workshops on weekdays. */
function nextMonday(now = new Date()): string {
  const d = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
  const shift = (8 - d.getUTCDay()) % 7;
  d.setUTCDate(d.getUTCDate() + shift);
  return d.toISOString().slice(0, 10);
}

export function MissionsSection({ base, orgId, canRun }: { base: string; orgId: string; canRun: boolean }) {
  const { t, i18n } = useTranslation();
  const missions = useApi<{ missions: Mission[] }>(`${base}/missions`);
  const list = [...(missions.data?.missions ?? [])].sort((a, b) =>
    (b.startsOn ?? '').localeCompare(a.startsOn ?? ''),
  );
  return (
    <section className="panel" aria-labelledby="missions-title">
      <h2 id="missions-title">{t('missions.title')}</h2>
      <ErrorAlert error={missions.error} />
      {list.length === 0 ? (
        <p className="muted">{missions.loading ? t('common.loading') : t('missions.empty')}</p>
      ) : (
        <ul className="rows">
          {list.map((mission) => (
            <li key={mission.id} className="row" data-testid="mission-row">
              <div>
                <Link to={`/org/${orgId}/missions/${mission.id}`} className="strong-link">
                  {mission.title}
                </Link>
                <br />
                <span className="muted">
                  {[
                    mission.clientName ? t('missions.client', { client: mission.clientName }) : null,
                    mission.startsOn && mission.endsOn
                      ? t('design.dateRange', {
                          start: formatDay(mission.startsOn, i18n.language),
                          end: formatDay(mission.endsOn, i18n.language),
                        })
                      : null,
                    mission.status
                      ? t('missions.status', { status: t(`design.missionStatus.${mission.status}`) })
                      : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </div>
            </li>
          ))}
        </ul>
      )}
      {canRun && <NewMission base={base} orgId={orgId} />}
    </section>
  );
}

function NewMission({ base, orgId }: { base: string; orgId: string }) {
  const { t } = useTranslation();
  return (
    <div className="new-mission stack">
      <h3 id="new-mission-title">{t('missions.newTitle')}</h3>
      <div className="new-mission-grid">
        <FromTemplate base={base} orgId={orgId} />
        <BlankMission base={base} orgId={orgId} />
        <ImportArchive base={base} orgId={orgId} />
      </div>
    </div>
  );
}

function LocaleSelect({ value, onChange }: { value: Locale; onChange: (locale: Locale) => void }) {
  const { t } = useTranslation();
  return (
    <Field label={t('missions.language')} hint={t('missions.languageHint')}>
      {(props) => (
        <select {...props} value={value} onChange={(e) => onChange(e.target.value as Locale)}>
          <option value="fr" lang="fr">
            {t('design.locales.fr')}
          </option>
          <option value="en" lang="en">
            {t('design.locales.en')}
          </option>
        </select>
      )}
    </Field>
  );
}

function FromTemplate({ base, orgId }: { base: string; orgId: string }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const lang = uiLocale(i18n.language);
  const templates = useApi<{ templates: MissionTemplateSummary[] }>('/api/mission-templates');
  const [templateId, setTemplateId] = useState('');
  const [startsOn, setStartsOn] = useState(nextMonday);
  const [locale, setLocale] = useState<Locale>(lang);
  const [problems, setProblems] = useState<{ template?: string; startsOn?: string }>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const legendId = useId();

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = {
      template: templateId ? undefined : t('missions.chooseTemplate'),
      startsOn: isIsoDate(startsOn) ? undefined : t('form.required'),
    };
    setProblems(next);
    setError(null);
    if (next.template || next.startsOn) return focusFirstInvalid(event.currentTarget);
    setBusy(true);
    try {
      const answer = await api<MissionAnswer>(`${base}/missions/from-template`, {
        method: 'POST',
        body: { templateId, startsOn, locale },
      });
      navigate(`/org/${orgId}/missions/${answer.mission.id}`);
    } catch (e) {
      setError(toApiError(e));
      setBusy(false);
    }
  }

  const list = templates.data?.templates ?? [];
  return (
    <section className="card stack" aria-labelledby="from-template-title">
      <h4 id="from-template-title">{t('missions.fromTemplateTitle')}</h4>
      <form onSubmit={create} noValidate className="stack">
        <ErrorAlert error={error ?? templates.error} />
        <fieldset
          className={problems.template ? 'choices field-invalid' : 'choices'}
          aria-describedby={problems.template ? `${legendId}-error` : undefined}
        >
          <legend id={legendId}>{t('missions.template')}</legend>
          {templates.loading && <p className="muted">{t('missions.templatesLoading')}</p>}
          {list.map((template, i) => (
            <label key={template.id} className="choice">
              <input
                type="radio"
                name="templateId"
                value={template.id}
                checked={templateId === template.id}
                aria-invalid={Boolean(problems.template) && i === 0}
                onChange={() => setTemplateId(template.id)}
              />
              <span>
                <strong>{template.title[lang]}</strong>
                <span className="choice-detail">{template.summary[lang]}</span>
                <span className="choice-detail muted">
                  {[
                    t('missions.templateMeta', {
                      days: template.durationDays ?? template.lengthDays ?? '?',
                      workshops: template.workshops,
                    }),
                    typeof template.participants === 'number'
                      ? t('missions.templateParticipants', { count: template.participants })
                      : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </span>
            </label>
          ))}
          {problems.template && (
            <p className="field-error" id={`${legendId}-error`}>
              {problems.template}
            </p>
          )}
        </fieldset>
        <Field label={t('missions.startsOn')} error={problems.startsOn}>
          {(props) => (
            <input
              {...props}
              type="date"
              name="startsOn"
              required
              value={startsOn}
              onChange={(e) => setStartsOn(e.target.value)}
            />
          )}
        </Field>
        <LocaleSelect value={locale} onChange={setLocale} />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('missions.creating') : t('missions.createFromTemplate')}
        </button>
      </form>
    </section>
  );
}

function BlankMission({ base, orgId }: { base: string; orgId: string }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [clientName, setClientName] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [locale, setLocale] = useState<Locale>(uiLocale(i18n.language));
  const [problems, setProblems] = useState<Record<string, string | undefined>>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const max = DESIGN_LIMITS.titleMax;
    const check = (v: string) =>
      !v.trim() ? t('form.required') : v.trim().length > max ? t('form.tooLong', { max }) : undefined;
    const next = {
      title: check(title),
      clientName: check(clientName),
      endsOn: startsOn && endsOn && endsOn < startsOn ? t('missions.endBeforeStart') : undefined,
    };
    setProblems(next);
    setError(null);
    if (Object.values(next).some(Boolean)) return focusFirstInvalid(event.currentTarget);
    setBusy(true);
    try {
      const body: Record<string, string> = { title: title.trim(), clientName: clientName.trim(), locale };
      if (startsOn) body.startsOn = startsOn;
      if (endsOn) body.endsOn = endsOn;
      const answer = await api<MissionAnswer>(`${base}/missions`, { method: 'POST', body });
      navigate(`/org/${orgId}/missions/${answer.mission.id}`);
    } catch (e) {
      setError(toApiError(e));
      setBusy(false);
    }
  }

  return (
    <section className="card stack" aria-labelledby="blank-mission-title">
      <h4 id="blank-mission-title">{t('missions.blankTitle')}</h4>
      <form onSubmit={create} noValidate className="stack">
        <ErrorAlert error={error} />
        <Field label={t('missions.missionTitle')} error={problems.title}>
          {(props) => (
            <input
              {...props}
              name="missionTitle"
              required
              value={title}
              onChange={(e) => setTitle(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('missions.clientName')} error={problems.clientName}>
          {(props) => (
            <input
              {...props}
              name="clientName"
              required
              value={clientName}
              onChange={(e) => setClientName(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('missions.startsOn')}>
          {(props) => (
            <input
              {...props}
              type="date"
              name="blankStartsOn"
              value={startsOn}
              onChange={(e) => setStartsOn(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('missions.endsOn')} error={problems.endsOn}>
          {(props) => (
            <input
              {...props}
              type="date"
              name="blankEndsOn"
              value={endsOn}
              onChange={(e) => setEndsOn(e.target.value)}
            />
          )}
        </Field>
        <LocaleSelect value={locale} onChange={setLocale} />
        <button type="submit" className="secondary" disabled={busy}>
          {t('missions.createBlank')}
        </button>
      </form>
    </section>
  );
}

function ImportArchive({ base, orgId }: { base: string; orgId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const fileRef = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const file = fileRef.current?.files?.[0];
    if (!file) {
      setProblem(t('missions.chooseFile'));
      return focusFirstInvalid(event.currentTarget);
    }
    let archive: unknown;
    try {
      archive = JSON.parse(await file.text());
      setProblem(null);
    } catch {
      setProblem(t('missions.notJson'));
      return focusFirstInvalid(event.currentTarget);
    }
    setBusy(true);
    try {
      const answer = await api<MissionAnswer>(`${base}/missions/import`, { method: 'POST', body: archive });
      navigate(`/org/${orgId}/missions/${answer.mission.id}`);
    } catch (e) {
      setError(toApiError(e));
      setBusy(false);
    }
  }

  return (
    <section className="card stack" aria-labelledby="import-title">
      <h4 id="import-title">{t('missions.importTitle')}</h4>
      <form onSubmit={submit} noValidate className="stack">
        {error && (
          <div className="alert" role="alert" data-testid="import-error">
            <p>{t('missions.refused', { reason: errorText(error.code) })}</p>
            {error.message && (
              <p className="alert-detail">{t('missions.serverSays', { message: error.message })}</p>
            )}
            {error.issues.length > 0 && (
              <ul className="alert-detail">
                {error.issues.map((issue) => (
                  <li key={`${issue.path}:${issue.message}`}>
                    {issue.path ? <code>{issue.path}</code> : null} {issue.message}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        <Field label={t('missions.importFile')} hint={t('missions.importHint')} error={problem}>
          {(props) => (
            <input
              {...props}
              ref={fileRef}
              type="file"
              name="archive"
              accept=".json,application/json"
              onChange={() => setProblem(null)}
            />
          )}
        </Field>
        <button type="submit" className="secondary" disabled={busy}>
          {t('missions.importSubmit')}
        </button>
      </form>
    </section>
  );
}
