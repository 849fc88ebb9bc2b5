import Link from 'next/link';
import { methodologyHref } from './methodology-links';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * "3 sources carry it, 1 independent origin" (or the short "3 sources, 1 origin" for lists): the
 * numbers that keep repetition from passing for corroboration, linked to how they are counted.
 */
export function ProvenanceCounts({ carrierCount, originCount, short = false }: { carrierCount: number; originCount: number; short?: boolean }) {
  const text = short
    ? `${plural(carrierCount, 'source', 'sources')}, ${plural(originCount, 'origin', 'origins')}`
    : `${plural(carrierCount, 'source carries', 'sources carry')} it, ${plural(originCount, 'independent origin', 'independent origins')}`;
  return (
    <Link className="provenance-counts" href={methodologyHref('originsAndCarriers')} title="How origins and carriers are counted">
      {text}
      <span className="visually-hidden"> (how origins and carriers are counted)</span>
    </Link>
  );
}
