// PostgreSQL's own code, message and detail for a failed statement. Through Prisma and
// adapter-pg they sit in the error's driver-adapter cause (originalCode, originalMessage); the
// bulk import names them in a rejected batch's report and retries a deadlock victim.

type Found = { code: string | null; message: string; detail: string | null };

type Candidate = {
  code?: unknown; originalCode?: unknown; originalMessage?: unknown; message?: unknown; detail?: unknown;
  cause?: unknown; meta?: { driverAdapterError?: { cause?: unknown } };
};

function adapterCause(e: unknown, depth = 0): Candidate | null {
  if (!e || typeof e !== 'object' || depth > 5) return null;
  const err = e as Candidate;
  if (typeof err.originalCode === 'string') return err;
  return adapterCause(err.meta?.driverAdapterError?.cause, depth + 1) ?? adapterCause(err.cause, depth + 1);
}

export function databaseErrorOf(e: unknown): Found {
  const cause = adapterCause(e);
  if (cause) {
    return {
      code: cause.originalCode as string,
      message: typeof cause.originalMessage === 'string' ? cause.originalMessage : String(cause.message ?? e),
      detail: typeof cause.detail === 'string' ? cause.detail : null,
    };
  }
  const err = (e ?? {}) as Candidate;
  return {
    code: typeof err.code === 'string' ? err.code : null,
    message: typeof err.message === 'string' ? err.message : String(e),
    detail: typeof err.detail === 'string' ? err.detail : null,
  };
}
