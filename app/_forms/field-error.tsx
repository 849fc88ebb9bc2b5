// Errors sit under their field, tied to it with aria-describedby, and are announced politely.
export function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  return (
    <p id={id} className="field-error" aria-live="polite">
      {messages?.length ? messages.join(' ') : null}
    </p>
  );
}

export function describedBy(id: string, messages?: string[]): string | undefined {
  return messages?.length ? id : undefined;
}

/** A form-level message (success or failure) announced to screen readers. */
export function FormStatus({ state }: { state: { ok: boolean; message?: string } | null }) {
  if (!state?.message) return <p className="form-status" role="status" aria-live="polite" />;
  return (
    <p className={state.ok ? 'form-status form-ok' : 'form-status form-fail'} role="status" aria-live="polite">
      {state.message}
    </p>
  );
}
