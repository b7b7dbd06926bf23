import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

function refusal(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return err as ConfigError;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

describe('loadConfig', () => {
  test.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['PORT', '3.5'],
    ['DATABASE_URL', 'mysql://x'],
    ['DATABASE_URL', 'not a url'],
    ['PUBLIC_URL', 'notaurl'],
    ['PUBLIC_URL', 'ftp://cercle.example.org'],
    ['REDIS_URL', 'http://localhost:6379'],
    ['LOG_LEVEL', 'loud'],
    ['DEMO', 'yes'],
  ])('refuses %s=%s with a ConfigError naming the variable', (name, value) => {
    const error = refusal({ [name]: value });
    expect(error.message).toMatch(new RegExp(`^\\s*${name}:`, 'm'));
    const others = ['PORT', 'DATABASE_URL', 'PUBLIC_URL', 'REDIS_URL', 'LOG_LEVEL', 'DEMO'].filter(
      (n) => n !== name,
    );
    for (const other of others) expect(error.message).not.toMatch(new RegExp(`^\\s*${other}:`, 'm'));
  });

  test('names every bad variable at once', () => {
    const { message } = refusal({ PORT: 'abc', DATABASE_URL: 'mysql://x', PUBLIC_URL: 'notaurl' });
    for (const name of ['PORT', 'DATABASE_URL', 'PUBLIC_URL'])
      expect(message).toMatch(new RegExp(`^\\s*${name}:`, 'm'));
  });

  test('defaults: port 3000, ./data resolved, http://localhost:3000, no database or Redis URL', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.dataDir).toBe(resolve('./data'));
    expect(config.publicUrl).toBe('http://localhost:3000');
    expect(config.secure).toBe(false);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.redisUrl).toBeUndefined();
    expect(config.demo).toBe(true);
    expect(config.trustProxy).toBe(false);
  });

  test('the default public address follows PORT; empty variables count as unset', () => {
    expect(loadConfig({ PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
    expect(loadConfig({ PORT: '', PUBLIC_URL: '' }).publicUrl).toBe('http://localhost:3000');
  });

  test('an https public address turns on secure mode; a trailing slash is dropped', () => {
    const config = loadConfig({
      PUBLIC_URL: 'https://cercle.example.org/',
      DATABASE_URL: 'postgresql://u@db/cercle',
    });
    expect(config.publicUrl).toBe('https://cercle.example.org');
    expect(config.secure).toBe(true);
    expect(config.databaseUrl).toBe('postgresql://u@db/cercle');
  });
});
