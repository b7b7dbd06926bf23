import type { ErrorCode } from '../errors.ts';

/**
 * Raised by the pure editing operations on bad input. `field` names the culprit
 * (e.g. `durationMinutes`, `methodId`) so the UI can point at it; `code` maps to the
 * shared error catalogue.
 */
export class DesignError extends Error {
  readonly code: ErrorCode;
  readonly field: string;

  constructor(field: string, message: string, code: ErrorCode = 'VALIDATION_FAILED') {
    super(`${field}: ${message}`);
    this.name = 'DesignError';
    this.field = field;
    this.code = code;
  }
}
