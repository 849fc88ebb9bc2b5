// The founding example's rows that capture tests build on, and a snapshot of everything one
// actor could have written, so a refused request can be shown to have changed nothing.
import { db } from '@/lib/db';
import { demoExternalId } from '@/lib/seed/demo-data';
import { headersFor, TEST_ORIGIN, type Caller, type TestActor } from './auth-fixtures';

export async function seeded() {
  const source = (key: string) => db.source.findUniqueOrThrow({ where: { externalId: demoExternalId('source', key) }, select: { id: true } });
  const gr = await db.document.findUniqueOrThrow({
    where: { externalId: demoExternalId('document', 'globalresearch-2020-07-02') },
    select: { id: true, text: true, publishedAt: true },
  });
  return {
    proMilitant: (await source('pro-militant-sources')).id,
    southFront: (await source('south-front')).id,
    globalResearch: (await source('global-research')).id,
    grDocument: gr,
  };
}

export const QUOTE = 'were forced to retreat after several hours of clashes';

/** Scenario 2 as an API body: pro-militant sources → South Front → Global Research (quoted). */
export function scenarioTwoBody(s: Awaited<ReturnType<typeof seeded>>, overrides: Record<string, unknown> = {}) {
  const start = s.grDocument.text.indexOf(QUOTE);
  return {
    text: 'The Syrian Army and the NDF were forced to retreat near Kansafrah after several hours of clashes.',
    occurredAt: '2020-06-30',
    occurredPrecision: 'day',
    placeName: 'Kansafrah',
    placePrecision: 'town',
    parties: [{ role: 'target', name: 'Syrian Army' }],
    figures: [{ measure: 'killed', subject: 'soldiers', min: 5 }],
    attributions: [
      { sourceId: s.proMilitant, role: 'asserts' },
      { sourceId: s.southFront, role: 'relays', relaysIndex: 0, statedAt: '2020-07-01' },
      {
        sourceId: s.globalResearch, role: 'relays', relaysIndex: 1, documentId: s.grDocument.id, statedAt: '2020-07-02',
        quote: { exact: QUOTE, prefix: s.grDocument.text.slice(start - 32, start), suffix: s.grDocument.text.slice(start + QUOTE.length, start + QUOTE.length + 32), start },
      },
    ],
    ...overrides,
  };
}

/** Everything `actor` could have written; equal before and after means nothing changed. */
export async function writtenBy(actor: TestActor) {
  const [claims, attributions, revisions, documents, audit] = await Promise.all([
    db.claim.count({ where: { createdById: actor.id } }),
    db.attribution.count({ where: { createdById: actor.id } }),
    db.claimRevision.count({ where: { authorId: actor.id } }),
    db.document.count({ where: { createdById: actor.id } }),
    db.auditEntry.count({ where: { actorId: actor.id } }),
  ]);
  return { claims, attributions, revisions, documents, audit };
}

export function rawRequest(caller: Caller, method: string, path: string, body: BodyInit): Request {
  return new Request(`${TEST_ORIGIN}${path}`, { method, headers: headersFor(caller), body });
}
