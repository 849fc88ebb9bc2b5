// The founding example: Global Research's republication of South Front's report on
// southern Idlib, 1–2 July 2020, captured as Crosscheck data: one account relayed through
// several outlets, which is what provenance chains and contradictions exist to show. Pure data with no database, so
// unit tests, the README and e2e specs can import it; lib/seed/seed-database.ts writes it.
import type { AttributionRole, DatePrecision, Dispute, PartyRole, PlacePrecision, Reliability, Role, SourceKind }
  from '@/lib/generated/prisma/enums';
import { DEMO_ARTICLE_TEXT } from './demo-article';
import { DEMO_SOURCES } from './demo-sources';

export { DEMO_SOURCES } from './demo-sources';
export { DEMO_CLAIMS, DEMO_RELATIONS } from './demo-claims';
export { DEMO_ARTICLE_TEXT } from './demo-article';

/** Stable external ids make the seed idempotent: `demo:claim:retreat`, `demo:source:south-front`. */
export const demoExternalId = (kind: 'source' | 'document' | 'event' | 'claim' | 'attribution' | 'relation' | 'conflict', key: string) =>
  `demo:${kind}:${key}`;

// Published on purpose: demo accounts exist only in the demo and test databases.
export { DEMO_PASSWORD } from '@/lib/auth/demo-password';
export const DEMO_ACCOUNTS: readonly { email: string; name: string; role: Role }[] = [
  { email: 'reviewer@crosscheck.test', name: 'Demo Reviewer', role: 'reviewer' },
  { email: 'editor@crosscheck.test', name: 'Demo Editor', role: 'editor' },
  { email: 'admin@crosscheck.test', name: 'Demo Admin', role: 'admin' },
];
/** Author of the seeded ratings, documents, claims and relations. */
export const DEMO_AUTHOR_EMAIL = 'admin@crosscheck.test';

export type DemoAlignment = { slug: string; label: string; color: string; description: string; sortOrder: number };

// Okabe–Ito colours, distinguishable with the common colour-vision deficiencies; pages always
// print the label beside the colour, so colour is never the only signal.
export const DEMO_ALIGNMENTS: readonly DemoAlignment[] = [
  { slug: 'pro-government', label: 'Pro-government', color: '#D55E00', sortOrder: 10,
    description: 'Governments and the outlets, officials and forces that speak for or side with them.' },
  { slug: 'pro-militant', label: 'Pro-militant', color: '#0072B2', sortOrder: 20,
    description: 'Opposition and armed groups and the channels that side with them.' },
  { slug: 'un', label: 'UN', color: '#56B4E9', sortOrder: 30,
    description: 'UN bodies and their own statements (not member states speaking at the UN).' },
  { slug: 'independent', label: 'Independent', color: '#009E73', sortOrder: 40,
    description: 'Monitors, researchers and newsrooms not aligned with a party to the conflict.' },
  { slug: 'unknown', label: 'Unknown', color: '#999999', sortOrder: 90,
    description: 'Alignment not known or not assignable from the record.' },
];

export type DemoSource = {
  key: string;
  name: string;
  kind: SourceKind;
  alignmentSlug: string;
  country?: string;
  language?: string;
  aliases?: string[];
  description: string;
  homepage?: string;
  /** Key of a source listed earlier. */
  representsKey?: string;
  rating: { reliability: Reliability; rationale: string };
};

export type DemoDocument = {
  key: string;
  url: string;
  title: string;
  publisherKey: string;
  author: string;
  publishedAt: string;
  retrievedAt: string;
  language: string;
  text: string;
  sourceCredit?: string;
  /** Key of a document listed earlier. */
  republishesKey?: string;
};

const ARTICLE_TITLE = 'Video: Internal Tensions Do Not Stop Militants from Provocations in Southern Idlib';

export const DEMO_DOCUMENTS: readonly DemoDocument[] = [
  {
    key: 'southfront-2020-07-01',
    url: 'https://southfront.org/internal-tensions-do-not-stop-militants-from-provocations-in-southern-idlib/',
    title: ARTICLE_TITLE,
    publisherKey: 'south-front',
    author: 'South Front',
    publishedAt: '2020-07-01T00:00:00Z',
    retrievedAt: '2020-07-02T00:00:00Z',
    language: 'en',
    text: DEMO_ARTICLE_TEXT,
  },
  {
    key: 'globalresearch-2020-07-02',
    url: 'https://www.globalresearch.ca/video-internal-tensions-do-not-stop-militants-from-provocations-in-southern-idlib/5717335',
    title: ARTICLE_TITLE,
    publisherKey: 'global-research',
    author: 'South Front',
    publishedAt: '2020-07-02T00:00:00Z',
    retrievedAt: '2020-07-02T00:00:00Z',
    language: 'en',
    text: DEMO_ARTICLE_TEXT,
    sourceCredit: 'The original source of this article is South Front',
    republishesKey: 'southfront-2020-07-01',
  },
];

