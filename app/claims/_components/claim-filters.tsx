import type { AlignmentListItem } from '@/lib/alignments/alignment-types';
import type { EventListItem } from '@/lib/events/event-types';
import { CREDIBILITY_LEVELS, credibilityLabel } from '@/lib/ratings/admiralty';
import { alignmentOptions, FilterSelect } from '@/app/_components/filter-select';
import { SearchBox } from './search-box';

type Values = Record<string, string | undefined>;

const CONTESTED_OPTIONS = [
  { value: 'true', label: 'Contested only' },
  { value: 'false', label: 'Not contested' },
];

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
      <FilterSelect label="Alignment" name="alignment" value={values.alignment} options={alignmentOptions(alignments)} />
      <FilterSelect
        label="Event"
        name="eventId"
        value={values.eventId}
        options={events.map((e) => ({ value: String(e.id), label: e.title }))}
      />
      <FilterSelect
        label="Credibility"
        name="credibility"
        value={values.credibility}
        options={CREDIBILITY_LEVELS.map((c) => ({ value: String(c), label: `${c} – ${credibilityLabel(c)}` }))}
      />
      <FilterSelect label="Contested" name="contested" value={values.contested} options={CONTESTED_OPTIONS} anyLabel="Either" />
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
