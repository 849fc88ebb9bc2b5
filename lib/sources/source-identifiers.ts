// A source's external identifiers, normalised so one real-world account has one spelling:
// whatever people paste (a full address, a bare handle, "@Handle") becomes the `value` stored in
// source_identifiers, unique per kind. Pure and browser-safe: the edit form checks with it too.

export const IDENTIFIER_KINDS = ['wikidata', 'domain', 'telegram', 'x', 'youtube', 'facebook'] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];
export type SourceIdentifier = { kind: IdentifierKind; value: string };

export const IDENTIFIER_KIND_LABELS: Record<IdentifierKind, string> = {
  wikidata: 'Wikidata', domain: 'Web domain', telegram: 'Telegram', x: 'X (Twitter)', youtube: 'YouTube', facebook: 'Facebook',
};

/** What each kind accepts, said in every refusal. */
export const IDENTIFIER_FORMS: Record<IdentifierKind, string> = {
  wikidata: 'a Wikidata item such as Q1234 or https://www.wikidata.org/wiki/Q1234',
  domain: 'a web domain such as example.com, or an address on it',
  telegram: 'a Telegram channel such as t.me/name or @name',
  x: 'an X account such as x.com/name or @name',
  youtube: 'a YouTube channel such as youtube.com/@name, @name or youtube.com/channel/UC…',
  facebook: 'a Facebook page such as facebook.com/name',
};

export type NormalisedIdentifier = { ok: true; identifier: SourceIdentifier } | { ok: false; message: string };

const refuse = (kind: IdentifierKind | undefined, what = 'That'): NormalisedIdentifier => ({
  ok: false,
  message: kind
    ? `${what} is not ${IDENTIFIER_FORMS[kind]}.`
    : `${what} is not an identifier: use a Wikidata item (Q1234), a web address or domain (example.com), or a t.me, x.com, youtube.com or facebook.com address.`,
});

// Platform hosts, without "www." / "m." / "mobile.".
const PLATFORM_HOSTS: Record<string, IdentifierKind> = {
  't.me': 'telegram', 'telegram.me': 'telegram', 'telegram.dog': 'telegram',
  'x.com': 'x', 'twitter.com': 'x',
  'youtube.com': 'youtube',
  'facebook.com': 'facebook', 'fb.com': 'facebook',
  'wikidata.org': 'wikidata',
};

const QID = /^Q[1-9]\d{0,11}$/;
const TELEGRAM = /^[a-z][a-z0-9_]{0,31}$/;
const X_HANDLE = /^[a-z0-9_]{1,15}$/;
const YOUTUBE_CHANNEL = /^UC[A-Za-z0-9_-]{22}$/;
const YOUTUBE_HANDLE = /^[\p{L}\p{N}._-]{3,30}$/u;
const FACEBOOK_NAME = /^[a-z0-9.]{1,50}$/;
const FACEBOOK_NUMERIC = /^\d{5,20}$/;

// Path segments on the platforms that are pages of the site, never an account.
const TELEGRAM_RESERVED = new Set(['joinchat', 'c', 'addstickers', 'addemoji', 'share', 'proxy', 'socks', 'iv', 'login', 'setlanguage']);
const X_RESERVED = new Set(['i', 'home', 'search', 'intent', 'share', 'hashtag', 'explore', 'settings', 'messages', 'notifications', 'login', 'signup', 'tos', 'privacy']);
const FACEBOOK_RESERVED = new Set(['groups', 'events', 'watch', 'sharer', 'sharer.php', 'story.php', 'permalink.php', 'photo.php', 'login', 'marketplace', 'gaming', 'help', 'hashtag', 'search']);

type ParsedAddress = { host: string; segments: string[]; params: URLSearchParams };

/** A pasted address, with or without its scheme; null when it is not one. */
function parseAddress(text: string): ParsedAddress | null {
  if (/\s/.test(text)) return null;
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text);
  if (hasScheme && !/^https?:\/\//i.test(text)) return null;
  const candidate = hasScheme ? text : `https://${text}`;
  if (!URL.canParse(candidate)) return null;
  const url = new URL(candidate);
  // The URL parser lower-cases and punycodes the host (IDN → xn--…) the way browsers do.
  const host = url.hostname.replace(/\.$/, '');
  if (!host.includes('.') || host.startsWith('[') || /^\d+(\.\d+){3}$/.test(host)) return null;
  if (!/^[a-z0-9.-]+$/.test(host) || host.split('.').some((label) => label === '' || label.startsWith('-') || label.endsWith('-'))) return null;
  if (!/^(xn--)?[a-z][a-z0-9-]*$/.test(host.split('.').at(-1)!)) return null;
  const segments = url.pathname.split('/').filter(Boolean).map((s) => safeDecode(s));
  return { host, segments, params: url.searchParams };
}

