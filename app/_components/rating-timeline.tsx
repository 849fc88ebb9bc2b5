import type { RatingRevisionView } from '@/lib/sources/source-types';
import { layoutTimeline, DEFAULT_TIMELINE_BOX as box } from '@/lib/ratings/rating-timeline';
import { reliabilityLabel } from '@/lib/ratings/admiralty';
import { formatDay } from '@/lib/claims/claim-format';

/**
 * Grade over time: A at the top, F at the bottom, one point per revision. Each point's
 * <title> names the author and rationale, so hovering (or a screen reader) explains the change.
 */
export function RatingTimeline({ revisions, sourceName }: { revisions: RatingRevisionView[]; sourceName: string }) {
  if (revisions.length === 0) return null;
  const { points, gradeTicks, timeTicks } = layoutTimeline(revisions);
  // Ratings hold until changed, so the line steps rather than slopes between revisions.
  const steps = points
    .map((p, i) => (i === 0 ? `M${p.x},${p.y}` : `H${p.x} V${p.y}`))
    .join(' ');
  const last = points.at(-1);
  const trail = last ? `${steps} H${box.width - box.right}` : steps;
  const titleId = `timeline-title`;
  const descId = `timeline-desc`;
  return (
    <svg
      className="timeline"
      viewBox={`0 0 ${box.width} ${box.height}`}
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
    >
      <title id={titleId}>{`Reliability rating of ${sourceName} over time`}</title>
      <desc id={descId}>
        {points.map((p) => `${formatDay(p.revision.createdAt)}: ${p.revision.reliability}`).join('; ')}
      </desc>
      {gradeTicks.map((t) => (
        <g key={t.grade}>
          <line className="gridline" x1={box.left} x2={box.width - box.right} y1={t.y} y2={t.y} />
          <text x={box.left - 10} y={t.y + 4} textAnchor="end">
            {t.grade}
          </text>
        </g>
      ))}
      {timeTicks.map((t, i) => (
        <text
          key={t.at.toISOString()}
          x={t.x}
          y={box.height - 12}
          textAnchor={timeTicks.length === 1 ? 'middle' : i === 0 ? 'start' : 'end'}
        >
          {formatDay(t.at)}
        </text>
      ))}
      <path className="trend" d={trail} />
      {points.map((p) => (
        <circle key={p.revision.id} className="point" cx={p.x} cy={p.y} r={6} tabIndex={0}>
          <title>
            {`${p.revision.reliability} (${reliabilityLabel(p.revision.reliability)}), ${formatDay(p.revision.createdAt)}, by ${p.revision.authorName ?? 'unknown'}: ${p.revision.rationale}`}
          </title>
        </circle>
      ))}
    </svg>
  );
}