export type DemoEvent = {
  key: string;
  title: string;
  summary: string;
  startsAt: string;
  endsAt?: string;
  placeName: string;
  latitude?: number;
  longitude?: number;
  placePrecision: PlacePrecision;
};

/** Every event of the founding example happened in it; its sources show their alignment in it. */
export const DEMO_CONFLICT = {
  key: 'syrian-civil-war',
  name: 'Syrian civil war',
  description: 'The war in Syria since 2011: the government and its allies, the armed opposition, Hayat Tahrir al-Sham, the SDF and Turkish-backed groups.',
} as const;

// Dates the report gives only as "the past week" or "recently" are the week before 1 July 2020.
export const DEMO_EVENTS: readonly DemoEvent[] = [
  { key: 'kansafrah-clashes', title: 'Clashes near Kansafrah, Al-Ruwayha and Bayanin, 30 June 2020',
    summary: 'Fighting between the Syrian Army and Turkish-backed militants in southern Idlib; each side blames the other.',
    startsAt: '2020-06-30T00:00:00Z', endsAt: '2020-07-01T00:00:00Z',
    placeName: 'Kansafrah, Al-Ruwayha and Bayanin, southern Idlib', latitude: 35.69, longitude: 36.47, placePrecision: 'district' },
  { key: 'daraa-kahil-jizah', title: 'Daraa: soldiers killed and army withdrawal from Kahil Jizah',
    summary: 'Clashes between the army and reconciled former militants in the countryside of Daraa city.',
    startsAt: '2020-06-24T00:00:00Z', endsAt: '2020-07-01T00:00:00Z',
    placeName: 'Countryside of Daraa city', latitude: 32.62, longitude: 36.1, placePrecision: 'district' },
  { key: 'kashal-ubayd-shelling', title: 'Shelling near Kashal Ubayd, northwest of Ayn Issa',
    summary: 'Turkish-backed militant groups reportedly shelled Syrian Democratic Forces positions.',
    startsAt: '2020-06-24T00:00:00Z', endsAt: '2020-07-01T00:00:00Z',
    placeName: 'Kashal Ubayd, northwest of Ayn Issa', latitude: 36.39, longitude: 38.86, placePrecision: 'district' },
  { key: 'hasakah-prison', title: 'Reported escape from the al-Hasakah ISIS prison',
    summary: 'SDF security forces closed the prison perimeter; an escape is rumoured but unconfirmed.',
    startsAt: '2020-06-24T00:00:00Z', endsAt: '2020-07-01T00:00:00Z',
    placeName: 'al-Hasakah city', latitude: 36.5, longitude: 40.75, placePrecision: 'town' },
  { key: 'un-deconfliction-exit', title: 'Russia leaves the UN humanitarian deconfliction mechanism',
    summary: "Russia's UN envoy announces the exit at the Security Council; the facilities' status is disputed.",
    startsAt: '2020-06-29T00:00:00Z',
    placeName: 'Syria', placePrecision: 'country' },
];

export type TextQuote = { quoteExact: string; quotePrefix: string; quoteSuffix: string; quoteStart: number };

const CONTEXT_CHARS = 32;

/** A W3C TextQuoteSelector (plus position hint) for `exact` in `text`; quoteStart is -1 when absent. */
export function textQuote(text: string, exact: string): TextQuote {
  const start = text.indexOf(exact);
  const end = start + exact.length;
  return {
    quoteExact: exact,
    quotePrefix: start < 0 ? '' : text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    quoteSuffix: start < 0 ? '' : text.slice(end, end + CONTEXT_CHARS),
    quoteStart: start,
  };
}

export type DemoAttribution = {
  key: string;
  sourceKey: string;
  role: AttributionRole;
  /** Key of an attribution of the same claim, listed earlier. */
  relaysKey?: string;
  documentKey?: string;
  quote?: string;
  venue?: string;
  statedAt?: string;
};

export type DemoClaim = {
  key: string;
  text: string;
  eventKey: string;
  occurredAt?: string;
  occurredPrecision?: DatePrecision;
  placeName: string;
  latitude?: number;
  longitude?: number;
  placePrecision: PlacePrecision;
  credibility: number;
  credibilityReason: string;
  parties: { role: PartyRole; name: string; sourceKey?: string }[];
  figures?: { measure: string; subject?: string; min: number | null; max: number | null; wording: string }[];
  attributions: DemoAttribution[];
};

export type DemoRelation =
  | { key: string; type: 'contradicts'; claimKeys: [string, string]; disputes: Dispute[]; note: string }
  | { key: string; type: 'supports'; subjectKey: string; objectKey: string; note: string };

/** The document text an attribution quotes, for tests and the seed's own check. */
export function demoDocumentText(documentKey: string): string | undefined {
  return DEMO_DOCUMENTS.find((d) => d.key === documentKey)?.text;
}
