/** Limits of the design model, shared by the browser (early refusal) and the server. */
export const DESIGN_LIMITS = {
  idMax: 64,
  titleMax: 200,
  shortTextMax: 500,
  /** Instructions, notes, context: a page or two, never a book. */
  longTextMax: 10_000,
  questionMax: 1_000,
  questionsMax: 30,
  listItemsMax: 30,
  sequenceMinutesMin: 1,
  /** Ten hours: longer is a typo (600 instead of 60), not a sequence. */
  sequenceMinutesMax: 600,
  sequencesMax: 200,
  daysMax: 14,
  stepsMax: 100,
  groupSizeMin: 2,
  groupSizeMax: 50,
  participantsMax: 100_000,
  /** Continuous work before a break is advised (RUN-2). */
  continuousWorkMaxMinutes: 120,
} as const;
