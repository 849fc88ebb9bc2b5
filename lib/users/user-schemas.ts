import { z } from 'zod';
import { Role } from '@/lib/generated/prisma/enums';
import { IdSchema } from '@/lib/fields/field-schemas';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@/lib/auth/password';
import { passwordWeakness } from '@/lib/auth/password-strength';

export const EmailSchema = z.string().trim().toLowerCase().max(320, 'Use at most 320 characters.').pipe(z.email('Enter an email address.'));
export const RoleSchema = z.enum(Role);
/**
 * Every new password, wherever it is set (set-password link, users CLI): at least 12 characters
 * and not common, breached or otherwise easy to guess. Asynchronous: parse with parseAsync.
 */
export const PasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(MAX_PASSWORD_LENGTH, `Use at most ${MAX_PASSWORD_LENGTH} characters.`)
  .superRefine(async (password, ctx) => {
    if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) return;
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

export const SetPasswordSchema = z
  .object({ token: z.string().min(20).max(200), password: PasswordSchema, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { message: 'The two passwords differ.', path: ['confirm'] });
