import type { CompareClaim } from '@/lib/compare/compare-types';
import type { FigureAxis } from '@/lib/compare/figure-axis';
import { safeAlignmentColor } from '@/lib/alignments/alignment-color';

const WIDTH = 640;
const LEFT = 110;
const RIGHT = 24;
const ROW = 26;

/** Each measure's stated figures as ranges on one shared axis; "at least N" runs off to the end. */
export function FigureAxes({ claims, axes }: { claims: CompareClaim[]; axes: FigureAxis[] }) {
  const colourOf = new Map(claims.map((c) => [c.id, safeAlignmentColor(c.alignments[0]?.color)]));
  return (
    <section aria-labelledby="figures-heading" className="figure-axes">
      <h2 id="figures-heading">Figures on one axis</h2>
      {axes.map((axis) => {
        const height = axis.bars.length * ROW + 34;
        const x = (v: number) => LEFT + (v / axis.axisMax) * (WIDTH - LEFT - RIGHT);
        const ticks = [0, 0.25, 0.5, 0.75, 1].map((t) => Math.round(t * axis.axisMax));
        const title = `${axis.measure}${axis.subject ? ` (${axis.subject})` : ''}`;
        return (
          <figure key={axis.key}>
            <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={`${title}: ${describe(axis)}`} className="figure-axis">
              {ticks.map((t) => (
                <g key={t}>
                  <line x1={x(t)} x2={x(t)} y1={4} y2={height - 22} stroke="#c9c5bb" />
                  <text x={x(t)} y={height - 8} textAnchor="middle" fontSize="11">
                    {t}
                  </text>
                </g>
              ))}
              {axis.bars.map((bar, i) => {
                const y = 8 + i * ROW;
                const end = bar.max ?? axis.axisMax;
                const width = Math.max(3, x(end) - x(bar.min));
                return (
                  <g key={`${bar.claimId}-${i}`}>
                    <text x={LEFT - 8} y={y + 13} textAnchor="end" fontSize="12">
                      Claim #{bar.claimId}
                    </text>
                    <rect x={x(bar.min)} y={y} width={width} height={16} fill={colourOf.get(bar.claimId)} opacity={bar.max == null ? 0.55 : 0.9} />
                    {bar.max == null && (
                      <text x={x(end) - 4} y={y + 13} textAnchor="end" fontSize="12">
                        ≥{bar.min} →
                      </text>
                    )}
                  </g>
                );
              })}
            </svg>
            <figcaption className="chart-caption" dir="auto">
              {title}
            </figcaption>
          </figure>
        );
      })}
    </section>
  );
}

function describe(axis: FigureAxis): string {
  return axis.bars
    .map((b) => `claim #${b.claimId} ${b.max == null ? `at least ${b.min}` : b.min === b.max ? `${b.min}` : `${b.min} to ${b.max}`}`)
    .join('; ');
}
