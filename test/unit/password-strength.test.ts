// New passwords: at least 12 characters, and not common, breached or easy to guess (zxcvbn
// score 3 or more), with a message that says why.
import { describe, expect, it } from 'vitest';
import { PasswordSchema } from '@/lib/users/user-schemas';
import { DEMO_PASSWORD } from '@/lib/seed/demo-data';

async function refusal(password: string): Promise<string | null> {
  const result = await PasswordSchema.safeParseAsync(password);
  return result.success ? null : result.error.issues.map((i) => i.message).join(' ');
}

describe('PasswordSchema', () => {
  it('refuses repeated characters, saying so', async () => {
    expect(await refusal('aaaaaaaaaaaa')).toMatch(/too easy to guess.*Repeated characters/);
  });

  it('refuses common and breached passwords, saying so', async () => {
    expect(await refusal('password1234')).toMatch(/too easy to guess.*commonly used password/);
    expect(await refusal('P@ssw0rd12345')).toMatch(/too easy to guess/);
    expect(await refusal('qwertyuiopasdf')).toMatch(/too easy to guess/);
  });

  it('refuses the published demo password and the site’s own name as a password', async () => {
    expect(await refusal(DEMO_PASSWORD)).toMatch(/too easy to guess/);
    expect(await refusal('crosscheck2026')).toMatch(/too easy to guess/);
  });

  it('keeps the length rules', async () => {
    expect(await refusal('Xk#9v!Lq2')).toMatch(/at least 12 characters/);
    expect(await refusal('violet tapestry '.repeat(70))).toMatch(/at most 1024 characters/);
  });

  it('accepts a strong passphrase', async () => {
    expect(await refusal('violet tapestry mountain lemon')).toBeNull();
    expect(await refusal('Lantern orbit 7 quietly folds')).toBeNull();
  });
});
