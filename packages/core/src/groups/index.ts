export * from './bounds.ts';
export * from './constructions.ts';
export { type AttributeDiversity, type DiversityReport, measureDiversity } from './diversity.ts';
export type { GroupConstraints, UnkeptConstraint } from './form-constraints.ts';
export {
  FORM_GROUPS_MAX_EVALUATIONS,
  type FormedGroups,
  type FormGroupsFailure,
  type FormGroupsInput,
  formGroups,
  type GroupingMode,
} from './form-groups.ts';
export * from './ledger.ts';
export type { Person } from './people.ts';
export {
  DEFAULT_MAX_ITERATIONS,
  type PlanRotationInput,
  planRotation,
  type RotationPlan,
} from './plan-rotation.ts';
export {
  REPLAN_MOVE_WEIGHT,
  REPLAN_REPEAT_WEIGHT,
  type ReplannedRotation,
  type ReplanRotationInput,
  replanRotation,
} from './replan-rotation.ts';
export { GROUPING_LIMITS, type GroupingErrorCode, type GroupingFailure } from './result.ts';
export { balancedSizes, groupCountFor, type Sizing } from './sizing.ts';
