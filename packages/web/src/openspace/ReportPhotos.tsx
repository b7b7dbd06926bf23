/**
 * Photos of a session report taken from the phone (OS-LIVE-8). Each photo is uploaded as soon
 * as it is chosen (the server re-encodes it and strips GPS/EXIF) and the report then names it by
 * id. Thumbnails need the participant token, which an <img src> cannot send: they are fetched
 * with it and shown through object URLs.
 */
import { normaliseJoinCode } from '@cercle/core';
import { type ChangeEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError, api } from '../api.ts';
import { loadParticipant } from '../participant/storage.ts';

/** As the server's report schema (core/openspace/report.ts) and photo intake (image-intake.ts). */
const MAX_PHOTOS = 50;
const MAX_BYTES = 25 * 1024 * 1024;

export interface PhotoCredentials {
  code: string;
  token: string;
}

/** The phone's join code (from the address) and participant token (kept since joining), if any. */
export function usePhotoCredentials(): PhotoCredentials | null {
  const { code: raw = '' } = useParams();
  const code = normaliseJoinCode(raw);
  const stored = code ? loadParticipant(code) : null;
  return code && stored ? { code, token: stored.token } : null;
}

const thumbnailUrl = (code: string, id: string) => `/api/join/${code}/photos/${id}/thumbnail`;

function errorKey(error: unknown): string {
  if (!(error instanceof ApiError)) return 'other';
  switch (error.code) {
    case 'PAYLOAD_TOO_LARGE':
      return 'tooLarge';
    case 'VALIDATION_FAILED':
      return 'notPhoto';
    case 'SESSION_CLOSED':
      return 'closed';
    case 'RATE_LIMITED':
      return 'rateLimited';
    case 'NETWORK':
      return 'network';
    default:
      return 'other';
  }
}

/** The file's bytes as base64, without the data-URL prefix. */
function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

function Thumbnail({ credentials, id, alt }: { credentials: PhotoCredentials; id: string; alt: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    let url: string | null = null;
    fetch(thumbnailUrl(credentials.code, id), {
      headers: { authorization: `Bearer ${credentials.token}` },
      signal: controller.signal,
    })
      .then((response) => (response.ok ? response.blob() : null))
      .then((blob) => {
        if (!blob) return;
        url = URL.createObjectURL(blob);
        setSrc(url);
      })
      .catch(() => {
        // Offline or aborted: the alt text stands in for the picture.
      });
    return () => {
      controller.abort();
      if (url) URL.revokeObjectURL(url);
    };
  }, [credentials.code, credentials.token, id]);
  return src ? (
    <img src={src} alt={alt} width={120} className="os-photo-thumb" />
  ) : (
    <span className="os-photo-thumb muted">{alt}</span>
  );
}

export function ReportPhotos({
  credentials,
  photoIds,
  onChange,
  disabled,
}: {
  credentials: PhotoCredentials;
  photoIds: readonly string[];
  onChange: (ids: string[]) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const inputId = useId();
  const [uploading, setUploading] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const full = photoIds.length >= MAX_PHOTOS;

  async function add(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setError(null);
    // A file the phone says is not an image is refused here; the server still reads the bytes.
    if (file.type && !file.type.startsWith('image/')) {
      setError(t('openspace.photoErrors.notPhoto'));
      return;
    }
    if (file.size > MAX_BYTES) {
      setError(t('openspace.photoErrors.tooLarge'));
      return;
    }
    setUploading(true);
    setStatus(t('openspace.photoUploading'));
    try {
      const { photo } = await api<{ photo: { id: string } }>(`/api/join/${credentials.code}/photos`, {
        method: 'POST',
        token: credentials.token,
        body: { imageBase64: await base64Of(file) },
      });
      onChange([...photoIds, photo.id]);
      setStatus(t('openspace.photoAdded'));
    } catch (caught) {
      setStatus('');
      setError(t(`openspace.photoErrors.${errorKey(caught)}`));
    } finally {
      setUploading(false);
    }
  }

  function remove(id: string) {
    onChange(photoIds.filter((x) => x !== id));
    setStatus(t('openspace.photoRemoved'));
  }

  return (
    <fieldset className="stack os-photos" data-testid="os-report-photos">
      <legend>
        {t('openspace.photos')}
        {photoIds.length > 0 && ` (${t('openspace.photoCount', { count: photoIds.length })})`}
      </legend>
      {photoIds.length > 0 && (
        <ul className="os-photo-list">
          {photoIds.map((id, i) => (
            <li key={id}>
              <Thumbnail credentials={credentials} id={id} alt={t('openspace.photoAlt', { n: i + 1 })} />
              <button
                type="button"
                onClick={() => remove(id)}
                aria-label={t('openspace.photoRemoveLabel', { n: i + 1 })}
              >
                {t('openspace.photoRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {full ? (
        <p className="muted">{t('openspace.photoLimit', { max: MAX_PHOTOS })}</p>
      ) : (
        <div className="field">
          <label htmlFor={inputId}>{t('openspace.addPhoto')}</label>
          <p className="muted" id={`${inputId}-hint`}>
            {t('openspace.photoHint')}
          </p>
          <input
            id={inputId}
            type="file"
            name="report-photo"
            accept="image/*"
            capture="environment"
            aria-describedby={`${inputId}-hint`}
            disabled={disabled || uploading}
            onChange={add}
          />
        </div>
      )}
      <p role="status" className="muted os-status" data-testid="os-photo-status">
        {status}
      </p>
      {error && (
        <p role="alert" className="alert" data-testid="os-photo-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
