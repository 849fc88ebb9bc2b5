import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { cache } from 'react';
import { getCurrentViewer } from '@/lib/auth/current-viewer';
import { getSource } from '@/lib/sources/source-queries.server';
import { KIND_LABELS } from '@/lib/sources/source-kind-labels';
import { formatTimestamp, isoDate } from '@/lib/claims/claim-format';
import { parseRouteId } from '@/lib/pages/route-params';
import { readForPage, readOneForPage } from '@/lib/pages/read-for-page.server';
import { findMergedInto } from '@/lib/sources/source-merged-into.server';
import { AlignmentBadge } from '@/app/_components/alignment-badge';
import { RatingTimeline } from '@/app/_components/rating-timeline';
import { CredibilityBadge, ReliabilityBadge } from '@/app/_components/scale-badges';
import { UserText } from '@/app/_components/user-text';
import { RatingHistory } from './_components/rating-history';
import { TrackRecord } from './_components/track-record';
import { hasRole } from '@/lib/auth/viewer';
import { listAlignments } from '@/lib/alignments/alignment-queries.server';
import { RatingForm } from './_components/rating-form';
import { SourceEditForm } from './_components/source-edit-form';
import { IDENTIFIER_KIND_LABELS, identifierLabel, identifierUrl } from '@/lib/sources/source-identifiers';
import { TrackRecordChart } from './_components/track-record-chart';
import { SourceLifecycleForm } from './_components/source-lifecycle-form';
import { ConflictAlignments } from './_components/conflict-alignments';
import { SourceMergeForm } from './_components/source-merge-form';
import { sourceRoles } from '@/lib/sources/source-permissions';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

const loadSource = cache(async (rawId: string) => {
  const id = parseRouteId(rawId);
  if (id === null) notFound();
  const viewer = await getCurrentViewer();
  // A merged duplicate's address leads to the source it was merged into.
  const keptId = await readForPage(() => findMergedInto(viewer, id), `/sources/${id}`);
  if (keptId !== null) permanentRedirect(`/sources/${keptId}`);
  return readOneForPage(() => getSource(viewer, id), `/sources/${id}`);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await loadSource((await params).id)).name };
}

const isWebUrl = (url: string) => /^https?:\/\//i.test(url);

