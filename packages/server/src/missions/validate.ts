/**
 * Validates a mission document against the design schemas of @cercle/core
 * with the organisation's method library; failures become 400 with one issue
 * per field (`steps.2.workshop.sequences.3.durationMinutes: …`).
 */
import { createDesignSchemas, type MethodLibrary, type Mission } from '@cercle/core';
import { AppError } from '../errors.ts';

export function validateMission(input: unknown, library: MethodLibrary): Mission {
  const { mission } = createDesignSchemas({ isKnownMethod: (id) => library.has(id) });
  const parsed = mission.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.slice(0, 50).map((i) => ({
    path: ['mission', ...i.path.map(String)].join('.'),
    message: i.message,
  }));
  throw new AppError(
    'VALIDATION_FAILED',
    issues[0] ? `${issues[0].path}: ${issues[0].message}` : undefined,
    issues,
  );
}
