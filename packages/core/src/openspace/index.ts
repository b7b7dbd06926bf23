export * from './check-agenda.ts';
export * from './check-ins.ts';
export * from './convergence.ts';
export {
  countConflicts,
  countOverflow,
  demandBySession,
  type InterestIndex,
  indexInterests,
} from './interests.ts';
export * from './move-session.ts';
export * from './proceedings.ts';
export * from './report.ts';
export * from './schedule.ts';
export * from './types.ts';
