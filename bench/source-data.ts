// The source-search bench's data: 20,000 made-up people and organisations, each with a Latin
// name and three aliases (another Latin spelling, Cyrillic and Arabic), and the queries a user
// would type for them: misspellings, partial words and the other scripts. Seeded, so every run
// asks the same questions. The syllable table only makes test names that read alike in three
// scripts; lookup itself transliterates with any-ascii (lib/sources/source-lookup-fold.ts).
import { createRandom, type Random } from './random';

export type BenchSource = { name: string; aliases: string[]; kind: string };
export type BenchQuery = { shape: 'misspelt' | 'misspelt surname' | 'partial' | 'cyrillic' | 'arabic'; q: string; intended: number };

const CONSONANTS: [string, string, string][] = [
  ['b', 'б', 'ب'], ['d', 'д', 'د'], ['f', 'ф', 'ف'], ['g', 'г', 'ج'], ['k', 'к', 'ك'], ['l', 'л', 'ل'], ['m', 'м', 'م'],
  ['n', 'н', 'ن'], ['r', 'р', 'ر'], ['s', 'с', 'س'], ['t', 'т', 'ت'], ['v', 'в', 'ف'], ['z', 'з', 'ز'], ['sh', 'ш', 'ش'],
];
const VOWELS: [string, string, string][] = [['a', 'а', 'ا'], ['e', 'е', 'ي'], ['i', 'и', 'ي'], ['o', 'о', 'و'], ['u', 'у', 'و']];
// A second Latin spelling, as transliterations of one name differ ("Nebenzya" / "Nebenzia").
const RESPELL: [RegExp, string][] = [[/ya/g, 'ia'], [/sh/g, 'ch'], [/i$/, 'iy'], [/v/g, 'w'], [/k/g, 'c']];
const ORG_WORDS = ['Agency', 'Network', 'Monitor', 'Brigade', 'Council', 'Front', 'Centre', 'Press'];

type Word = [string, string, string];

function word(random: Random, syllables: number): Word {
  const out: Word = ['', '', ''];
  for (let i = 0; i < syllables; i++) {
    const c = random.pick(CONSONANTS);
    const v = random.pick(VOWELS);
    for (const s of [0, 1, 2] as const) out[s] += c[s] + v[s];
  }
  return out;
}

const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

export function makeBenchSources(n: number, seed = 15_2026): BenchSource[] {
  const random = createRandom(seed);
  const taken = new Set<string>();
  const sources: BenchSource[] = [];
  while (sources.length < n) {
    const person = random.chance(0.7);
    const first = word(random, 2 + random.int(2));
    const last = word(random, 3 + random.int(2));
    const org = random.pick(ORG_WORDS);
    const latin = person ? `${capital(first[0])} ${capital(last[0])}` : `${capital(last[0])} ${org}`;
    if (taken.has(latin.toLowerCase())) continue;
    taken.add(latin.toLowerCase());
    const respelt = RESPELL.reduce((s, [from, to]) => s.replace(from, to), latin.toLowerCase()).split(' ').map(capital).join(' ');
    const cyrillic = person ? `${capital(first[1])} ${capital(last[1])}` : capital(last[1]);
    const arabic = person ? `${first[2]} ${last[2]}` : last[2];
    sources.push({ name: latin, aliases: [respelt === latin ? `${latin} (${org})` : respelt, cyrillic, arabic], kind: person ? 'official' : 'outlet' });
  }
  return sources;
}

/** One typing mistake inside a word (never its first letter): a letter swapped, doubled, dropped or replaced. */
function misspell(random: Random, text: string): string {
  const positions = [...text].map((ch, i) => (i > 0 && /[a-z]/.test(ch) && text[i - 1] !== ' ' ? i : -1)).filter((i) => i > 0 && i < text.length - 1);
  const i = random.pick(positions);
  switch (random.int(4)) {
    case 0: return text.slice(0, i) + text[i + 1] + text[i] + text.slice(i + 2);
    case 1: return text.slice(0, i) + text[i] + text.slice(i);
    case 2: return text.slice(0, i) + text.slice(i + 1);
    default: return text.slice(0, i) + random.pick(['a', 'e', 'i', 'o', 'u', 's', 'z', 'y']) + text.slice(i + 1);
  }
}

/** `perShape` queries of each shape, for sources spread over the whole set; `intended` is an index into `sources`. */
export function makeBenchQueries(sources: BenchSource[], perShape: number, seed = 2026_15): BenchQuery[] {
  const random = createRandom(seed);
  const queries: BenchQuery[] = [];
  for (let k = 0; k < perShape; k++) {
    const intended = random.int(sources.length);
    const s = sources[intended];
    const words = s.name.split(' ');
    const longest = [...words].sort((a, b) => b.length - a.length)[0];
    queries.push({ shape: 'misspelt', q: misspell(random, s.name), intended });
    queries.push({ shape: 'misspelt surname', q: misspell(random, longest), intended });
    queries.push({ shape: 'partial', q: longest.slice(0, Math.max(4, longest.length - 3)), intended });
    queries.push({ shape: 'cyrillic', q: s.aliases[1], intended });
    queries.push({ shape: 'arabic', q: s.aliases[2], intended });
  }
  return queries;
}
