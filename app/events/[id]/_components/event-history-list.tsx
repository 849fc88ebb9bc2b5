import type { EventHistoryEntry } from '@/lib/events/event-history.server';
import { formatDay, formatTimestamp, isoDate } from '@/lib/claims/claim-format';
import { RawSnapshot } from '@/app/_components/raw-snapshot';
import '@/app/_forms/capture.css';

const ACTIONS: Record<string, string> = {
  create: 'Created', edit: 'Edited', delete: 'Deleted', restore: 'Restored', recorded: 'State before the first tracked change',
};
const DATED = new Set(['Starts', 'Ends', 'Deleted']);
const ISO = /^\d{4}-\d{2}-\d{2}T/;
const shown = (field: string, v: string | null) => (v === null ? '(none)' : DATED.has(field) && ISO.test(v) ? formatDay(v) : v);

/** Every revision of the event, newest first: who, when, why and what changed. */
export function EventHistoryList({ entries }: { entries: EventHistoryEntry[] }) {
  if (entries.length === 0) return <p className="muted">No changes recorded since it was loaded.</p>;
  return (
    <ol className="history-list">
      {entries.map((e) => {
        const raw = e.rawSnapshot === null ? null : JSON.stringify(e.rawSnapshot, null, 2);
        return (
          <li key={e.id}>
            <p className="item-meta" style={{ marginTop: 0 }}>
              <strong>{ACTIONS[e.action] ?? e.action}</strong>
              <span>version {e.version}</span>
              <span>by {e.author ? <span dir="auto">{e.author}</span> : 'the system'}</span>
              <time dateTime={isoDate(e.createdAt)}>{formatTimestamp(e.createdAt)}</time>
            </p>
            {e.reason && <p className="small" dir="auto">Reason: {e.reason}</p>}
            {!e.readable && <p className="small muted">This revision could not be read.</p>}
            {raw !== null && <RawSnapshot text={raw} />}
            {e.changes.length > 0 && (
              <ul className="small">
                {e.changes.map((c) => (
                  <li key={c.field}>
                    {c.field}: <span dir="auto">{shown(c.field, c.before)}</span> → <span dir="auto">{shown(c.field, c.after)}</span>
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