const safeDecode = (s: string) => { try { return decodeURIComponent(s); } catch { return s; } };
const platformHost = (host: string) => host.replace(/^(www|m|mobile|web)\./, '');
const looksLikeAddress = (text: string) => /^https?:\/\//i.test(text) || /^[^\s/@]+\.[^\s/@]+(\/|$)/.test(text);

function normaliseWikidata(text: string): NormalisedIdentifier {
  const bare = text.replace(/^wd:/i, '');
  if (/^q\d+$/i.test(bare)) return QID.test(bare.toUpperCase()) ? ok('wikidata', bare.toUpperCase()) : refuse('wikidata');
  const address = parseAddress(text);
  if (!address || platformHost(address.host) !== 'wikidata.org') return refuse('wikidata');
  const id = address.segments.find((s) => /^q\d+$/i.test(s)) ?? address.segments.at(-1)?.split(':').pop();
  return id && QID.test(id.toUpperCase()) ? ok('wikidata', id.toUpperCase()) : refuse('wikidata');
}

function normaliseDomain(text: string): NormalisedIdentifier {
  const address = parseAddress(text);
  if (!address) return refuse('domain');
  return ok('domain', address.host.replace(/^www\d*\./, ''));
}

/** The handle in a pasted platform address, or the pasted text itself when it is no address. */
function handleOf(kind: IdentifierKind, text: string, reserved: Set<string>, skip: string[] = []): string | null {
  if (!looksLikeAddress(text)) return text.replace(/^@/, '');
  const address = parseAddress(text);
  if (!address || PLATFORM_HOSTS[platformHost(address.host)] !== kind) return null;
  const segments = [...address.segments];
  while (segments.length && skip.includes(segments[0].toLowerCase())) segments.shift();
  const first = segments[0]?.replace(/^@/, '');
  if (!first || reserved.has(first.toLowerCase())) return null;
  return first;
}

function normaliseTelegram(text: string): NormalisedIdentifier {
  const resolve = /^tg:\/\/resolve\?domain=([^&]+)/i.exec(text);
  const handle = resolve ? resolve[1] : handleOf('telegram', text, TELEGRAM_RESERVED, ['s']);
  const value = handle?.toLowerCase();
  return value && TELEGRAM.test(value) ? ok('telegram', value) : refuse('telegram');
}

function normaliseX(text: string): NormalisedIdentifier {
  const value = handleOf('x', text, X_RESERVED)?.toLowerCase();
  return value && X_HANDLE.test(value) ? ok('x', value) : refuse('x');
}

function normaliseYoutube(text: string): NormalisedIdentifier {
  if (YOUTUBE_CHANNEL.test(text)) return ok('youtube', text);
  if (!looksLikeAddress(text)) {
    const handle = text.replace(/^@/, '').toLowerCase();
    return YOUTUBE_HANDLE.test(handle) ? ok('youtube', `@${handle}`) : refuse('youtube');
  }
  const address = parseAddress(text);
  if (!address || platformHost(address.host) !== 'youtube.com') return refuse('youtube');
  const [first, second] = address.segments;
  if (first?.toLowerCase() === 'channel') return second && YOUTUBE_CHANNEL.test(second) ? ok('youtube', second) : refuse('youtube');
  if (first?.startsWith('@')) {
    const handle = first.slice(1).toLowerCase();
    return YOUTUBE_HANDLE.test(handle) ? ok('youtube', `@${handle}`) : refuse('youtube');
  }
  // Legacy /c/ and /user/ names are another namespace than handles; they cannot be compared.
  return refuse('youtube');
}

