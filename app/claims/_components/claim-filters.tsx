import type { AlignmentListItem } from '@/lib/alignments/alignment-types';
import type { EventListItem } from '@/lib/events/event-types';
import { CREDIBILITY_LEVELS, credibilityLabel } from '@/lib/ratings/admiralty';
import { SearchBox } from './search-box';

type Values = Record<string, string | undefined>;

/** A plain GET form: every filter is in the URL, so results can be shared and bookmarked. */
export function ClaimFilters({
  values,
  alignments,
  events,
}: {
  values: Values;
  alignments: AlignmentListItem[];
  events: EventListItem[];
}) {
  return (
    <form className="filters" method="get" action="/claims" role="search" aria-label="Filter claims">
      <label className="grow">
        Search text
        <SearchBox defaultValue={values.q} />
      </label>
      <label>
        Alignment
        <select name="alignment" defaultValue={values.alignment ?? ''}>
          <option value="">Any</option>
          {alignments.map((a) => (
            <option key={a.slug} value={a.slug}>
              {a.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Event
        <select name="eventId" defaultValue={values.eventId ?? ''}>
          <option value="">Any</option>
          {events.map((e) => (
            <option key={e.id} value={String(e.id)}>
              {e.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        Credibility
        <select name="credibility" defaultValue={values.credibility ?? ''}>
          <option value="">Any</option>
          {CREDIBILITY_LEVELS.map((c) => (
            <option key={c} value={String(c)}>
              {c} – {credibilityLabel(c)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Contested
        <select name="contested" defaultValue={values.contested ?? ''}>
          <option value="">Either</option>
          <option value="true">Contested only</option>
          <option value="false">Not contested</option>
        </select>
      </label>
      <label>
        From
        <input type="date" name="from" defaultValue={values.from ?? ''} />
      </label>
      <label>
        To
        <input type="date" name="to" defaultValue={values.to ?? ''} />
      </label>
      {values.sourceId && <input type="hidden" name="sourceId" value={values.sourceId} />}
      <button type="submit" className="button">
        Filter
      </button>
    </form>
  );
}
