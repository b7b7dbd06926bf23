/**
 * The one door to the HTTP API: JSON in and out, same-origin cookies, the CSRF
 * header on every write, and a typed error the UI translates by code.
 */
import { type ErrorCode, isErrorCode } from '@cercle/core';

/** Codes the browser produces itself, next to the server's catalogue. */
export type ClientErrorCode = 'NETWORK' | 'UNKNOWN';

/**
 * Codes of the mission design routes (docs/API.md). Listed here too so the UI understands
 * them whether or not the core catalogue already holds them.
 */
export const DESIGN_ERROR_CODES = ['VERSION_CONFLICT', 'ARCHIVE_UNSUPPORTED'] as const;
export type DesignErrorCode = (typeof DESIGN_ERROR_CODES)[number];
export type AnyErrorCode = ErrorCode | ClientErrorCode | DesignErrorCode;

function isKnownCode(value: unknown): value is ErrorCode | DesignErrorCode {
  return isErrorCode(value) || (DESIGN_ERROR_CODES as readonly unknown[]).includes(value);
}

export interface ApiIssue {
  path: string;
  message: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: AnyErrorCode;
  readonly issues: ApiIssue[];
  /** The whole error body (a 409 VERSION_CONFLICT carries the current document). */
  readonly body: unknown;

  constructor(status: number, code: AnyErrorCode, message: string, issues: ApiIssue[] = [], body?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.issues = issues;
    this.body = body;
  }
}

/** Any thrown value becomes an ApiError, so screens only deal with codes. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(0, 'UNKNOWN', error instanceof Error ? error.message : String(error));
}

let csrfToken: string | null = null;

/** Called with the token from /api/auth/me, sign-up or log-in; null on log-out. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  method?: Method;
  body?: unknown;
  /** Participant token, sent as a Bearer credential. */
  token?: string;
  signal?: AbortSignal;
  /** Sign-up and log-in happen before any session exists: no CSRF token to fetch. */
  csrf?: boolean;
}

async function ensureCsrfToken(signal?: AbortSignal): Promise<string | null> {
  if (csrfToken) return csrfToken;
  try {
    const me = await request<{ csrfToken: string }>('/api/auth/me', { signal });
    csrfToken = me.csrfToken;
  } catch {
    // Logged out: the write will answer 401 and the screen will say so.
  }
  return csrfToken;
}

async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (method !== 'GET' && !options.token && options.csrf !== false) {
    const token = await ensureCsrfToken(options.signal);
    if (token) headers['x-csrf-token'] = token;
  }
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiError(0, 'NETWORK', 'The network request failed.');
  }
  if (response.status === 204) return undefined as T;
  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) throw errorFromPayload(response.status, payload);
  return payload as T;
}

function toIssue(raw: unknown): ApiIssue {
  const issue = (raw && typeof raw === 'object' ? raw : {}) as { path?: unknown; message?: unknown };
  const path = Array.isArray(issue.path) ? issue.path.map(String).join('.') : String(issue.path ?? '');
  return { path, message: String(issue.message ?? '') };
}

export function errorFromPayload(status: number, payload: unknown): ApiError {
  if (payload && typeof payload === 'object') {
    const body = payload as { code?: unknown; message?: unknown; issues?: unknown };
    if (isKnownCode(body.code)) {
      const issues = Array.isArray(body.issues) ? body.issues.map(toIssue) : [];
      return new ApiError(status, body.code, String(body.message ?? ''), issues, payload);
    }
  }
  return new ApiError(status, status >= 500 ? 'INTERNAL' : 'UNKNOWN', `HTTP ${status}`);
}

/** Sends a request; a stale CSRF token (403 CSRF_FAILED) is refreshed once and the write retried. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  try {
    return await request<T>(path, options);
  } catch (error) {
    if (error instanceof ApiError && error.code === 'CSRF_FAILED') {
      csrfToken = null;
      return request<T>(path, options);
    }
    throw error;
  }
}
