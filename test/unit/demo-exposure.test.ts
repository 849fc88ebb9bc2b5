import { describe, expect, it } from 'vitest';
import { isLoopbackHost, judgeDemoExposure } from '@/lib/http/demo-exposure';

const DEMO = ['reviewer@crosscheck.test', 'editor@crosscheck.test', 'admin@crosscheck.test'];

describe('isLoopbackHost', () => {
  it('counts loopback addresses and localhost only', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', '::1', 'localhost', 'LOCALHOST']) expect(isLoopbackHost(host), host).toBe(true);
    for (const host of [undefined, '', '0.0.0.0', '::', '192.0.2.2', 'fd00::2', 'crosscheck.example']) expect(isLoopbackHost(host), String(host)).toBe(false);
  });
});

describe('judgeDemoExposure', () => {
  it('lets the demo accounts listen on loopback, and anything without them listen anywhere', () => {
    expect(judgeDemoExposure('127.0.0.1', DEMO, false)).toBeNull();
    expect(judgeDemoExposure('0.0.0.0', [], false)).toBeNull();
  });

  it('refuses them on a public address, naming the accounts and the way out', () => {
    const verdict = judgeDemoExposure('0.0.0.0', DEMO, false);
    expect(verdict && 'refuse' in verdict && verdict.refuse).toMatch(/admin@crosscheck\.test.*0\.0\.0\.0.*CROSSCHECK_DEMO_PUBLIC=1/);
    expect(judgeDemoExposure(undefined, DEMO, false)).toHaveProperty('refuse', expect.stringMatching(/every network interface/));
  });

  it('only warns when the operator set CROSSCHECK_DEMO_PUBLIC=1', () => {
    expect(judgeDemoExposure('0.0.0.0', DEMO, true)).toHaveProperty('warn', expect.stringMatching(/CROSSCHECK_DEMO_PUBLIC=1/));
  });
});
