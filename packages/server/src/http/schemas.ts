/** Shared zod pieces for route schemas. */
import { LIMITS } from '@cercle/core';
import { z } from 'zod';

export const errorSchema = z.object({
  code: z.string(),
  message: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

/** The error responses every route may give; listed so the OpenAPI document shows them. */
export const errorResponses = {
  400: errorSchema,
  401: errorSchema,
  403: errorSchema,
  404: errorSchema,
  409: errorSchema,
  429: errorSchema,
} as const;

export const uuid = z.uuid();
export const email = z
  .email()
  .max(LIMITS.emailMax)
  .transform((e) => e.trim().toLowerCase());
export const personName = z.string().trim().min(1).max(LIMITS.personNameMax);
export const role = z.enum(['owner', 'facilitator', 'observer']);
export const orgParams = z.strictObject({ orgId: uuid });
