'use client';
import { useState, type ReactNode } from 'react';

/**
 * A 409: someone saved a newer version since the form was opened. Their values are shown, what
 * the writer typed stays in the form, and the writer chooses: reload to start from theirs, or
 * keep mine and save again, deliberately over the newer version (the form now quotes it).
 */
export function ConflictNotice({ title = 'Someone saved a newer version', children }: { title?: string; children: ReactNode }) {
  const [dismissed, setDismissed] = useState(false);
  if (dismissed) return null;
  return (
    <div className="conflict-box" role="alert">
      <h3>{title}</h3>
      {children}
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={() => window.location.reload()}>Reload their version</button>
        <button type="button" className="button button-secondary" onClick={() => setDismissed(true)}>Keep mine</button>
      </div>
    </div>
  );
}
