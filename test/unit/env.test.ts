import { afterEach, describe, expect, it } from 'vitest';
import { getEnv } from '@/lib/env';

// Every setting is read through getEnv(); tests and the start script change variables at run time.

const saved = { ...process.env };
afterEach(() => {
  for (const name of ['DB_POOL_SIZE', 'CROSSCHECK_PUBLIC_READ', 'PORT']) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});

describe('getEnv', () => {
  it('gives defaults for unset settings', () => {
    delete process.env.DB_POOL_SIZE;
    delete process.env.CROSSCHECK_PUBLIC_READ;
    expect(getEnv()).toMatchObject({ DB_POOL_SIZE: 10, CROSSCHECK_PUBLIC_READ: true });
  });

  it('sees a variable changed after the last read', () => {
    process.env.CROSSCHECK_PUBLIC_READ = 'true';
    expect(getEnv().CROSSCHECK_PUBLIC_READ).toBe(true);
    process.env.CROSSCHECK_PUBLIC_READ = '0';
    expect(getEnv().CROSSCHECK_PUBLIC_READ).toBe(false);
    process.env.DB_POOL_SIZE = '25';
    expect(getEnv().DB_POOL_SIZE).toBe(25);
  });

  it('refuses a wrong setting, naming it', () => {
    process.env.DB_POOL_SIZE = 'many';
    expect(() => getEnv()).toThrow(/Invalid environment:\n {2}DB_POOL_SIZE:/);
    process.env.DB_POOL_SIZE = '0';
    expect(() => getEnv()).toThrow(/DB_POOL_SIZE: must be a whole number of at least 1/);
    delete process.env.DB_POOL_SIZE;
    process.env.PORT = 'eighty';
    expect(() => getEnv()).toThrow(/PORT: must be a port number/);
  });
});
