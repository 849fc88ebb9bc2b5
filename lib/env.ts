import { z } from 'zod';
import { parseTrustedProxies } from './http/forwarded-headers';

const booleanFlag = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1');

const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// connection URL')
    .optional(),
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
  NEXTAUTH_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  NEXTAUTH_URL: z.url().optional(),
  CROSSCHECK_ORG_NAME: z.string().default('Crosscheck'),
  CROSSCHECK_ORG_URL: z.url().optional(),
  // Absolute base for links other systems follow (ClaimReview url, feeds); else NEXTAUTH_URL.
  CROSSCHECK_PUBLIC_URL: z.url().optional(),
});

export type Env = z.infer<typeof EnvSchema>;

let cached: Env | undefined;

/** Parsed once; a wrong environment fails loudly, naming the variable. */
export function getEnv(): Env {
  if (cached) return cached;
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  cached = parsed.data;
  return cached;
}
