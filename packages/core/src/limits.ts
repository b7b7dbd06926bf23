/**
 * Limits shared by the browser and the server, so a client can refuse early
 * with the same rule the server enforces.
 */
export const LIMITS = {
  /** A sticky note, not an essay: long texts belong to consultations. */
  contributionTextMax: 2_000,
  facilitatorMessageMax: 1_000,
  /** Word-cloud answers: a few words, not a sentence. */
  wordsTextMax: 60,
  /** Read-Discuss-Apply: a text of about 40 pages; longer documents belong to a consultation. */
  readingTextMax: 200_000,
  /** The passage a margin note quotes. */
  readingQuoteMax: 1_000,
  /** Join questions (department, role…) asked to every participant. */
  joinQuestionsMax: 6,
  joinAnswerMax: 80,
  nicknameMin: 1,
  nicknameMax: 40,
  sessionTitleMax: 200,
  organisationNameMax: 120,
  personNameMax: 120,
  emailMax: 254,
  /** NIST SP 800-63B: at least 8, allow at least 64, no composition rules. */
  passwordMin: 8,
  passwordMax: 256,
  /** Largest WebSocket frame the hub accepts (bytes). */
  socketMessageMaxBytes: 16 * 1024,
  /** Largest JSON body the HTTP API accepts (bytes). */
  httpBodyMaxBytes: 256 * 1024,
  /** Per connection: sustained messages per second and burst size. */
  socketRatePerSecond: 20,
  socketRateBurst: 60,
  /** Client ids are generated on the device (UUIDs or similar). */
  clientIdMax: 64,
  /** A client further behind than this gets a snapshot instead of a replay. */
  replayMaxEvents: 500,
  timerMaxSeconds: 24 * 60 * 60,
  /** Wrong join codes one address may try in `joinCodeMissWindowMs` before it must wait. */
  joinCodeMisses: 60,
  joinCodeMissWindowMs: 5 * 60_000,
} as const;
