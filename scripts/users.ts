// `npm run users -- create --email you@example.org --role admin [--name "Your Name"]`
// Creates the user (or resets their password and role, ending their sessions) with the password
// read from standard input, so it never appears in shell history or the process list. For the
// first admin. New passwords must be 12+ characters and not common or easy to guess.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { resolveDatabase } from '../lib/db/resolve-database';

const USAGE = 'Usage: npm run users -- create --email <email> --role reviewer|editor|admin [--name <name>]\n' +
  '       (the password is read from standard input: pipe it in, or type it when asked)';

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
  }
  // Interactive: ask without echoing what is typed.
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const muted = rl as unknown as { _writeToOutput: (s: string) => void };
  process.stdout.write('Password: ');
  muted._writeToOutput = () => {};
  const answer = await new Promise<string>((resolve) => rl.question('', resolve));
  rl.close();
  process.stdout.write('\n');
  return answer;
}

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { email: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' } },
  });
  if (positionals[0] !== 'create' || !values.email || !values.role) {
    console.error(USAGE);
    process.exit(2);
  }
  const password = await readPassword();
  const database = await resolveDatabase({ quiet: true });
  process.env.DATABASE_URL = database.url;
  const { createOrResetUserFromCli } = await import('../lib/users/bootstrap-user');
  const { db } = await import('../lib/db');
  try {
    const { user, created } = await createOrResetUserFromCli({
      email: values.email,
      role: values.role as 'reviewer' | 'editor' | 'admin',
      name: values.name,
      password,
    });
    console.log(created
      ? `Created ${user.email} (${user.role}, ${user.status}).`
      : `Updated ${user.email} (${user.role}, ${user.status}); their signed-in sessions have ended.`);
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}

main().catch((e) => {
  const issues = (e as { issues?: { path: unknown[]; message: string }[] }).issues;
  console.error(issues ? issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('\n') : String(e instanceof Error ? e.message : e));
  process.exit(1);
});
