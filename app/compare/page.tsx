import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { getCurrentViewer } from '@/lib/auth/current-viewer';
import { CompareQuerySchema } from '@/lib/compare/compare-schemas';
import { getComparison } from '@/lib/compare/compare-queries.server';
import { compareHref } from '@/lib/claims/claim-format';
import { firstValues } from '@/lib/pages/route-params';
import { readForPage } from '@/lib/pages/read-for-page.server';
import { CompareGrid } from './_components/compare-grid';
import { CompareRelations } from './_components/compare-relations';
import { FigureAxes } from './_components/figure-axes';
import './compare.css';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Side by side' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ComparePage({ searchParams }: Props) {
  const raw = firstValues(await searchParams).ids;
  const parsed = CompareQuerySchema.safeParse({ ids: raw });
  if (!parsed.success) {
    return (
      <article>
        <h1>Side by side</h1>
        <div className="empty" role="alert">
          <p>{z.flattenError(parsed.error).fieldErrors.ids?.join(' ') ?? 'Give two to six claim ids.'}</p>
          <p className="small">
            Open a claim and follow “Compare with contradicting claims”, or write the ids in the address, e.g.{' '}
            <code>/compare?ids=3,7</code>.
          </p>
        </div>
      </article>
    );
  }
  const viewer = await getCurrentViewer();
  const comparison = await readForPage(() => getComparison(viewer, parsed.data.ids), compareHref(parsed.data.ids));

  return (
    <article className="compare-page">
      <p className="kicker">Side by side</p>
      <h1>
        {comparison.claims.length} accounts compared
      </h1>
      <p className="item-meta no-print">
        <span>
          Stable link: <Link href={compareHref(comparison.ids)}>{compareHref(comparison.ids)}</Link>
        </span>
        <span className="small muted">Prints on A4 (landscape). On a phone, swipe between the accounts.</span>
      </p>
      <CompareRelations claims={comparison.claims} relations={comparison.relations} />
      <CompareGrid comparison={comparison} />
      {comparison.figureAxes.length > 0 && <FigureAxes claims={comparison.claims} axes={comparison.figureAxes} />}
    </article>
  );
}
