import { describe, expect, it } from 'vitest';
import { flaggedWords } from './profanity.ts';

describe('profanity flag (MOD-1: flag for review, never drop)', () => {
  it('MOD-1: finds French and English insults through case, accents and disguises', () => {
    expect(flaggedWords('Quel CONNARD ce chef')).toEqual(['connard']);
    expect(flaggedWords('Enculé !')).toEqual(['encule']);
    expect(flaggedWords('this is bullsh1t and f*ck')).toEqual(['bullshit']); // starred words are self-censored already
    expect(flaggedWords('sh1t happens, sh!t')).toEqual(['shit']);
    expect(flaggedWords('Fuuuuck')).toEqual(['fuck']);
  });

  it('MOD-1: leaves ordinary words that merely contain a listed one', () => {
    expect(flaggedWords('Une conférence constructive, des contraintes, un concombre')).toEqual([]);
    expect(flaggedWords('Scunthorpe, assassin, classic, dickens')).toEqual([]);
    expect(flaggedWords('')).toEqual([]);
  });
});
