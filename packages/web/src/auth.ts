/** The facilitator's session, shared by every page; loaded only by pages that need it. */
import { useEffect, useSyncExternalStore } from 'react';
import { type ApiError, api, setCsrfToken, toApiError } from './api.ts';
import type { Me, User } from './api-types.ts';

export type AuthState =
  | { status: 'unknown' }
  | { status: 'loading' }
  | { status: 'out' }
  | { status: 'in'; user: User }
  | { status: 'error'; error: ApiError };

let state: AuthState = { status: 'unknown' };
const listeners = new Set<() => void>();

function set(next: AuthState): void {
  state = next;
  for (const listener of listeners) listener();
}

export async function loadAuth(): Promise<void> {
  set({ status: 'loading' });
  try {
    const me = await api<Me>('/api/auth/me');
    setCsrfToken(me.csrfToken);
    set({ status: 'in', user: me.user });
  } catch (error) {
    const apiError = toApiError(error);
    if (apiError.status === 401) set({ status: 'out' });
    else set({ status: 'error', error: apiError });
  }
}

export function signedIn(answer: { user: User; csrfToken: string }): void {
  setCsrfToken(answer.csrfToken);
  set({ status: 'in', user: answer.user });
}

export async function logout(): Promise<void> {
  try {
    await api('/api/auth/logout', { method: 'POST' });
  } finally {
    setCsrfToken(null);
    set({ status: 'out' });
  }
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** Reads the session; `load` asks the server when it is not known yet. */
export function useAuth(load = true): AuthState {
  const current = useSyncExternalStore(subscribe, () => state);
  useEffect(() => {
    if (load && state.status === 'unknown') void loadAuth();
  }, [load]);
  return current;
}

/** Only relative, same-site paths are followed after logging in. */
export function safeNext(next: string | null): string {
  if (next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\')) return next;
  return '/';
}
