import { z } from 'zod';
import { Role } from '@/lib/generated/prisma/enums';
import { IdSchema } from '@/lib/fields/field-schemas';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@/lib/auth/password-length';

export const EmailSchema = z.string().trim().toLowerCase().max(320, 'Use at most 320 characters.').pipe(z.email('Enter an email address.'));
export const RoleSchema = z.enum(Role);
/** A new password's length: what the browser checks before sending. */
export const PasswordLengthSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(MAX_PASSWORD_LENGTH, `Use at most ${MAX_PASSWORD_LENGTH} characters.`);

/**
 * Every new password, wherever it is set (set-password link, users CLI): at least 12 characters
 * and not common, breached or otherwise easy to guess. Asynchronous: parse with parseAsync. The
 * strength check runs on the server only: its dictionaries are megabytes, loaded on first use.
 */
export const PasswordSchema = PasswordLengthSchema.superRefine(async (password, ctx) => {
  if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) return;
  const { passwordWeakness } = await import('@/lib/auth/password-strength');
  const weakness = await passwordWeakness(password);
  if (weakness) ctx.addIssue({ code: 'custom', message: weakness });
});

export const InviteUserSchema = z.object({
  email: EmailSchema,
  name: z.string().trim().min(1, 'Enter a name.').max(200),
  role: RoleSchema,
});
export type InviteUserInput = z.input<typeof InviteUserSchema>;

export const ChangeRoleSchema = z.object({ userId: IdSchema, role: RoleSchema });
export const SetStatusSchema = z.object({
  userId: IdSchema,
  status: z.enum(['active', 'disabled']),
});

const setPasswordWith = (password: z.ZodType<string>) =>
  z
    .object({ token: z.string().min(20).max(200), password, confirm: z.string() })
    .refine((v) => v.password === v.confirm, { message: 'The two passwords differ.', path: ['confirm'] });

export const SetPasswordSchema = setPasswordWith(PasswordSchema);
/** The set-password form's check before sending: everything but the server's strength check. */
export const SetPasswordFormSchema = setPasswordWith(PasswordLengthSchema);
