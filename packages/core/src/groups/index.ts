export * from './bounds.ts';
export * from './constructions.ts';
export * from './ledger.ts';
export type { Person } from './people.ts';
export {
  DEFAULT_MAX_ITERATIONS,
  type PlanRotationInput,
  planRotation,
  type RotationPlan,
} from './plan-rotation.ts';
export { GROUPING_LIMITS, type GroupingErrorCode, type GroupingFailure } from './result.ts';
export { balancedSizes, groupCountFor, type Sizing } from './sizing.ts';
