import anyAscii from 'any-ascii';

// How a source's names are compared: every script transliterated to Latin (any-ascii), accents
// off, lower case, anything but letters and digits a single space. "Небензя", "NEBENZYA" and
// "Nebenzya!" all fold to "nebenzya"; "Hayat Tahrir al-Sham" to "hayat tahrir al sham".
// Stored rows record FOLD_VERSION, so a change to this function (or a new any-ascii) is
// refolded by refreshStaleSourceLookupNames instead of silently mismatching old rows.

export const FOLD_VERSION = 1;

export function foldName(text: string): string {
  return anyAscii(text.normalize('NFKC')).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

export type LookupNameRow = { name: string; kind: 'name' | 'alias'; folded: string };

/**
 * The rows one source is found by: its name (always, so "has rows" means "was folded"), then
 * each alias that folds to something new.
 */
export function lookupNamesOf(source: { name: string; aliases: readonly string[] }): LookupNameRow[] {
  const rows: LookupNameRow[] = [];
  const seen = new Set<string>();
  for (const [name, kind] of [[source.name, 'name'] as const, ...source.aliases.map((a) => [a, 'alias'] as const)]) {
    const folded = foldName(name);
    if (kind === 'alias' && (folded === '' || seen.has(folded))) continue;
    seen.add(folded);
    rows.push({ name: name.trim(), kind, folded });
  }
  return rows;
}
