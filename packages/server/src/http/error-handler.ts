/**
 * The one place that turns failures into `{code, message}` responses:
 * catalogue errors as they are, validation into 400 with field issues,
 * Fastify's own client errors into their catalogue code, anything else into
 * a 500 that is logged but never shows a stack trace.
 */
import type { ErrorBody } from '@cercle/core';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../errors.ts';

const FASTIFY_CODES: Record<string, AppError['code']> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'VALIDATION_FAILED',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'BAD_JSON',
  FST_ERR_CTP_INVALID_JSON_BODY: 'BAD_JSON',
};

export function toAppError(error: FastifyError | Error): AppError {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issues = error.validation.map((v) => ({
      path: [error.validationContext, ...String(v.instancePath).split('/').filter(Boolean)].join('.'),
      message: v.message ?? 'invalid',
    }));
    return new AppError('VALIDATION_FAILED', undefined, issues);
  }
  const fe = error as FastifyError;
  const mapped = fe.code ? FASTIFY_CODES[fe.code] : undefined;
  if (mapped) return new AppError(mapped);
  // JSON.parse failures and prototype-poisoning attempts come as 400 SyntaxErrors.
  if (
    fe.statusCode === 400 &&
    (error instanceof SyntaxError || /JSON|__proto__|constructor/i.test(error.message))
  ) {
    return new AppError('BAD_JSON');
  }
  if (fe.statusCode === 429) return new AppError('RATE_LIMITED');
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) return new AppError('VALIDATION_FAILED');
  return new AppError('INTERNAL');
}

/** Strict headers for the few errors Fastify answers before any hook runs (helmet's included). */
const BARE_ERROR_HEADERS = {
  'content-security-policy': "default-src 'none'; script-src 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

/**
 * Fastify's `frameworkErrors` option: a malformed URL (bad percent-encoding) or an over-long path
 * parameter is answered by the router itself, in Fastify's own shape; give it ours.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  request.log.info({ code: error.code, reason: error.message }, 'request refused');
  reply.headers(BARE_ERROR_HEADERS).status(400).send(new AppError('VALIDATION_FAILED').toBody());
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const appError = toAppError(error);
    if (appError.status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: appError.code, reason: error.message }, 'request refused');
    const body: ErrorBody = appError.toBody();
    if (appError.code === 'RATE_LIMITED' && !reply.getHeader('retry-after'))
      reply.header('retry-after', '60');
    reply.status(appError.status).send(body);
  });
}