export default async function SourcePage({ params }: Props) {
  const source = await loadSource((await params).id);
  const { rating } = source;
  const viewer = await getCurrentViewer();
  // A deleted source is restored before it is edited or rated again.
  const canEdit = hasRole(viewer, 'reviewer') && !source.deletedAt;
  const alignments = canEdit
    ? (await listAlignments(viewer)).filter((a) => !a.retiredAt || a.slug === source.alignment.slug)
    : [];

  return (
    <article>
      <p className="kicker">{KIND_LABELS[source.kind]}</p>
      <UserText as="h1" text={source.name} lang={source.language} />
      {source.deletedAt && <p className="panel" role="status">This source was deleted on {formatTimestamp(source.deletedAt)}. Only editors can see it.</p>}
      {source.description && <UserText as="p" className="lede" text={source.description} />}
      <dl className="facts">
        <dt>Alignment</dt>
        <dd>
          <AlignmentBadge alignment={source.alignment} />
        </dd>
        <dt>Kind</dt>
        <dd>{KIND_LABELS[source.kind]}</dd>
        {source.represents && (
          <>
            <dt>Represents</dt>
            <dd>
              <Link href={`/sources/${source.represents.id}`}>
                <UserText text={source.represents.name} />
              </Link>
            </dd>
          </>
        )}
        {source.representedBy.length > 0 && (
          <>
            <dt>Speaking for it</dt>
            <dd>
              {source.representedBy.map((r, i) => (
                <span key={r.id}>
                  {i > 0 && ', '}
                  <Link href={`/sources/${r.id}`}>
                    <UserText text={r.name} />
                  </Link>
                </span>
              ))}
            </dd>
          </>
        )}
        {source.aliases.length > 0 && (
          <>
            <dt>Also known as</dt>
            <dd>
              <ul className="plain-list">
                {source.aliases.map((alias) => (
                  <UserText key={alias} as="li" text={alias} />
                ))}
              </ul>
            </dd>
          </>
        )}
        {source.country && (
          <>
            <dt>Country</dt>
            <dd>{source.country}</dd>
          </>
        )}
        {source.language && (
          <>
            <dt>Language</dt>
            <dd>{source.language}</dd>
          </>
        )}
        {source.homepage && isWebUrl(source.homepage) && (
          <>
            <dt>Homepage</dt>
            <dd>
              <a href={source.homepage} rel="noopener noreferrer nofollow">
                {source.homepage}
              </a>
            </dd>
          </>
        )}
        {source.identifiers.length > 0 && (
          <>
            <dt>Identifiers</dt>
            <dd>
              <ul className="plain-list">
                {source.identifiers.map((i) => (
                  <li key={`${i.kind}:${i.value}`}>
                    {IDENTIFIER_KIND_LABELS[i.kind]}: <a href={identifierUrl(i)} rel="noopener noreferrer nofollow">{identifierLabel(i)}</a>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>

      <section aria-labelledby="rating-heading">
        <h2 id="rating-heading">Current reliability rating</h2>
        <p className="lede">
          <ReliabilityBadge grade={rating.reliability} />
        </p>
        {rating.rationale ? <UserText as="p" text={rating.rationale} /> : <p className="muted">No rationale recorded.</p>}
        {rating.at && (
          <p className="small muted">
            Rated by {rating.author ? <UserText text={rating.author} /> : 'unknown reviewer'},{' '}
            <time dateTime={isoDate(rating.at)}>{formatTimestamp(rating.at)}</time> (revision {rating.version})
          </p>
        )}
        {canEdit && <RatingForm sourceId={source.id} current={rating} />}
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">Rating history</h2>
        <RatingTimeline revisions={source.ratingHistory.filter((r) => r.fromSource === null)} sourceName={source.name} />
        <RatingHistory revisions={source.ratingHistory} />
      </section>

      {source.alignmentHistory.length > 0 && (
        <section aria-labelledby="alignment-history-heading">
          <h2 id="alignment-history-heading">Alignment history</h2>
          <ol className="item-list">
            {source.alignmentHistory.map((change) => (
              <li key={change.id}>
                <p className="item-meta" style={{ marginTop: 0 }}>
                  {change.from && (
                    <>
                      <AlignmentBadge alignment={change.from} /> →
                    </>
                  )}
                  <AlignmentBadge alignment={change.to} />
                  <span>
                    by {change.authorName ? <UserText text={change.authorName} /> : 'unknown'},{' '}
                    {formatTimestamp(change.createdAt)}
                  </span>
                </p>
                <UserText as="p" text={change.reason} />
              </li>
            ))}
          </ol>
        </section>
      )}

      <ConflictAlignments sourceId={source.id} defaultAlignment={source.alignment} />

      <section aria-labelledby="track-heading">
        <h2 id="track-heading">Track record</h2>
        <TrackRecordChart trackRecord={source.trackRecord} />
        <TrackRecord sourceId={source.id} record={source.trackRecord} />
        {source.recentClaims.length > 0 && (
          <>
            <h3>Recent claims</h3>
            <ul className="item-list">
              {source.recentClaims.map((c) => (
                <li key={`${c.id}-${c.role}`}>
                  <span className="small muted">{c.role}: </span>
                  <Link href={`/claims/${c.id}`}>
                    <UserText text={c.text} />
                  </Link>{' '}
                  <CredibilityBadge level={c.credibility} />
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      {canEdit && (
        <section aria-labelledby="source-edit-title">
          <SourceEditForm
            source={{ ...source, alignmentSlug: source.alignment.slug }}
            alignments={alignments}
            canChangeAlignment={hasRole(viewer, 'editor')}
          />
        </section>
      )}
      {hasRole(viewer, sourceRoles.delete) && (
        <section aria-labelledby="source-lifecycle-title" className="panel">
          <h2 id="source-lifecycle-title">{source.deletedAt ? 'Restore this source' : 'Delete this source'}</h2>
          {!source.deletedAt && <p className="small muted">Only a source no claim, document or other source refers to; merge a duplicate that is in use into the other source instead.</p>}
          <SourceLifecycleForm sourceId={source.id} version={source.version} deleted={Boolean(source.deletedAt)} />
        </section>
      )}
      {hasRole(viewer, sourceRoles.merge) && !source.deletedAt && (
        <section aria-labelledby="source-merge-title" className="panel">
          <h2 id="source-merge-title">Merge duplicate records</h2>
          <p className="small muted">Two records of one real-world source: everything of the duplicate moves to the one that stays, and its address leads there.</p>
          <SourceMergeForm sourceId={source.id} direction="into-this" alignments={alignments} />
          <SourceMergeForm sourceId={source.id} direction="this-into" alignments={alignments} />
        </section>
      )}
    </article>
  );
}
