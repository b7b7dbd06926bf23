import { ERRORS } from '@cercle/core';
import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { pickLanguage } from './language.ts';

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value as object, `${prefix}${key}.`),
  );
}

function leaves(tree: object): string[] {
  return Object.values(tree).flatMap((value) =>
    typeof value === 'string' ? [value] : leaves(value as object),
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  it('fr and en have exactly the same keys', () => {
    expect(keys(en).sort()).toEqual(keys(fr).sort());
  });

  it('translates every error code of the core catalogue in both languages', () => {
    for (const code of Object.keys(ERRORS)) {
      expect(fr.errors).toHaveProperty(code);
      expect(en.errors).toHaveProperty(code);
    }
  });

  it('has no empty string', () => {
    for (const text of [...leaves(fr), ...leaves(en)]) expect(text.trim()).not.toBe('');
  });

  it('uses the same placeholders in both languages', () => {
    const enByKey = new Map(
      keys(en).map((k) => [k, k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], en)]),
    );
    for (const key of keys(fr)) {
      const frText = key
        .split('.')
        .reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], fr) as string;
      expect(placeholders(enByKey.get(key) as string), key).toEqual(placeholders(frText));
    }
  });
});

describe('pickLanguage', () => {
  it('keeps a stored choice', () => {
    expect(pickLanguage('en', ['fr-FR'])).toBe('en');
  });
  it('prefers French when the browser puts it before English', () => {
    expect(pickLanguage(null, ['fr-CA', 'en-US'])).toBe('fr');
    expect(pickLanguage(null, ['de', 'fr'])).toBe('fr');
  });
  it('falls back to English otherwise', () => {
    expect(pickLanguage(null, ['en-GB', 'fr'])).toBe('en');
    expect(pickLanguage(null, ['de-DE'])).toBe('en');
    expect(pickLanguage('xx', [])).toBe('en');
  });
});
