import 'server-only';
import { failedActionState, type ActionState } from '@/lib/api/define-action.server';
import { assertSameOrigin } from '@/lib/auth/origin-check';
import { clientIp } from '@/lib/auth/client-address';
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
    return failedActionState(e);
  }
}