function normaliseFacebook(text: string): NormalisedIdentifier {
  if (looksLikeAddress(text)) {
    const address = parseAddress(text);
    if (!address || PLATFORM_HOSTS[platformHost(address.host)] !== 'facebook') return refuse('facebook');
    const [first, , third] = address.segments;
    if (first?.toLowerCase() === 'profile.php') {
      const id = address.params.get('id') ?? '';
      return FACEBOOK_NUMERIC.test(id) ? ok('facebook', id) : refuse('facebook');
    }
    // facebook.com/pages/Some-Name/123456: the number is the page.
    if (first?.toLowerCase() === 'pages') return third && FACEBOOK_NUMERIC.test(third) ? ok('facebook', third) : refuse('facebook');
  }
  const name = handleOf('facebook', text, FACEBOOK_RESERVED, ['pg'])?.toLowerCase();
  return name && (FACEBOOK_NAME.test(name) && /[a-z0-9]/.test(name)) ? ok('facebook', name) : refuse('facebook');
}

const ok = (kind: IdentifierKind, value: string): NormalisedIdentifier => ({ ok: true, identifier: { kind, value } });

const normalisers: Record<IdentifierKind, (text: string) => NormalisedIdentifier> = {
  wikidata: normaliseWikidata, domain: normaliseDomain, telegram: normaliseTelegram,
  x: normaliseX, youtube: normaliseYoutube, facebook: normaliseFacebook,
};

/** Which kind pasted text names when none was chosen: a QID, a platform address, else a domain. */
export function guessIdentifierKind(text: string): IdentifierKind | null {
  const trimmed = text.trim();
  if (/^(wd:)?q\d+$/i.test(trimmed)) return 'wikidata';
  if (/^tg:\/\//i.test(trimmed)) return 'telegram';
  if (!looksLikeAddress(trimmed)) return null;
  const address = parseAddress(trimmed);
  if (!address) return null;
  return PLATFORM_HOSTS[platformHost(address.host)] ?? (address.host === 'youtu.be' ? 'youtube' : 'domain');
}

/**
 * Normalises what someone pasted as an identifier of `kind` (or, without a kind, of the kind the
 * text shows). Refusals name the expected form.
 */
export function normaliseIdentifier(kind: IdentifierKind | null | undefined, text: string): NormalisedIdentifier {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: kind ? `Enter ${IDENTIFIER_FORMS[kind]}.` : 'Enter an identifier.' };
  if (trimmed.length > 500) return refuse(kind ?? undefined, 'That text');
  const chosen = kind ?? guessIdentifierKind(trimmed);
  if (!chosen) return refuse(undefined);
  return normalisers[chosen](trimmed);
}

/** A search query that is plainly an identifier (a QID, an address, a domain); null otherwise. */
export function identifierInQuery(q: string): SourceIdentifier | null {
  const kind = guessIdentifierKind(q);
  if (!kind) return null;
  const result = normaliseIdentifier(kind, q);
  return result.ok ? result.identifier : null;
}

/** The public page an identifier names. */
export function identifierUrl({ kind, value }: SourceIdentifier): string {
  switch (kind) {
    case 'wikidata': return `https://www.wikidata.org/wiki/${value}`;
    case 'domain': return `https://${value}`;
    case 'telegram': return `https://t.me/${value}`;
    case 'x': return `https://x.com/${value}`;
    case 'youtube': return value.startsWith('@') ? `https://www.youtube.com/${value}` : `https://www.youtube.com/channel/${value}`;
    case 'facebook': return /^\d+$/.test(value) ? `https://www.facebook.com/profile.php?id=${value}` : `https://www.facebook.com/${value}`;
  }
}

/** How an identifier reads in a list: short, recognisable, the form people paste. */
export function identifierLabel({ kind, value }: SourceIdentifier): string {
  switch (kind) {
    case 'wikidata': case 'domain': return value;
    case 'telegram': return `t.me/${value}`;
    case 'x': return `x.com/${value}`;
    case 'youtube': return value.startsWith('@') ? `youtube.com/${value}` : `youtube.com/channel/${value}`;
    case 'facebook': return `facebook.com/${value}`;
  }
}

/** The domains a page on `host` could belong to, most specific first (news.example.com, example.com). */
export function domainsOfHost(host: string): string[] {
  const labels = host.toLowerCase().replace(/\.$/, '').replace(/^www\d*\./, '').split('.');
  const out: string[] = [];
  for (let i = 0; i < labels.length - 1; i++) out.push(labels.slice(i).join('.'));
  return out;
}

/**
 * How an identifier is folded in source_lookup_names: the kind, then the value ("telegram foo",
 * "wikidata q1234"), so a bare handle typed in a search finds it while a source named "Foo" is
 * not taken for a duplicate of the account t.me/foo.
 */
export const identifierLookupText = ({ kind, value }: SourceIdentifier) => `${kind} ${value.replace(/^@/, '')}`;
