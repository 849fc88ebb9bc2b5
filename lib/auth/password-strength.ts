// Password strength per ASVS V6.2 / NIST 800-63B: length first, then zxcvbn's estimate, whose
// dictionaries hold the common and breached passwords of public leaks. The dictionaries are a
// few megabytes, so they load on the first password set, never for sign-in.
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { DEMO_PASSWORD } from './demo-password';

export const MIN_PASSWORD_SCORE = 3;

// Words an attacker tries first against this site in particular, the published demo password among them.
const SITE_WORDS = ['crosscheck', DEMO_PASSWORD];

let checker: Promise<ZxcvbnFactory> | undefined;

function loadChecker(): Promise<ZxcvbnFactory> {
  checker ??= (async () => {
    const [{ ZxcvbnFactory }, common, en] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-en'),
    ]);
    return new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...en.dictionary },
      graphs: common.adjacencyGraphs,
      translations: en.translations,
    });
  })();
  return checker;
}

/** Why this password is too easy to guess, or null when it is strong enough. */
export async function passwordWeakness(password: string, userInputs: string[] = []): Promise<string | null> {
  const zxcvbn = await loadChecker();
  const { score, feedback } = zxcvbn.check(password, [...SITE_WORDS, ...userInputs]);
  if (score >= MIN_PASSWORD_SCORE) return null;
  const why = feedback.warning ?? 'It would be guessed quickly.';
  const advice = feedback.suggestions.length ? feedback.suggestions.join(' ') : 'Add more words that are less common.';
  return `This password is too easy to guess. ${why} ${advice}`;
}
