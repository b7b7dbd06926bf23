/**
 * Filing a session report from a phone (OS-50, OS-LIVE-8): the convener or someone who checked
 * in. The title starts as the session's; lists are typed one item per line. Participants are
 * not typed: the server takes them from check-ins. Photos are uploaded as they are taken
 * (ReportPhotos.tsx) and the report names them by id.
 */
import type { OpenSpaceState } from '@cercle/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../components/Field.tsx';
import type { LiveConnection } from '../live/connection.ts';
import { linesOf, mayFileReport, type Own } from './model.ts';
import { ReportPhotos, usePhotoCredentials } from './ReportPhotos.tsx';
import { SendMessage, useSend } from './use-send.tsx';

/** A socket frame is at most 16 KiB (LIMIT-1): three lists of this size stay well under it. */
const LIST_MAX = 3_000;
const TITLE_MAX = 200;

interface Draft {
  sessionId: string;
  title: string;
  keyPoints: string;
  proposals: string;
  nextSteps: string;
  photoIds: string[];
}

const EMPTY: Draft = { sessionId: '', title: '', keyPoints: '', proposals: '', nextSteps: '', photoIds: [] };

export function ReportForm({
  os,
  own,
  me,
  connection,
}: {
  os: OpenSpaceState;
  own: Own;
  me: string;
  connection: LiveConnection;
}) {
  const { t } = useTranslation();
  const sender = useSend(connection);
  const credentials = usePhotoCredentials();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [titleError, setTitleError] = useState<string | null>(null);
  const mine = os.topics.filter((topic) => mayFileReport(topic, me, own));
  const existing = os.reports.find((r) => r.sessionId === draft.sessionId);

  function choose(sessionId: string) {
    const topic = os.topics.find((x) => x.id === sessionId);
    const filed = os.reports.find((r) => r.sessionId === sessionId);
    // Starting from the filed report lets a scribe complete it rather than start over.
    setDraft({
      sessionId,
      title: filed?.title ?? topic?.title ?? '',
      keyPoints: filed?.keyPoints.join('\n') ?? '',
      proposals: filed?.proposals.join('\n') ?? '',
      nextSteps: filed?.nextSteps.join('\n') ?? '',
      photoIds: filed ? [...filed.photoIds] : [],
    });
    setTitleError(null);
    sender.clear();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    if (draft.title.trim() === '') {
      setTitleError(t('form.required'));
      form.querySelector<HTMLElement>('[name="report-title"]')?.focus();
      return;
    }
    setTitleError(null);
    const ok = await sender.send(
      {
        kind: 'openspace.report.file',
        report: {
          sessionId: draft.sessionId,
          title: draft.title.trim(),
          keyPoints: linesOf(draft.keyPoints),
          proposals: linesOf(draft.proposals),
          nextSteps: linesOf(draft.nextSteps),
          photoIds: draft.photoIds,
        },
      },
      t('openspace.reportSent'),
    );
    if (ok) setDraft(EMPTY);
  }

  const list = (key: 'keyPoints' | 'proposals' | 'nextSteps', name: string) => (
    <Field label={t(`openspace.${key}`)} hint={t('openspace.oneByLine')}>
      {(props) => (
        <textarea
          {...props}
          name={name}
          rows={3}
          maxLength={LIST_MAX}
          value={draft[key]}
          onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
        />
      )}
    </Field>
  );

  return (
    <section className="stack" aria-labelledby="os-report-title" data-testid="os-report-form">
      <h3 id="os-report-title">{t('openspace.reportTitle')}</h3>
      <p className="muted">{t('openspace.reportLead')}</p>
      {mine.length === 0 ? (
        <p className="muted">{t('openspace.noSessionToReport')}</p>
      ) : (
        <form onSubmit={submit} noValidate className="stack">
          <Field label={t('openspace.reportSession')}>
            {(props) => (
              <select
                {...props}
                name="report-session"
                value={draft.sessionId}
                onChange={(e) => choose(e.target.value)}
              >
                <option value="">{t('openspace.chooseSession')}</option>
                {mine.map((topic) => (
                  <option key={topic.id} value={topic.id}>
                    {topic.title}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {draft.sessionId && (
            <>
              {existing && <p className="notice">{t('openspace.reportReplaces')}</p>}
              <Field label={t('openspace.reportHeading')} error={titleError}>
                {(props) => (
                  <input
                    {...props}
                    name="report-title"
                    maxLength={TITLE_MAX}
                    value={draft.title}
                    onChange={(e) => setDraft({ ...draft, title: e.target.value })}
                  />
                )}
              </Field>
              {list('keyPoints', 'report-key-points')}
              {list('proposals', 'report-proposals')}
              {list('nextSteps', 'report-next-steps')}
              {credentials && (
                <ReportPhotos
                  credentials={credentials}
                  photoIds={draft.photoIds}
                  onChange={(photoIds) => setDraft((d) => ({ ...d, photoIds }))}
                  disabled={sender.busy}
                />
              )}
              <button type="submit" className="primary big" disabled={sender.busy}>
                {sender.busy ? t('openspace.sending') : t('openspace.sendReport')}
              </button>
            </>
          )}
        </form>
      )}
      <SendMessage sender={sender} testId="os-report-status" />
    </section>
  );
}
