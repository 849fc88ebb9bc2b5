// Human wording for a claim's structured facts. Dates render in UTC so the server's time zone
// never shifts "30 June" to "29 June".

export type FigureRange = {
  measure: string;
  subject?: string | null;
  min?: number | null;
  max?: number | null;
};

/** "killed: at least 5", "wounded: 3–7 civilians", "displaced: up to 200", "killed: 5". */
export function formatFigure(figure: FigureRange): string {
  const { min, max } = figure;
  let amount: string;
  if (min != null && max != null) amount = min === max ? `${min}` : `${min}–${max}`;
  else if (min != null) amount = `at least ${min}`;
  else if (max != null) amount = `up to ${max}`;
  else amount = 'unstated number';
  return `${figure.measure}: ${amount}${figure.subject ? ` ${figure.subject}` : ''}`;
}

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const monthFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'long', year: 'numeric' });
const stampFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

function toDate(value: Date | string): Date {
  return value instanceof Date ? value : new Date(value);
}

/** A date as precisely as it is known: day, week, month or year. */
export function formatDateWithPrecision(value: Date | string, precision?: string | null): string {
  const date = toDate(value);
  switch (precision) {
    case 'year':
      return String(date.getUTCFullYear());
    case 'month':
      return monthFormat.format(date);
    case 'week':
      return `week of ${dayFormat.format(date)}`;
    default:
      return dayFormat.format(date);
  }
}

export function formatDay(value: Date | string | null | undefined): string {
  return value == null ? '' : dayFormat.format(toDate(value));
}

export function formatTimestamp(value: Date | string | null | undefined): string {
  return value == null ? '' : `${stampFormat.format(toDate(value))} UTC`;
}

export function isoDate(value: Date | string | null | undefined): string | undefined {
  return value == null ? undefined : toDate(value).toISOString();
}

const placePrecisionWords: Record<string, string> = {
  exact: 'exact location',
  town: 'town',
  district: 'district',
  province: 'province',
  country: 'country',
};

/** "Kansafrah (town)", or the bare name when precision is unknown. */
export function formatPlace(name: string, precision?: string | null): string {
  const word = precision ? placePrecisionWords[precision] : undefined;
  return word ? `${name} (${word})` : name;
}

/** The side-by-side page for these claims: "/compare?ids=3,7". */
export function compareHref(ids: readonly number[]): string {
  return `/compare?ids=${ids.join(',')}`;
}
