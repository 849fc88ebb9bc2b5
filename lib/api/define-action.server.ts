import 'server-only';
import type { z } from 'zod';
import type { Role } from '@/lib/generated/prisma/enums';
import { loadSessionViewer, sessionFromHeaders } from '@/lib/auth/load-viewer.server';
import { assertSameOrigin } from '@/lib/auth/origin-check';
import { clientIp } from '@/lib/auth/client-address';
import { requireRole } from '@/lib/auth/viewer';
import type { Writer, WriteContext } from '@/lib/auth/require-writer';
import type { ActionState } from './action-state';
import { formValues } from './form-values';
import { DomainError } from '@/lib/errors';
import { expectedError } from './respond';

export type { ActionState } from './action-state';

/**
 * An expected failure as a form's state, through the same mapping as the API's error bodies
 * (dotted field paths, a 409's newer version in `current`); an unexpected one is rethrown for
 * the error page.
 */
export function failedActionState(e: unknown): ActionState<never> {
  const answer = expectedError(e);
  if (!answer) throw e;
  const { status, code, message, fields, current } = answer;
  return { ok: false, status, code, message, fields, current };
}

// PostgreSQL text refuses NUL; a JSON body with one is refused by readJson, a form the same way.
function refuseNul(values: Record<string, unknown>): Record<string, unknown> {
  const bad = Object.keys(values).filter((k) => [values[k]].flat().some((v) => typeof v === 'string' && v.includes('\u0000')));
  if (bad.length) {
    throw new DomainError(400, 'invalid_input', 'Some fields are invalid.', Object.fromEntries(bad.map((k) => [k, ['Remove the NUL character.']])));
  }
  return values;
}

/**
 * A server action's checks in one place: session (re-read from the database), Origin, role,
 * schema. `handle` takes the request headers so tests can call it without a Next request.
 */
export function defineAction<S extends z.ZodType, R>(spec: {
  role: Role;
  schema: S;
  run: (viewer: Writer, input: z.output<S>, ctx: WriteContext) => Promise<R>;
}) {
  return {
    role: spec.role,
    async handle(headers: Headers, formData: FormData): Promise<ActionState<R>> {
      try {
        const viewer = await loadSessionViewer(await sessionFromHeaders(headers));
        if (viewer) assertSameOrigin(headers);
        requireRole(viewer, spec.role);
        const input = spec.schema.parse(refuseNul(formValues(formData)));
        return { ok: true, data: await spec.run(viewer, input, { ip: clientIp(headers) }) };
      } catch (e) {
        return failedActionState(e);
      }
    },
  };
}
