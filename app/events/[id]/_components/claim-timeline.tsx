'use client';
import type { TimelineData } from '@/lib/events/event-page-view';
import { formatDay } from '@/lib/claims/claim-format';
import { safeAlignmentColor } from '@/lib/alignments/alignment-color';

const WIDTH = 760;
const LEFT = 130;
const RIGHT = 20;
const LANE = 34;
const DAY = 86_400_000;

/**
 * When each claim was first asserted, one lane per alignment, each dot a link to its claim.
 * A client component only so its input crosses as compact tuples: drawn on the server, an
 * event of hundreds of claims sent every dot's markup twice (HTML and RSC payload).
 */
export function ClaimTimeline({ data }: { data: TimelineData }) {
  const { lanes, points, undated } = data;
  if (points.length === 0) {
    return <p className="muted">No statement or publication dates are recorded for these claims yet.</p>;
  }
  const times = points.map((p) => p[2]);
  const first = Math.min(...times);
  const last = Math.max(...times);
  const [start, end] = last - first < DAY ? [first - DAY, last + DAY] : [first, last];
  const height = lanes.length * LANE + 40;
  const x = (t: number) => LEFT + ((t - start) / (end - start)) * (WIDTH - LEFT - RIGHT);
  // Claims first asserted the same day in the same lane fan out vertically instead of overlapping.
  const stacked = new Map<string, number>();
  const ticks = [0, 0.5, 1].map((f) => start + f * (end - start));

  return (
    <figure className="claim-timeline">
      {/* A group, not an image: the dots are links that keyboard and screen-reader users reach. */}
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="group" aria-labelledby="timeline-caption">
        {lanes.map((a, i) => (
          <g key={a.slug}>
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={14 + i * LANE + LANE / 2} y2={14 + i * LANE + LANE / 2} stroke="#d9d5cc" />
            <text x={LEFT - 8} y={18 + i * LANE + LANE / 2} textAnchor="end" fontSize="12">
              {a.label}
            </text>
          </g>
        ))}
        {ticks.map((t, i) => (
          <text key={t} x={x(t)} y={height - 6} textAnchor={i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle'} fontSize="11">
            {formatDay(new Date(t))}
          </text>
        ))}
        {points.map(([id, lane, t, contested]) => {
          const cx = Math.round(x(t) * 10) / 10;
          const key = `${lane}:${Math.round(cx / 6)}`;
          const k = stacked.get(key) ?? 0;
          stacked.set(key, k + 1);
          const cy = 14 + lane * LANE + LANE / 2 + ((k % 5) - 2) * 5;
          return (
            // The title names the link (SVG's own accessible name) and is the hover tooltip.
            <a key={id} href={`/claims/${id}`}>
              <title>{`Claim #${id}, ${lanes[lane]?.label}, first asserted ${formatDay(new Date(t))}${contested ? ', contested' : ''}`}</title>
              <circle cx={cx} cy={cy} r={contested ? 6 : 5} fill={safeAlignmentColor(lanes[lane]?.color)} stroke={contested ? '#b3261e' : '#fff'} strokeWidth={1.5} />
            </a>
          );
        })}
      </svg>
      <figcaption id="timeline-caption" className="chart-caption">
        First assertion of each claim by alignment, {timelineSpan(first, last, start, end)}; red rings mark
        contested claims; select a dot to open its claim.{undated > 0 && ` ${undated} ${undated === 1 ? 'claim has' : 'claims have'} no recorded date.`}
      </figcaption>
    </figure>
  );
}

/**
 * The caption's span, worded to match the axis under it: when every claim falls on one day the
 * axis is widened a day each side, so it names that day and the axis's ends.
 */
export function timelineSpan(first: number, last: number, start: number, end: number): string {
  const [from, to] = [formatDay(new Date(first)), formatDay(new Date(last))];
  if (start === first && end === last) return `${from} to ${to}`;
  const days = from === to ? `all on ${from}` : `${from} to ${to}`;
  return `${days} (axis ${formatDay(new Date(start))} to ${formatDay(new Date(end))})`;
}
