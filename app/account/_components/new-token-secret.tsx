'use client';
import { useLastResult } from '@/app/_forms/action-form';

/** The raw token, shown once right after creation; only its hash is stored. */
export function NewTokenSecret() {
  const created = useLastResult<{ name: string; raw: string }>();
  if (!created) return null;
  return (
    <div className="panel" role="status">
      <p>
        Copy the token “<span dir="auto">{created.name}</span>” now. It will not be shown again.
      </p>
      <p className="secret-once" data-testid="new-token">{created.raw}</p>
      <p className="field-hint">Send it as <code>Authorization: Bearer &lt;token&gt;</code>.</p>
    </div>
  );
}
