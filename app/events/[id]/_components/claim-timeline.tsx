import type { EventGraph } from '@/lib/events/event-graph-types';
import { formatDay } from '@/lib/claims/claim-format';
import { safeAlignmentColor } from '@/lib/alignments/alignment-color';

const WIDTH = 760;
const LEFT = 130;
const RIGHT = 20;
const LANE = 34;
const DAY = 86_400_000;

/** When each claim was first asserted, one lane per alignment, each dot a link to its claim. */
export function ClaimTimeline({ graph }: { graph: EventGraph }) {
  const dated = graph.nodes.filter((n) => n.firstAssertedAt !== null);
  const undated = graph.nodes.length - dated.length;
  if (dated.length === 0) {
    return <p className="muted">No statement or publication dates are recorded for these claims yet.</p>;
  }
  const times = dated.map((n) => n.firstAssertedAt!.getTime());
  let start = Math.min(...times);
  let end = Math.max(...times);
  if (end - start < DAY) {
    start -= DAY;
    end += DAY;
  }
  const lanes = graph.alignments.filter((a) => dated.some((n) => n.alignment.slug === a.slug));
  const laneOf = new Map(lanes.map((a, i) => [a.slug, i]));
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
        {dated.map((n) => {
          const t = n.firstAssertedAt!.getTime();
          const key = `${n.alignment.slug}:${Math.round(x(t) / 6)}`;
          const k = stacked.get(key) ?? 0;
          stacked.set(key, k + 1);
          const y = 14 + (laneOf.get(n.alignment.slug) ?? 0) * LANE + LANE / 2 + ((k % 5) - 2) * 5;
          return (
            <a key={n.id} href={`/claims/${n.id}`} aria-label={`Claim #${n.id}, ${n.alignment.label}, first asserted ${formatDay(n.firstAssertedAt)}: ${n.text}`}>
              <circle cx={x(t)} cy={y} r={n.isContested ? 6 : 5} fill={safeAlignmentColor(n.alignment.color)} stroke={n.isContested ? '#b3261e' : '#fff'} strokeWidth={1.5}>
                <title>{`#${n.id}, first asserted ${formatDay(n.firstAssertedAt)}: ${n.text}`}</title>
              </circle>
            </a>
          );
        })}
      </svg>
      <figcaption id="timeline-caption" className="chart-caption">
        First assertion of each claim by alignment, {formatDay(new Date(Math.min(...times)))} to {formatDay(new Date(Math.max(...times)))}; red rings
        mark contested claims.{undated > 0 && ` ${undated} ${undated === 1 ? 'claim has' : 'claims have'} no recorded date.`}
      </figcaption>
    </figure>
  );
}
