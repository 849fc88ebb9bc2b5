import { z } from 'zod';
import { parseTrustedProxies } from './net/ip-address';

// Every setting the app reads, validated in one place. Not here: NODE_ENV, NEXT_RUNTIME and
// NEXT_PHASE (Next.js's own), and what scripts/ and lib/db read to choose, start or migrate the
// database before this environment is complete (HOST, CROSSCHECK_DATA_DIR, CROSSCHECK_PG_PORT,
// PRISMA_MIGRATIONS_DIR, PRISMA_SCHEMA_PATH).

const booleanFlag = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1');

const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// connection URL')
    .optional(),
  // Connections in this process's pool (docs/operations.md: instances × size < max_connections).
  DB_POOL_SIZE: z.coerce.number().int().min(1, 'must be a whole number of at least 1').default(10),
  CROSSCHECK_PUBLIC_READ: booleanFlag.default(true),
  // Which proxies' X-Forwarded-* headers to believe (docs/operations.md); none by default.
  CROSSCHECK_TRUSTED_PROXIES: z
    .string()
    .optional()
    .transform((value, ctx) => {
      try {
        return parseTrustedProxies(value);
      } catch (e) {
        ctx.addIssue({ code: 'custom', message: e instanceof Error ? e.message : String(e) });
        return z.NEVER;
      }
    }),
  // Serve a database holding the demo accounts (published password) on a non-loopback address.
  CROSSCHECK_DEMO_PUBLIC: booleanFlag.default(false),
  NEXTAUTH_SECRET: z.string().min(16, 'must be at least 16 characters (try `openssl rand -base64 32`)').optional(),
  NEXTAUTH_URL: z.url().optional(),
  // The port `next dev` or the app's server listens on: the base of links when NEXTAUTH_URL is unset.
  PORT: z.string().regex(/^\d+$/, 'must be a port number').optional(),
  CROSSCHECK_ORG_NAME: z.string().default('Crosscheck'),
  CROSSCHECK_ORG_URL: z.url().optional(),
  // Absolute base for links other systems follow (ClaimReview url, feeds); else NEXTAUTH_URL.
  CROSSCHECK_PUBLIC_URL: z.url().optional(),
  // Optional sign-in providers: each exists only when all of its variables are set.
  OIDC_ISSUER: z.string().optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_NAME: z.string().optional(),
  GITHUB_ID: z.string().optional(),
  GITHUB_SECRET: z.string().optional(),
});

export type Env = z.infer<typeof EnvSchema>;

const NAMES = Object.keys(EnvSchema.shape) as (keyof typeof EnvSchema.shape)[];
let cached: { raw: (string | undefined)[]; env: Env } | undefined;

/**
 * The environment, validated; a wrong one fails loudly, naming the variable. A production server
 * has its environment settled before its start checks parse it, so there the first parse stands
 * (comparing every variable costs microseconds a request). Elsewhere it is parsed again whenever
 * one of its variables changed: the start script sets the database and the session secret after
 * modules have loaded, and tests switch private reading on and off.
 */
export function getEnv(): Env {
  if (cached && process.env.NODE_ENV === 'production') return cached.env;
  const raw = NAMES.map((name) => process.env[name]);
  if (cached && raw.every((value, i) => value === cached!.raw[i])) return cached.env;
  const parsed = EnvSchema.safeParse(Object.fromEntries(NAMES.map((name, i) => [name, raw[i]])));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  cached = { raw, env: parsed.data };
  return cached.env;
}
