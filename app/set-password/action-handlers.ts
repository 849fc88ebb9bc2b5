import 'server-only';
import { z } from 'zod';
import type { ActionState } from '@/lib/auth/require-writer';
import { assertSameOrigin } from '@/lib/auth/origin-check';
import { clientIp } from '@/lib/auth/client-address';
import { isDomainError, type FieldErrors } from '@/lib/errors';
import { setPasswordFromLink } from '@/lib/users/user-commands.server';

/** The one write without a session: the one-time link is the credential, checked in lib/users. */
export async function setPasswordHandler(headers: Headers, formData: FormData): Promise<ActionState<{ email: string }>> {
  try {
    assertSameOrigin(headers);
    const user = await setPasswordFromLink(
      { token: formData.get('token'), password: formData.get('password'), confirm: formData.get('confirm') },
      clientIp(headers),
    );
    return { ok: true, data: { email: user.email }, message: 'Your password is set. You can sign in now.' };
  } catch (e) {
    if (e instanceof z.ZodError) {
      return { ok: false, status: 400, code: 'invalid_input', message: 'Some fields need attention.', fields: z.flattenError(e).fieldErrors as FieldErrors };
    }
    if (isDomainError(e)) return { ok: false, status: e.status, code: e.code, message: e.message, fields: e.fields };
    throw e;
  }
}
