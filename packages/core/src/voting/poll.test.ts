import { describe, expect, it } from 'vitest';
import type { Cast, VoteOption } from './ballots.ts';
import { type PollBallot, type PollConfig, tallyPoll, validatePollBallot } from './poll.ts';

const options: VoteOption[] = [
  { id: 'tea', label: 'Thé' },
  { id: 'coffee', label: 'Café' },
  { id: 'juice', label: 'Jus' },
];
const single: PollConfig = { kind: 'single' };
const multiple: PollConfig = { kind: 'multiple', min: 1, max: 2 };
const scale: PollConfig = { kind: 'scale', min: 1, max: 5 };
const casts = (ballots: PollBallot[]): Cast<PollBallot>[] =>
  ballots.map((ballot, i) => ({ participantId: `p${i}`, seq: i + 1, ballot }));
const rule = (config: PollConfig, ballot: unknown) => {
  const v = validatePollBallot(config, options, ballot as PollBallot);
  return v.ok ? 'ok' : v.rule;
};

describe('polls', () => {
  it('POLL-1: the ballot shape must match the poll kind', () => {
    expect(rule(single, { value: 3 })).toBe('POLL-1');
    expect(rule(scale, { choices: ['tea'] })).toBe('POLL-1');
  });

  it('POLL-2: unknown option ids are refused', () => {
    expect(rule(single, { choices: ['beer'] })).toBe('POLL-2');
  });

  it('POLL-3: an option cannot be chosen twice', () => {
    expect(rule(multiple, { choices: ['tea', 'tea'] })).toBe('POLL-3');
  });

  it('POLL-4: single choice needs exactly one; multiple choice between min and max', () => {
    expect(rule(single, { choices: [] })).toBe('POLL-4');
    expect(rule(single, { choices: ['tea', 'coffee'] })).toBe('POLL-4');
    expect(rule(single, { choices: ['tea'] })).toBe('ok');
    expect(rule(multiple, { choices: [] })).toBe('POLL-4');
    expect(rule(multiple, { choices: ['tea', 'coffee', 'juice'] })).toBe('POLL-4');
    expect(rule(multiple, { choices: ['tea', 'juice'] })).toBe('ok');
  });

  it('POLL-5: scale answers are whole numbers within the scale', () => {
    expect(rule(scale, { value: 0 })).toBe('POLL-5');
    expect(rule(scale, { value: 6 })).toBe('POLL-5');
    expect(rule(scale, { value: 2.5 })).toBe('POLL-5');
    expect(rule(scale, { value: 5 })).toBe('ok');
  });

  it('POLL-6: choice polls count each option, with shares, ranking and winners', () => {
    const result = tallyPoll(
      multiple,
      options,
      casts([{ choices: ['tea', 'coffee'] }, { choices: ['coffee'] }, { choices: ['juice', 'coffee'] }]),
    );
    expect(result).toMatchObject({
      kind: 'choice',
      voters: 3,
      invalid: 0,
      counts: [
        { optionId: 'tea', count: 1, share: 1 / 3 },
        { optionId: 'coffee', count: 3, share: 1 },
        { optionId: 'juice', count: 1, share: 1 / 3 },
      ],
      ranking: [
        { optionId: 'coffee', rank: 1 },
        { optionId: 'tea', rank: 2 },
        { optionId: 'juice', rank: 2 },
      ],
      winners: ['coffee'],
    });
  });

  it('POLL-6: no voters, no winners', () => {
    expect(tallyPoll(single, options, [])).toMatchObject({ voters: 0, winners: [] });
  });

  it('POLL-7: scales report mean, median and the full distribution', () => {
    const result = tallyPoll(scale, options, casts([{ value: 1 }, { value: 4 }, { value: 5 }, { value: 4 }]));
    expect(result).toEqual({
      kind: 'scale',
      voters: 4,
      invalid: 0,
      mean: 3.5,
      median: 4,
      distribution: [
        { value: 1, count: 1 },
        { value: 2, count: 0 },
        { value: 3, count: 0 },
        { value: 4, count: 2 },
        { value: 5, count: 1 },
      ],
    });
    expect(tallyPoll(scale, options, casts([{ value: 2 }, { value: 5 }]))).toMatchObject({ median: 3.5 });
    expect(tallyPoll(scale, options, [])).toMatchObject({ mean: null, median: null });
  });

  it('BALLOT-1: a participant who changes their vote is counted once, with the last answer', () => {
    const result = tallyPoll(single, options, [
      { participantId: 'p1', seq: 1, ballot: { choices: ['tea'] } },
      { participantId: 'p1', seq: 2, ballot: { choices: ['juice'] } },
    ]);
    expect(result).toMatchObject({ voters: 1, winners: ['juice'] });
  });
});
