import { ERRORS, type ErrorBody, type ErrorCode } from '@cercle/core';

/** An expected failure with a stable catalogue code; the error handler turns it into `{code, message}`. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly issues: ErrorBody['issues'];

  constructor(code: ErrorCode, message?: string, issues?: ErrorBody['issues']) {
    super(message ?? ERRORS[code].message);
    this.code = code;
    this.status = ERRORS[code].status;
    this.issues = issues;
  }

  toBody(): ErrorBody {
    return { code: this.code, message: this.message, ...(this.issues ? { issues: this.issues } : {}) };
  }
}

export const notFound = () => new AppError('NOT_FOUND');
export const forbidden = () => new AppError('FORBIDDEN');
