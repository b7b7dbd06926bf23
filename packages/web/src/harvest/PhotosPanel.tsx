/**
 * Photos of the mission (graphic recordings, flipcharts, sticky-note walls): upload from a phone
 * camera or a laptop, a gallery, and text recognition whose draft notes a facilitator corrects
 * and accepts into the harvest (OCR-4). Recognition runs on the server, offline.
 */
import type { TablePlace } from '@cercle/core';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, api, toApiError } from '../api.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { useApi } from '../hooks.ts';

const KINDS = ['sticky-notes', 'flipchart', 'graphic-recording', 'other'] as const;
const MAX_BYTES = 25 * 1024 * 1024;

interface Photo {
  id: string;
  kind: (typeof KINDS)[number];
  caption: string;
  originalName: string;
  thumbnailUrl: string;
  imageUrl: string;
  draftCount: number;
}

interface Draft {
  id: string;
  text: string;
  confidence: number;
  status: 'draft' | 'accepted' | 'rejected';
}

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

export function PhotosPanel({
  missionBase,
  canEdit,
  onAccepted,
  tables = [],
}: {
  missionBase: string;
  canEdit: boolean;
  onAccepted: () => void;
  /** Tables of the sessions' group plans: a tablecloth's photo is filed at its table and round. */
  tables?: readonly TablePlace[];
}) {
  const { t } = useTranslation();
  const id = useId();
  const photos = useApi<{ photos: Photo[] }>(`${missionBase}/photos`);
  const [file, setFile] = useState<File | null>(null);
  const [caption, setCaption] = useState('');
  const [kind, setKind] = useState<(typeof KINDS)[number]>('sticky-notes');
  /** Index into `tables`, or '' for none. */
  const [placeAt, setPlaceAt] = useState('');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [tooBig, setTooBig] = useState(false);
  const [review, setReview] = useState<{ photoId: string; drafts: Draft[]; message: string } | null>(null);

  async function run<T>(work: () => Promise<T>): Promise<T | undefined> {
    setBusy(true);
    setError(null);
    try {
      return await work();
    } catch (e) {
      setError(toApiError(e));
      return undefined;
    } finally {
      setBusy(false);
    }
  }

  async function upload(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setTooBig(true);
      return;
    }
    setTooBig(false);
    const done = await run(async () =>
      api(`${missionBase}/photos`, {
        method: 'POST',
        body: {
          imageBase64: await readBase64(file),
          fileName: file.name.slice(0, 200),
          caption,
          kind,
          place: placeAt === '' ? null : (tables[Number(placeAt)] ?? null),
        },
      }),
    );
    if (done) {
      setStatus(t('harvest.photoAdded'));
      setCaption('');
      setFile(null);
      photos.reload();
    }
  }

  async function recognise(photoId: string) {
    setStatus(t('harvest.recognising'));
    const answer = await run(() =>
      api<{ drafts: Draft[]; message: string }>(`${missionBase}/photos/${photoId}/recognise`, {
        method: 'POST',
      }),
    );
    if (answer) {
      setReview({ photoId, drafts: answer.drafts, message: answer.message });
      setStatus(t('harvest.draftsFound', { count: answer.drafts.length }));
    } else setStatus('');
  }

  async function decide(draft: Draft, text: string, decision: 'accepted' | 'rejected') {
    if (!review) return;
    const answer = await run(() =>
      api<{ draft: Draft }>(`${missionBase}/photos/${review.photoId}/drafts/${draft.id}`, {
        method: 'PUT',
        body: { text, status: decision },
      }),
    );
    if (!answer) return;
    setReview({ ...review, drafts: review.drafts.map((d) => (d.id === draft.id ? answer.draft : d)) });
    setStatus(decision === 'accepted' ? t('harvest.draftAccepted') : t('harvest.draftRejected'));
    if (decision === 'accepted') onAccepted();
  }

  const list = photos.data?.photos ?? [];
  return (
    <section className="panel stack" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('harvest.photos')}</h2>
      <p role="status" className="muted">
        {status}
      </p>
      <ErrorAlert error={error ?? photos.error} />
      {tooBig && (
        <p className="alert" role="alert">
          {t('harvest.photoTooBig')}
        </p>
      )}
      {canEdit && (
        <form className="stack" onSubmit={upload}>
          <div className="field">
            <label htmlFor={`${id}-file`}>{t('harvest.photoFile')}</label>
            <input
              id={`${id}-file`}
              type="file"
              accept="image/jpeg,image/png,image/webp,image/avif"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-kind`}>{t('harvest.photoKind')}</label>
            <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`harvest.kinds.${k}`)}
                </option>
              ))}
            </select>
          </div>
          {tables.length > 0 && (
            <div className="field">
              <label htmlFor={`${id}-place`}>{t('harvest.photoPlace')}</label>
              <select id={`${id}-place`} value={placeAt} onChange={(e) => setPlaceAt(e.target.value)}>
                <option value="">{t('harvest.photoNoPlace')}</option>
                {tables.map((p, i) => (
                  <option key={`${p.planId}-${p.round}-${p.table}`} value={String(i)}>
                    {t('harvest.tablePlace', { title: p.title, round: p.round + 1, table: p.table + 1 })}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="field">
            <label htmlFor={`${id}-caption`}>{t('harvest.photoCaption')}</label>
            <input
              id={`${id}-caption`}
              value={caption}
              maxLength={200}
              onChange={(e) => setCaption(e.target.value)}
            />
          </div>
          <button type="submit" className="primary" disabled={busy || !file}>
            {t('harvest.photoUpload')}
          </button>
        </form>
      )}
      {list.length === 0 ? (
        <p className="muted">{t('harvest.noPhotos')}</p>
      ) : (
        <ul className="harvest-photos">
          {list.map((p) => (
            <li key={p.id} className="harvest-photo" data-testid="harvest-photo">
              <a href={p.imageUrl} target="_blank" rel="noreferrer">
                <img src={p.thumbnailUrl} alt={p.caption || t(`harvest.kinds.${p.kind}`)} loading="lazy" />
              </a>
              <p className="harvest-meta">
                {p.caption || t(`harvest.kinds.${p.kind}`)} — {t(`harvest.kinds.${p.kind}`)}
              </p>
              {canEdit && (
                <button
                  type="button"
                  className="secondary"
                  disabled={busy}
                  onClick={() => void recognise(p.id)}
                >
                  {t('harvest.recognise')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {review && (
        <section aria-labelledby={`${id}-review`} className="stack">
          <h3 id={`${id}-review`}>{t('harvest.reviewDrafts')}</h3>
          {review.drafts.length === 0 && <p className="muted">{review.message}</p>}
          <ol className="harvest-items">
            {review.drafts.map((d) => (
              <DraftRow
                key={d.id}
                draft={d}
                busy={busy}
                onDecide={(text, decision) => void decide(d, text, decision)}
              />
            ))}
          </ol>
        </section>
      )}
    </section>
  );
}

function DraftRow({
  draft,
  busy,
  onDecide,
}: {
  draft: Draft;
  busy: boolean;
  onDecide: (text: string, decision: 'accepted' | 'rejected') => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(draft.text);
  return (
    <li className="harvest-item" data-testid="photo-draft" data-status={draft.status}>
      <label htmlFor={`${id}-text`}>
        {t('harvest.draftText', { confidence: Math.round(draft.confidence) })}
      </label>
      <textarea
        id={`${id}-text`}
        rows={2}
        value={text}
        maxLength={2000}
        onChange={(e) => setText(e.target.value)}
      />
      <p className="harvest-meta">{t(`harvest.draftStatus.${draft.status}`)}</p>
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={busy || !text.trim()}
          onClick={() => onDecide(text, 'accepted')}
        >
          {t('harvest.accept')}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() => onDecide(text, 'rejected')}
        >
          {t('harvest.reject')}
        </button>
      </div>
    </li>
  );
}
