// The search workload: words from the head, middle and tail of each language's frequency
// list, a two-word query, a prefix as typed, a misspelt name, a venue, and filters combined
// with text. The same parameters go to the HTTP API and, as SQL, straight to PostgreSQL.
import type { ArchiveFacts } from './generate-archive';

export type BenchQuery = { label: string; params: Record<string, string> };

function misspell(name: string): string {
  const last = name.split(' ').at(-1) ?? name;
  // Swap one vowel for another, as a hurried typist or a different transliteration would.
  const i = last.search(/[aeiou](?=[^aeiou]*$)/);
  return i < 0 ? `${last}h` : `${last.slice(0, i)}${last[i] === 'a' ? 'e' : 'a'}${last.slice(i + 1)}`;
}

export function benchQueries(facts: ArchiveFacts): BenchQuery[] {
  const { en, ar, ru, fr } = facts.vocabularies;
  const w = (v: typeof en, rank: number) => v.words[Math.min(rank, v.words.length - 1)];
  const person = facts.personNames[0] ?? 'Nebenzya';
  return [
    { label: 'common word (en #1)', params: { q: w(en, 0) } },
    { label: 'frequent word (en #20)', params: { q: w(en, 20) } },
    { label: 'topical word (en #150)', params: { q: w(en, 150) } },
    { label: 'mid-tail word (en #2000)', params: { q: w(en, 2000) } },
    { label: 'rare word (en #15000)', params: { q: w(en, 15000) } },
    { label: 'two words', params: { q: `${w(en, 30)} ${w(en, 60)}` } },
    { label: 'prefix as typed', params: { q: w(en, 400).slice(0, 4) } },
    { label: 'Arabic word', params: { q: w(ar, 40) } },
    { label: 'Russian word', params: { q: w(ru, 40) } },
    { label: 'French word', params: { q: w(fr, 40) } },
    { label: 'misspelt name', params: { q: misspell(person) } },
    { label: 'venue words', params: { q: 'Security Council' } },
    { label: 'q + alignment', params: { q: w(en, 20), alignment: 'pro-government' } },
    { label: 'q + credibility', params: { q: w(en, 1000), credibility: '2,3' } },
    { label: 'q + date range', params: { q: w(ar, 40), from: '2018-01-01', to: '2019-12-31' } },
    { label: 'q + contested', params: { q: w(en, 150), contested: 'true' } },
  ];
}
