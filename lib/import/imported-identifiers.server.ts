import 'server-only';
import type { Tx } from '@/lib/db';
import { identifierLabel, normaliseIdentifier, type IdentifierKind, type SourceIdentifier } from '@/lib/sources/source-identifiers';
import { findIdentifierHolders } from '@/lib/sources/source-identifiers.server';
import type { LineIssues } from './line-issues';

type Item = { line: number; key: string; identifiers: readonly { kind: IdentifierKind | null; value: string }[] };

/**
 * The identifiers of the sources an import would create, normalised, by key. Each problem is a
 * line issue: a value in the wrong form, one identifier given to two new sources, or one a live
 * source already holds (the line should name that source instead).
 */
export async function checkImportedIdentifiers(tx: Tx, issues: LineIssues, items: readonly Item[]): Promise<Map<string, SourceIdentifier[]>> {
  const out = new Map<string, SourceIdentifier[]>();
  const firstLine = new Map<string, { line: number; key: string }>();
  const lineOf = new Map<string, number>();
  for (const { line, key, identifiers } of items) {
    const list: SourceIdentifier[] = [];
    for (const given of identifiers) {
      const result = normaliseIdentifier(given.kind, given.value);
      if (!result.ok) { issues.add(line, `identifier “${given.value}”: ${result.message}`); continue; }
      const id = `${result.identifier.kind}:${result.identifier.value}`;
      const first = firstLine.get(id);
      if (first && first.key !== key) {
        issues.add(line, `identifier ${identifierLabel(result.identifier)} is also given to the source on line ${first.line}`);
        continue;
      }
      if (list.some((i) => i.kind === result.identifier.kind && i.value === result.identifier.value)) continue;
      firstLine.set(id, { line, key });
      lineOf.set(id, line);
      list.push(result.identifier);
    }
    out.set(key, [...(out.get(key) ?? []), ...list]);
  }
  const holders = await findIdentifierHolders(tx, [...out.values()].flat());
  for (const holder of holders.values()) {
    if (!holder.live) continue;
    issues.add(lineOf.get(`${holder.kind}:${holder.value}`)!,
      `identifier ${identifierLabel(holder)} belongs to “${holder.sourceName}” (#${holder.sourceId}): give it that source's id or name`);
  }
  return out;
}
