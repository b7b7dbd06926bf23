/**
 * The error catalogue: stable codes shared by HTTP responses, socket close
 * reasons and the UI (which translates them by code).
 */
export const ERRORS = {
  VALIDATION_FAILED: { status: 400, message: 'The request is not valid.' },
  BAD_JSON: { status: 400, message: 'The request body is not valid JSON.' },
  UNAUTHENTICATED: { status: 401, message: 'Please log in.' },
  INVALID_CREDENTIALS: { status: 401, message: 'Wrong email or password.' },
  INVALID_TOKEN: { status: 401, message: 'This participant token is not valid for this session.' },
  CSRF_FAILED: { status: 403, message: 'Missing or wrong CSRF token.' },
  FORBIDDEN: { status: 403, message: 'Your role does not allow this action.' },
  ORIGIN_FORBIDDEN: { status: 403, message: 'This origin is not allowed.' },
  NOT_FOUND: { status: 404, message: 'Not found.' },
  JOIN_CODE_NOT_FOUND: { status: 404, message: 'No open session has this code.' },
  EMAIL_TAKEN: { status: 409, message: 'An account already uses this email.' },
  LAST_OWNER: { status: 409, message: 'An organisation keeps at least one owner.' },
  ALREADY_MEMBER: { status: 409, message: 'You are already a member of this organisation.' },
  SESSION_CLOSED: { status: 409, message: 'This session is closed.' },
  ACTIVITY_LOCKED: { status: 409, message: 'This activity is locked: the facilitator has closed input.' },
  VERSION_CONFLICT: { status: 409, message: 'Someone saved a newer version; reload to see it.' },
  ARCHIVE_UNSUPPORTED: {
    status: 400,
    message: 'This file is not a Cercle mission archive this version can read.',
  },
  INVITATION_INVALID: { status: 410, message: 'This invitation has expired or was already used.' },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'The request is too large.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'Send JSON (Content-Type: application/json).' },
  RATE_LIMITED: { status: 429, message: 'Too many attempts. Please wait a moment.' },
  INTERNAL: { status: 500, message: 'Something went wrong on our side.' },
  UNAVAILABLE: { status: 503, message: 'The service is temporarily unavailable.' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERRORS;

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERRORS, value);
}

/** The JSON shape of every error the API returns. */
export interface ErrorBody {
  code: ErrorCode;
  message: string;
  /** Field-level details for validation errors (path → message). */
  issues?: { path: string; message: string }[];
}

/**
 * WebSocket close codes (4000–4999 are free for applications). The close
 * reason carries the catalogue code so the UI can translate it.
 */
export const CLOSE_CODES = {
  BAD_MESSAGE: 4400,
  UNAUTHENTICATED: 4401,
  FORBIDDEN: 4403,
  NOT_FOUND: 4404,
  HELLO_TIMEOUT: 4408,
  SESSION_CLOSED: 4409,
  MEMBERSHIP_REVOKED: 4410,
  TOO_LARGE: 4413,
  RATE_LIMITED: 4429,
  SHUTTING_DOWN: 4503,
} as const;
