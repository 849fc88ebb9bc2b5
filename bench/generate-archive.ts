// The synthetic archive: claims in English, Arabic, Russian and French with Zipf word
// frequencies, Zipf-popular sources, events, relay chains, quotes and venues, written as the
// import's JSONL format so the benchmark measures the real import path.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createRandom, zipfIndex, type Random } from './random';
import { buildVocabulary, sentence, type Language, type Vocabulary } from './vocabulary';

export type ArchiveSize = { claims: number; sources: number; events: number; attributions: number; relations: number };

export function archiveSize(claims: number): ArchiveSize {
  const f = claims / 1_000_000;
  return {
    claims,
    sources: Math.max(200, Math.round(20_000 * f)),
    events: Math.max(50, Math.round(5_000 * f)),
    attributions: claims * 2,
    relations: Math.round(200_000 * f),
  };
}

export type ArchiveFacts = {
  vocabularies: Record<Language, Vocabulary>;
  /** Names of the most prolific people among the sources, for misspelt-name queries. */
  personNames: string[];
  venues: string[];
  attributionsWritten: number;
};

const ALIGNMENTS = ['pro-government', 'pro-militant', 'un', 'independent', 'unknown'] as const;
const KINDS = ['outlet', 'official', 'government', 'armed_group', 'monitor', 'social_account', 'unnamed_group'] as const;
const LANGUAGE_SHARE: [Language, number][] = [['en', 0.55], ['ar', 0.2], ['ru', 0.15], ['fr', 0.1]];
const CREDIBILITY_SHARE: [number, number][] = [[1, 0.05], [2, 0.15], [3, 0.25], [4, 0.2], [5, 0.1], [6, 0.25]];

type Source = { id: string; name: string; kind: string; alignment: string; aliases: string[] };

const capital = (w: string) => `${w.charAt(0).toUpperCase()}${w.slice(1)}`;

function pickShare<T>(random: Random, shares: [T, number][]): T {
  let x = random.next();
  for (const [value, share] of shares) if ((x -= share) < 0) return value;
  return shares[0][0];
}

function makeSources(n: number, random: Random, en: Vocabulary, ru: Vocabulary, ar: Vocabulary): Source[] {
  const tail = (v: Vocabulary) => v.words[500 + random.int(v.words.length - 500)];
  return Array.from({ length: n }, (_, i) => {
    const kind = KINDS[random.int(KINDS.length)];
    const alignment = ALIGNMENTS[random.int(ALIGNMENTS.length)];
    const person = kind === 'official' || kind === 'social_account';
    const name = person
      ? `${capital(tail(en))} ${capital(tail(en))}`
      : kind === 'unnamed_group'
        ? `${alignment} sources ${i}`
        : `${capital(tail(en))} ${random.pick(['News', 'Agency', 'Today', 'Monitor', 'Network', 'Press'])}`;
    const aliases = random.chance(0.4) ? [capital(tail(ru)), tail(ar)] : [];
    return { id: `bs-${i}`, name, kind, alignment, aliases };
  });
}

/**
 * Writes `size.claims` claims as JSON lines to `path` with a fixed seed. Sources and events are
 * inline (the import creates each once); relations are added after the import (bench/run.ts).
 */
export async function generateArchive(path: string, size: ArchiveSize, seed = 20_200_701): Promise<ArchiveFacts> {
  const random = createRandom(seed);
  const vocabularies = {
    en: buildVocabulary('en', random), ar: buildVocabulary('ar', random),
    ru: buildVocabulary('ru', random), fr: buildVocabulary('fr', random),
  } satisfies Record<Language, Vocabulary>;
  const sources = makeSources(size.sources, random, vocabularies.en, vocabularies.ru, vocabularies.ar);
  const events = Array.from({ length: size.events }, (_, i) => ({
    id: `be-${i}`,
    title: `Clashes near ${capital(vocabularies.en.words[300 + random.int(5000)])}, day ${i}`,
  }));
  const venues = Array.from({ length: 200 }, (_, i) =>
    i % 2 ? `UN Security Council meeting, session ${i}` : `Press briefing in ${capital(vocabularies.en.words[400 + i])}`,
  );
  const docs = Math.max(100, Math.round(size.claims / 8));
  const start = Date.UTC(2015, 0, 1);
  const out = createWriteStream(path);
  let attributionsWritten = 0;

  for (let i = 0; i < size.claims; i++) {
    const language = pickShare(random, LANGUAGE_SHARE);
    const translated = language !== 'en' && random.chance(0.5);
    const own = sentence(vocabularies[language], random, 8, 30);
    const text = translated ? sentence(vocabularies.en, random, 8, 30) : own;
    const words = text.split(' ');
    const asserting = sources[zipfIndex(random, sources.length)];
    const chain = [asserting];
    const relays = random.int(3);
    for (let r = 0; r < relays; r++) chain.push(sources[zipfIndex(random, sources.length)]);
    const attributions = [...new Map(chain.map((s) => [s.id, s])).values()].map((source, j, all) => {
      const quoted = random.chance(0.3);
      const from = random.int(Math.max(1, words.length - 6));
      const doc = random.int(docs);
      return {
        source,
        role: j === 0 ? 'asserts' : 'relays',
        relays: j === 0 ? undefined : all[j - 1].id,
        venue: random.chance(0.05) ? random.pick(venues) : undefined,
        quote: quoted ? words.slice(from, from + 3 + random.int(5)).join(' ') : undefined,
        document: quoted ? { url: `https://bench.example/d/${doc}`, title: `Report ${doc}` } : undefined,
      };
    });
    attributionsWritten += attributions.length;
    const claim = {
      id: `bc-${i}`,
      text,
      language: translated ? 'en' : language,
      originalText: translated ? own : undefined,
      originalLanguage: translated ? language : undefined,
      occurredAt: new Date(start + random.int(3300) * 86_400_000).toISOString().slice(0, 10),
      occurredPrecision: 'day',
      credibility: pickShare(random, CREDIBILITY_SHARE),
      event: random.chance(0.6) ? events[random.int(events.length)] : undefined,
      attributions,
    };
    if (!out.write(`${JSON.stringify(claim)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  const personNames = sources.slice(0, 50).filter((s) => s.kind === 'official' || s.kind === 'social_account').map((s) => s.name);
  return { vocabularies, personNames, venues, attributionsWritten };
}

