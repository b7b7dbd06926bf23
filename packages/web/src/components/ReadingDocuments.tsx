/**
 * The console's choice of a reading's document (ACT-12): one of those uploaded to this session,
 * or a new one, pasted as text or read from a PDF file (sent as base64; the server extracts
 * its text).
 */
import { LIMITS } from '@cercle/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, api, toApiError } from '../api.ts';
import { useApi } from '../hooks.ts';
import { ErrorAlert } from './ErrorAlert.tsx';
import { Field } from './Field.tsx';

export interface ReadingDocument {
  id: string;
  title: string;
  source: 'text' | 'pdf';
  length: number;
  createdAt: string;
}

export type ChosenDocument = { id: string; title: string; length: number };

/** The server refuses PDFs above 8 MB (PDF_MAX_BYTES). */
const PDF_MAX_BYTES = 8 * 1024 * 1024;

/** A file's bytes as base64, in chunks (spreading a whole PDF into one call would overflow the stack). */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

export function ReadingDocumentPicker({
  sessionPath,
  value,
  onChange,
  error,
}: {
  sessionPath: string;
  value: ChosenDocument | null;
  onChange: (doc: ChosenDocument | null) => void;
  error: string | null;
}) {
  const { t } = useTranslation();
  const loaded = useApi<{ documents: ReadingDocument[] }>(`${sessionPath}/documents`);
  const documents = loaded.data?.documents ?? [];
  const choose = (id: string) => {
    const doc = documents.find((d) => d.id === id);
    onChange(doc ? { id: doc.id, title: doc.title, length: doc.length } : null);
  };
  return (
    <div className="stack reading-documents">
      <ErrorAlert error={loaded.error} />
      <Field
        label={t('activity.documentLabel')}
        hint={documents.length === 0 ? t('activity.noDocument') : undefined}
        error={error}
      >
        {(props) => (
          <select {...props} name="document" value={value?.id ?? ''} onChange={(e) => choose(e.target.value)}>
            <option value="">{t('activity.documentChoose')}</option>
            {documents.map((d) => (
              <option key={d.id} value={d.id}>
                {t('activity.docChars', { title: d.title, count: d.length })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <UploadDocument
        sessionPath={sessionPath}
        onAdded={(doc) => {
          loaded.reload();
          onChange({ id: doc.id, title: doc.title, length: doc.length });
        }}
      />
    </div>
  );
}

/** Not a nested <form> (the activity form holds it): a group with its own button. */
function UploadDocument({
  sessionPath,
  onAdded,
}: {
  sessionPath: string;
  onAdded: (doc: ReadingDocument) => void;
}) {
  const { t } = useTranslation();
  const [source, setSource] = useState<'text' | 'pdf'>('text');
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [problems, setProblems] = useState<{ title?: string; body?: string }>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState('');
  const headingId = useId();
  const sourceName = useId();

  async function upload() {
    const next: { title?: string; body?: string } = {};
    if (!title.trim()) next.title = t('form.required');
    if (source === 'text' && !text.trim()) next.body = t('form.required');
    if (source === 'text' && text.length > LIMITS.readingTextMax)
      next.body = t('form.tooLong', { max: LIMITS.readingTextMax });
    if (source === 'pdf' && !file) next.body = t('activity.docFileRequired');
    if (source === 'pdf' && file && file.size > PDF_MAX_BYTES) next.body = t('activity.docTooBig');
    setProblems(next);
    setError(null);
    setDone('');
    if (next.title || next.body) return;
    setBusy(true);
    try {
      const body =
        source === 'text'
          ? { title: title.trim(), text }
          : { title: title.trim(), pdfBase64: await base64Of(file as File) };
      const answer = await api<{ document: ReadingDocument }>(`${sessionPath}/documents`, {
        method: 'POST',
        body,
      });
      setDone(t('activity.docAdded', { title: answer.document.title }));
      setTitle('');
      setText('');
      setFile(null);
      onAdded(answer.document);
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="stack upload-document" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('activity.uploadTitle')}</h3>
      <ErrorAlert error={error} />
      <Field label={t('activity.docTitleLabel')} error={problems.title}>
        {(props) => (
          <input {...props} maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} />
        )}
      </Field>
      <fieldset className="inline-choices">
        <legend>{t('activity.docSourceLabel')}</legend>
        {(['text', 'pdf'] as const).map((s) => (
          <label key={s} className="choice">
            <input
              type="radio"
              name={sourceName}
              value={s}
              checked={source === s}
              onChange={() => setSource(s)}
            />
            <span>{s === 'text' ? t('activity.docPaste') : t('activity.docPdf')}</span>
          </label>
        ))}
      </fieldset>
      {source === 'text' ? (
        <Field label={t('activity.docTextLabel')} error={problems.body}>
          {(props) => <textarea {...props} rows={6} value={text} onChange={(e) => setText(e.target.value)} />}
        </Field>
      ) : (
        <Field label={t('activity.docFileLabel')} error={problems.body}>
          {(props) => (
            <input
              {...props}
              type="file"
              accept="application/pdf,.pdf"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          )}
        </Field>
      )}
      <div>
        <button type="button" className="secondary" disabled={busy} onClick={() => void upload()}>
          {t('activity.docUpload')}
        </button>
      </div>
      <p role="status" className="muted">
        {done}
      </p>
    </section>
  );
}
