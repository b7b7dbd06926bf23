export {
  type BallotValidation,
  type Cast,
  latestBallots,
  type RankedOption,
  type VoteOption,
  type VoteRule,
} from './ballots.ts';
export * from './borda.ts';
export * from './consent.ts';
export * from './dots.ts';
export * from './majority-judgment.ts';
export * from './poll.ts';
export * from './qna.ts';
export * from './ranking.ts';
export * from './schulze.ts';
export * from './scoring-grid.ts';
export * from './word-cloud.ts';
