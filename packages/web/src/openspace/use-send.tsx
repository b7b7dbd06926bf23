/**
 * Sends one Open Space action over the live socket and says how it went, next to the control
 * that sent it: the ack's confirmation, or the nack's reason (with the server's detail, which
 * names the field and the limit, e.g. "title: at most 120 characters").
 */
import type { Action } from '@cercle/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../components/ErrorAlert.tsx';
import { type LiveConnection, RequestError } from '../live/connection.ts';

export interface SendStatus {
  kind: 'ok' | 'error';
  text: string;
}

export interface Sender {
  send: (action: Action, done?: string) => Promise<boolean>;
  busy: boolean;
  status: SendStatus | null;
  clear: () => void;
}

export function useSend(connection: LiveConnection): Sender {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<SendStatus | null>(null);
  async function send(action: Action, done?: string): Promise<boolean> {
    setBusy(true);
    setStatus(null);
    try {
      await connection.request(action);
      setStatus(done ? { kind: 'ok', text: done } : null);
      return true;
    } catch (e) {
      const code = e instanceof RequestError ? e.code : 'UNKNOWN';
      const detail = e instanceof RequestError && e.detail ? ` (${e.detail})` : '';
      setStatus({ kind: 'error', text: t('openspace.refused', { error: `${errorText(code)}${detail}` }) });
      return false;
    } finally {
      setBusy(false);
    }
  }
  return { send, busy, status, clear: () => setStatus(null) };
}

/** The outcome of the last send: polite when it worked, an alert when it was refused. */
export function SendMessage({ sender, testId }: { sender: Sender; testId?: string }) {
  const { status } = sender;
  return (
    <>
      <p role="status" className="muted os-status" data-testid={testId}>
        {status?.kind === 'ok' ? status.text : ''}
      </p>
      {status?.kind === 'error' && (
        <p role="alert" className="alert" data-testid={testId ? `${testId}-error` : undefined}>
          {status.text}
        </p>
      )}
    </>
  );
}
