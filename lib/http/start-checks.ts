// What must hold before the server takes its first request: a valid environment, a session
// secret, a database of this release's schema, and no demo accounts on a public address.
// Each failure is one sentence naming what to change.
import { authSecretProblem } from '../auth/startup-check';
import { checkDatabaseSchema } from '../db/schema-check';
import { getEnv } from '../env';
import { activeDemoAccounts, judgeDemoExposure } from './demo-exposure';

export class StartRefused extends Error {}

export async function checkBeforeStart(options: { host: string | undefined; log: (m: string) => void }): Promise<void> {
  let env;
  try {
    env = getEnv();
  } catch (e) {
    throw new StartRefused(e instanceof Error ? e.message : String(e));
  }
  const secret = authSecretProblem();
  if (secret) throw new StartRefused(secret);
  const url = env.DATABASE_URL;
  const schema = await checkDatabaseSchema(url);
  if (schema) throw new StartRefused(schema.message);
  const exposure = judgeDemoExposure(options.host, await activeDemoAccounts(url!), env.CROSSCHECK_DEMO_PUBLIC);
  if (exposure && 'refuse' in exposure) throw new StartRefused(exposure.refuse);
  if (exposure) options.log(`\n${exposure.warn}\n`);
}
