import 'server-only';
import { requireReader, type Viewer } from '@/lib/auth/viewer';
import { domainsOfHost, guessIdentifierKind, identifierLabel, normaliseIdentifier, type SourceIdentifier } from './source-identifiers';
import { findIdentifierHolders } from './source-identifiers.server';

export type SourceForUrl = { id: number; name: string; matched: SourceIdentifier & { label: string } };

/**
 * The live source a document's address belongs to, through the source's identifiers: a post on
 * t.me/name, x.com/name, youtube.com/@name or facebook.com/name belongs to that account; any
 * other page to the source holding its domain, the most specific first (news.example.com before
 * example.com). Null when none does or the address is no web address.
 */
export async function sourceForUrl(viewer: Viewer, url: string): Promise<SourceForUrl | null> {
  requireReader(viewer);
  if (!URL.canParse(url)) return null;
  const { protocol, hostname } = new URL(url);
  if (protocol !== 'http:' && protocol !== 'https:') return null;
  const candidates: SourceIdentifier[] = [];
  const kind = guessIdentifierKind(url);
  if (kind && kind !== 'domain') {
    const account = normaliseIdentifier(kind, url);
    if (account.ok) candidates.push(account.identifier);
  }
  candidates.push(...domainsOfHost(hostname).map((value) => ({ kind: 'domain' as const, value })));
  const holders = await findIdentifierHolders(undefined, candidates);
  for (const candidate of candidates) {
    const holder = holders.get(`${candidate.kind}:${candidate.value}`);
    if (holder?.live) return { id: holder.sourceId, name: holder.sourceName, matched: { ...candidate, label: identifierLabel(candidate) } };
  }
  return null;
}
