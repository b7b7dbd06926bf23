/** Public API of the "design missions and workshops" domain. */
export * from './agenda/edit.ts';
export * from './agenda/messages.ts';
export * from './agenda/rules.ts';
export * from './agenda/schedule.ts';
export * from './errors.ts';
export * from './limits.ts';
export * from './methods/custom.ts';
export {
  BUILT_IN_METHODS,
  createMethodLibrary,
  type ExpandOptions,
  foldText,
  getMethod,
  METHOD_LIBRARY,
  type MethodLibrary,
  type MethodQuery,
  requireMethod,
  searchMethods,
  sequencesFromMethod,
} from './methods/library.ts';
export * from './schemas.ts';
export * from './templates/index.ts';
export * from './time.ts';
export * from './types.ts';

import { METHOD_LIBRARY } from './methods/library.ts';
import { createDesignSchemas } from './schemas.ts';

/** Schemas that accept the built-in methods only; the server builds its own with organisation methods. */
export const designSchemas = createDesignSchemas({ isKnownMethod: (id) => METHOD_LIBRARY.has(id) });
