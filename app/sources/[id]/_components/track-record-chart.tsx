import type { TrackRecord } from '@/lib/sources/source-types';

const CREDIBILITY = [
  [1, 'Confirmed'], [2, 'Probably true'], [3, 'Possibly true'],
  [4, 'Doubtful'], [5, 'Improbable'], [6, 'Cannot be judged'],
] as const;
const ROLES = [['asserts', 'Asserted', '#1b1b1b'], ['relays', 'Relayed', '#8d8a82'], ['denies', 'Denied', '#a3201c']] as const;

const BAR_W = 34;
const GAP = 14;
const H = 110;

/** Its claims counted by credibility (1–6) and by role, shown beside the human rating. */
export function TrackRecordChart({ trackRecord }: { trackRecord: TrackRecord }) {
  const counts = CREDIBILITY.map(([n]) => trackRecord.byCredibility[n] ?? 0);
  const max = Math.max(1, ...counts);
  const width = CREDIBILITY.length * (BAR_W + GAP);
  const summary = CREDIBILITY.map(([n, label], i) => `${n} ${label}: ${counts[i]}`).join(', ');
  const roleTotal = ROLES.reduce((sum, [r]) => sum + (trackRecord.byRole[r] ?? 0), 0);
  let x = 0;

  return (
    <figure className="track-record">
      <svg viewBox={`0 0 ${width} ${H + 34}`} width={width} height={H + 34} role="img" aria-label={`Claims by credibility — ${summary}`}>
        {counts.map((count, i) => {
          const h = Math.round((count / max) * H);
          const left = i * (BAR_W + GAP);
          return (
            <g key={i}>
              <rect x={left} y={H - h} width={BAR_W} height={Math.max(h, 1)} fill={i < 3 ? '#1d6b3a' : i < 5 ? '#8a5a00' : '#8d8a82'} />
              <text x={left + BAR_W / 2} y={H - h - 3} textAnchor="middle" fontSize="11">{count}</text>
              <text x={left + BAR_W / 2} y={H + 14} textAnchor="middle" fontSize="12" fontWeight="700">{i + 1}</text>
            </g>
          );
        })}
        <text x={0} y={H + 30} fontSize="10" fill="#6b6b6b">1 confirmed … 6 cannot be judged</text>
      </svg>
      {roleTotal > 0 ? (
        <svg viewBox={`0 0 ${width} 14`} width={width} height={14} role="img"
          aria-label={ROLES.map(([r, label]) => `${label}: ${trackRecord.byRole[r] ?? 0}`).join(', ')}>
          {ROLES.map(([r, , color]) => {
            const w = ((trackRecord.byRole[r] ?? 0) / roleTotal) * width;
            const rect = <rect key={r} x={x} y={0} width={w} height={14} fill={color} />;
            x += w;
            return rect;
          })}
        </svg>
      ) : null}
      <figcaption className="chart-caption">
        {trackRecord.total} claim{trackRecord.total === 1 ? '' : 's'} ·{' '}
        {ROLES.map(([r, label]) => `${label.toLowerCase()} ${trackRecord.byRole[r] ?? 0}`).join(' · ')}
      </figcaption>
    </figure>
  );
}
