import type { ClaimHistoryEntry } from '@/lib/claims/claim-history.server';
import { formatTimestamp, isoDate } from '@/lib/claims/claim-format';
import { describeImportOrigin } from '@/lib/import-origin/import-origin';
import { RawSnapshot } from '@/app/_components/raw-snapshot';
import '@/app/_forms/capture.css';

const ACTIONS: Record<string, string> = {
  create: 'Captured', edit: 'Edited', credibility: 'Credibility set', delete: 'Deleted', restore: 'Restored',
  'attribution.add': 'Attribution added', 'attribution.edit': 'Attribution corrected', 'attribution.remove': 'Attribution removed', recorded: 'State before the first tracked change',
  merge: 'Duplicate merged in', 'quote.reanchor': 'Quote re-anchored after its document’s text was edited',
};

/** Every revision, newest first: who, when, why, and what changed in words. */
export function ClaimHistoryList({ entries }: { entries: ClaimHistoryEntry[] }) {
  if (entries.length === 0) return <p className="muted">No changes recorded since it was loaded.</p>;
  return (
    <ol className="history-list">
      {entries.map((e) => (
        <li key={e.id}>
          <p className="item-meta" style={{ marginTop: 0 }}>
            <strong>{ACTIONS[e.action] ?? e.action}</strong>
            <span>version {e.version}</span>
            <span>by {e.author ? <span dir="auto">{e.author}</span> : 'the system'}</span>
            <time dateTime={isoDate(e.createdAt)}>{formatTimestamp(e.createdAt)}</time>
          </p>
          {e.fromClaimId !== null && <p className="small muted">On duplicate claim #{e.fromClaimId}, before it was merged into this one.</p>}
          {e.importOrigin && <p className="small muted" dir="auto">{describeImportOrigin(e.importOrigin)}</p>}
          {e.reason && <p className="small">Reason: <span dir="auto">{e.reason}</span></p>}
          {!e.readable && <p className="small muted">This revision could not be read, so its changes are not shown.</p>}
          {!e.readable && e.rawSnapshot !== null && <RawSnapshot text={e.rawSnapshot} />}
          {e.changes.length > 0 && (
            <ul className="small">
              {e.changes.map((c, i) => (
                <li key={i}>
                  {c.field}:{' '}
                  {c.kind === 'changed' ? (
                    <><span className="diff-removed" dir="auto">{c.before}</span> → <span className="diff-added" dir="auto">{c.after}</span></>
                  ) : (
                    <span className={c.kind === 'added' ? 'diff-added' : 'diff-removed'} dir="auto">{c.kind === 'added' ? '+ ' : '− '}{c.value}</span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
