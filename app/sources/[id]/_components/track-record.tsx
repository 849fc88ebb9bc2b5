import Link from 'next/link';
import type { TrackRecord as TrackRecordData } from '@/lib/sources/source-types';
import { CREDIBILITY_LEVELS, credibilityLabel } from '@/lib/ratings/admiralty';

/** The source's claims counted by how credible they turned out to be. */
export function TrackRecord({ sourceId, record }: { sourceId: number; record: TrackRecordData }) {
  return (
    <>
      <p>
        {record.total} {record.total === 1 ? 'claim' : 'claims'}: asserted {record.byRole.asserts}, relayed{' '}
        {record.byRole.relays}, denied {record.byRole.denies}.{' '}
        {record.total > 0 && <Link href={`/claims?sourceId=${sourceId}`}>See these claims</Link>}
      </p>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">Claims by credibility</caption>
          <thead>
            <tr>
              <th scope="col">Credibility</th>
              <th scope="col">Claims</th>
            </tr>
          </thead>
          <tbody>
            {CREDIBILITY_LEVELS.map((level) => (
              <tr key={level}>
                <th scope="row">
                  <span className="grade">{level}</span> {credibilityLabel(level)}
                </th>
                <td>{record.byCredibility[level]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
