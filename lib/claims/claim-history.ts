import { formatFigure } from './claim-format';
import type { ClaimStateSnapshot } from './claim-snapshot-schema';

// A claim's history as people read it: each revision compared with the one before, field by
// field in words ("Credibility: 6 → 3"), attributions and figures as added or removed lines.
// Pure: snapshots in, lines out.

export type SnapshotAttribution = {
  id: number;
  role: string;
  sourceId: number;
  sourceName: string;
  documentId: number | null;
  quoteExact: string | null;
  venue: string | null;
  statedAt: string | null;
  relaysId: number | null;
  anchorStatus?: string;
};

export type ClaimSnapshot = {
  id: number;
  text: string;
  language: string;
  originalText: string | null;
  originalLanguage: string | null;
  occurredAt: string | null;
  occurredPrecision: string | null;
  placeName: string | null;
  latitude: number | null;
  longitude: number | null;
  placePrecision: string | null;
  eventId: number | null;
  eventTitle: string | null;
  credibility: number;
  credibilityReason: string | null;
  originCount: number;
  carrierCount: number;
  version: number;
  deletedAt: string | null;
  parties: { role: string; name: string; sourceId: number | null }[];
  figures: { measure: string; subject: string | null; min: number | null; max: number | null; wording: string | null }[];
  attributions: SnapshotAttribution[];
  reviewStatus?: string;
  assigneeName?: string | null;
};

export type DiffLine =
  | { kind: 'changed'; field: string; before: string; after: string }
  | { kind: 'added' | 'removed'; field: string; value: string };

const FIELDS: [keyof ClaimSnapshot & keyof ClaimStateSnapshot, string][] = [
  ['text', 'Wording'],
  ['language', 'Language'],
  ['originalText', 'Original text'],
  ['originalLanguage', 'Original language'],
  ['occurredAt', 'When it happened'],
  ['occurredPrecision', 'Date precision'],
  ['placeName', 'Place'],
  ['latitude', 'Latitude'],
  ['longitude', 'Longitude'],
  ['placePrecision', 'Place precision'],
  ['eventTitle', 'Event'],
  ['credibility', 'Credibility'],
  ['credibilityReason', 'Credibility reason'],
  ['deletedAt', 'Deleted'],
  ['reviewStatus', 'Review status'],
  ['assigneeName', 'Assigned to'],
];

/** Fields a snapshot has kept only since the review desk: a snapshot without them says nothing about them. */
const LATER_FIELDS = new Set<string>(['reviewStatus', 'assigneeName']);
const shownField = (key: string, v: unknown): string =>
  key === 'reviewStatus' && typeof v === 'string' ? v.replaceAll('_', ' ') : shown(v);

const shown = (v: unknown): string => {
  if (v === null || v === undefined || v === '') return '(none)';
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v)) return v.slice(0, 10);
  return String(v);
};

type ReadAttribution = ClaimStateSnapshot['attributions'][number];

export function describeAttribution(a: ReadAttribution, all: readonly ReadAttribution[] = []): string {
  const relayed = a.relaysId != null ? all.find((x) => x.id === a.relaysId) : undefined;
  const parts = [`${a.sourceName} ${a.role}`];
  if (relayed) parts.push(`(repeating ${relayed.sourceName})`);
  if (a.quoteExact) parts.push(`“${a.quoteExact.length > 80 ? `${a.quoteExact.slice(0, 79)}…` : a.quoteExact}”`);
  if (a.venue) parts.push(`at ${a.venue}`);
  if (a.statedAt) parts.push(`on ${a.statedAt.slice(0, 10)}`);
  return parts.join(' ');
}

const describeParty = (p: ClaimStateSnapshot['parties'][number]) => `${p.role}: ${p.name}`;
const describeFigure = (f: ClaimStateSnapshot['figures'][number]) => formatFigure(f);

function listDiff(field: string, before: string[], after: string[]): DiffLine[] {
  const lines: DiffLine[] = [];
  const remaining = [...after];
  for (const b of before) {
    const i = remaining.indexOf(b);
    if (i === -1) lines.push({ kind: 'removed', field, value: b });
    else remaining.splice(i, 1);
  }
  for (const a of remaining) lines.push({ kind: 'added', field, value: a });
  return lines;
}

/** A corrected hop (same id, new role, venue, date or relay) reads as one change; others as added or removed. */
function attributionDiff(before: readonly ReadAttribution[], after: readonly ReadAttribution[]): DiffLine[] {
  const was = new Map(before.map((a) => [a.id, describeAttribution(a, before)]));
  const now = new Map(after.map((a) => [a.id, describeAttribution(a, after)]));
  const changed: DiffLine[] = [];
  for (const [id, text] of was) {
    const next = now.get(id);
    if (next === undefined || next === text) continue;
    changed.push({ kind: 'changed', field: 'Attribution', before: text, after: next });
    was.delete(id);
    now.delete(id);
  }
  return [...changed, ...listDiff('Attribution', [...was.values()], [...now.values()])];
}

/**
 * What changed between two snapshots; `before` null means the claim was created. Reads only
 * what ClaimStateSnapshotSchema guarantees, so a stored snapshot can be checked before it is read.
 */
export function diffSnapshots(before: ClaimStateSnapshot | null, after: ClaimStateSnapshot): DiffLine[] {
  if (!before) {
    return [
      { kind: 'added', field: 'Wording', value: after.text },
      ...after.attributions.map((a) => ({ kind: 'added' as const, field: 'Attribution', value: describeAttribution(a, after.attributions) })),
    ];
  }
  const lines: DiffLine[] = [];
  for (const [key, label] of FIELDS) {
    if (LATER_FIELDS.has(key) && (before[key] === undefined || after[key] === undefined)) continue;
    const was = shownField(key, before[key]);
    const now = shownField(key, after[key]);
    if (was !== now) lines.push({ kind: 'changed', field: label, before: was, after: now });
  }
  lines.push(
    ...attributionDiff(before.attributions, after.attributions),
    ...listDiff('Party', before.parties.map(describeParty), after.parties.map(describeParty)),
    ...listDiff('Figure', before.figures.map(describeFigure), after.figures.map(describeFigure)),
  );
  return lines;
}
