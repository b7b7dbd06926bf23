/**
 * A reading on the phone (ACT-12): the document's text, readable (comfortable line length,
 * paragraphs kept), the person's own passages marked, and a margin-note form. A passage is
 * chosen by selecting it in the text, or by copying it into the "chosen passage" field for
 * those who cannot select (keyboard, switch access); either way the note carries the
 * passage's character offsets in the document and its quote.
 */
import { LIMITS } from '@cercle/core';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, toApiError } from '../api.ts';
import type { OutboxItem } from '../live/outbox.ts';
import { type Anchor, anchorOf, highlightPieces, locatePassage } from '../live/reading-model.ts';
import { useErrorText } from './ErrorAlert.tsx';
import { Field } from './Field.tsx';

type Loaded = { kind: 'loading' } | { kind: 'error'; code: string } | { kind: 'ready'; text: string };

/** The character offset of a DOM position within `root`'s text (its text nodes, in order). */
function offsetWithin(root: Node, node: Node, offset: number): number {
  const range = document.createRange();
  range.selectNodeContents(root);
  range.setEnd(node, offset);
  return range.toString().length;
}

export function ReadingView({
  code,
  token,
  documentId,
  title,
  items,
  disabled,
  send,
}: {
  code: string;
  token: string;
  documentId: string;
  title: string;
  /** This reading's notes from the outbox, newest first. */
  items: readonly OutboxItem[];
  disabled: boolean;
  send: (text: string, anchor: Anchor) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [version, setVersion] = useState(0);
  const textRef = useRef<HTMLDivElement>(null);
  const [selection, setSelection] = useState<Anchor | null>(null);
  const [passage, setPassage] = useState('');
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<{ passage?: string; note?: string }>({});
  const regionId = useId();

  // biome-ignore lint/correctness/useExhaustiveDependencies: version is the retry trigger
  useEffect(() => {
    const controller = new AbortController();
    setLoaded({ kind: 'loading' });
    api<{ document: { text: string } }>(
      `/api/join/${encodeURIComponent(code)}/documents/${encodeURIComponent(documentId)}`,
      { token, signal: controller.signal },
    )
      .then((answer) => setLoaded({ kind: 'ready', text: answer.document.text }))
      .catch((e: unknown) => {
        if (!controller.signal.aborted) setLoaded({ kind: 'error', code: toApiError(e).code });
      });
    return () => controller.abort();
  }, [code, documentId, token, version]);

  const text = loaded.kind === 'ready' ? loaded.text : '';

  // A selection inside the text becomes the chosen passage (tapping a button may clear the
  // selection on a phone, so it is kept as soon as it is made).
  useEffect(() => {
    if (!text) return;
    const onChange = () => {
      const root = textRef.current;
      const sel = document.getSelection();
      if (!root || !sel || sel.rangeCount === 0 || sel.isCollapsed) return;
      const range = sel.getRangeAt(0);
      if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return;
      const anchor = anchorOf(
        text,
        offsetWithin(root, range.startContainer, range.startOffset),
        offsetWithin(root, range.endContainer, range.endOffset),
      );
      if (!anchor) return;
      setSelection(anchor);
      setPassage(anchor.quote);
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [text]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const next: { passage?: string; note?: string } = {};
    // The selection's offsets when the field still shows it; otherwise the typed passage, found in the text.
    const anchor =
      selection && passage === selection.quote
        ? selection
        : passage.trim()
          ? locatePassage(text, passage, selection?.start ?? 0)
          : null;
    if (!passage.trim()) next.passage = t('activity.passageMissing');
    else if (!anchor) next.passage = t('activity.passageNotFound');
    const trimmed = note.trim();
    if (!trimmed) next.note = t('form.required');
    else if (trimmed.length > LIMITS.contributionTextMax)
      next.note = t('form.tooLong', { max: LIMITS.contributionTextMax });
    setProblems(next);
    if (next.passage || next.note || !anchor) {
      requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    if (await send(trimmed, anchor)) {
      setNote('');
      setPassage('');
      setSelection(null);
    }
  }

  if (loaded.kind === 'loading') return <p role="status">{t('activity.readingLoading')}</p>;
  if (loaded.kind === 'error')
    return (
      <div className="stack">
        <p className="alert" role="alert">
          {t('activity.readingError')} {errorText(loaded.code)}
        </p>
        <div>
          <button type="button" className="secondary" onClick={() => setVersion((v) => v + 1)}>
            {t('join.retry')}
          </button>
        </div>
      </div>
    );

  const marked = items.flatMap((i) => (i.anchor ? [i.anchor] : []));
  return (
    <div className="stack reading">
      <p className="hint">{t('activity.selectHint')}</p>
      {/* Scrolls within the page on long documents: focusable and named so keyboards can scroll it. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section className="reading-scroll" aria-labelledby={regionId} tabIndex={0}>
        <h3 id={regionId} className="visually-hidden">
          {t('activity.readingRegion', { title })}
        </h3>
        <div className="reading-text" ref={textRef} data-testid="reading-text">
          {highlightPieces(text, marked).map((piece) =>
            piece.marked ? <mark key={piece.start}>{piece.text}</mark> : piece.text,
          )}
        </div>
      </section>
      <form onSubmit={submit} noValidate className="stack composer">
        <Field label={t('activity.chosenPassage')} error={problems.passage}>
          {(props) => (
            <textarea
              {...props}
              name="passage"
              rows={2}
              maxLength={LIMITS.readingQuoteMax}
              disabled={disabled}
              value={passage}
              onChange={(e) => setPassage(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('activity.noteLabel')} error={problems.note}>
          {(props) => (
            <textarea
              {...props}
              name="note"
              rows={3}
              maxLength={LIMITS.contributionTextMax}
              disabled={disabled}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
          )}
        </Field>
        <button type="submit" className="primary big" disabled={disabled}>
          {t('activity.addNote')}
        </button>
      </form>
      <section className="stack" aria-labelledby="my-notes-title">
        <h3 id="my-notes-title">{t('activity.myNotes')}</h3>
        {items.length === 0 ? (
          <p className="muted">{t('activity.noMyNotes')}</p>
        ) : (
          <ul className="outbox">
            {items.map((item) => (
              <li
                key={item.id}
                className={`outbox-item outbox-${item.status}`}
                data-testid="outbox-item"
                data-status={item.status}
              >
                {item.anchor && (
                  <p className="note-quote">
                    {t('activity.noteOn', { quote: item.anchor.quote.slice(0, 120) })}
                  </p>
                )}
                <p className="outbox-text">{item.text}</p>
                <p className="outbox-status">
                  {item.status === 'sent'
                    ? t('join.sent')
                    : item.status === 'pending'
                      ? t('join.pending')
                      : t('join.failed', { error: errorText(item.error ?? 'UNKNOWN') })}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
