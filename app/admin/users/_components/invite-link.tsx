'use client';
import { useLastResult } from '@/app/_forms/action-form';

/** The one-time link, for the admin to pass on; it is shown only here, never logged. */
export function InviteLink() {
  const result = useLastResult<{ email?: string; link: string }>();
  if (!result) return null;
  return (
    <div className="panel" role="status">
      <p>One-time set-password link{result.email ? <> for {result.email}</> : null} (valid 7 days):</p>
      <p className="secret-once">{result.link}</p>
    </div>
  );
}
