// What a comment's plain text holds besides words: http(s) links and @mentions. Browser-safe
// and pure: the server reads mentions from it, the page builds React nodes from its segments
// (never HTML from the body).
//
// A mention is `@` followed by a handle: letters, digits, `.`, `_` or `-`, not starting right
// after another letter, digit or `@` (so `someone@example.org` mentions nobody). A handle names
// a user when it equals, ignoring case, either the part of their email before `@`
// (`@editor` for editor@crosscheck.test) or their name with the spaces left out
// (`@LinaHaddad` for "Lina Haddad"). Trailing `.`, `-` and `_` end the sentence, not the handle.

export type CommentSegment =
  | { kind: 'text'; text: string }
  | { kind: 'link'; text: string; href: string }
  | { kind: 'mention'; text: string; handle: string };

const TOKEN = /(https?:\/\/[^\s<>"]+)|(?<![\p{L}\p{N}_@.-])@([\p{L}\p{N}_][\p{L}\p{N}._-]*)/gu;
const LINK_TAIL = /[.,;:!?'")\]]+$/;
const HANDLE_TAIL = /[._-]+$/;

/** The comment's text cut into plain text, links and mentions, in order. */
export function segmentCommentText(body: string): CommentSegment[] {
  const out: CommentSegment[] = [];
  let plain = '';
  let at = 0;
  for (const m of body.matchAll(TOKEN)) {
    const start = m.index;
    let token = m[0];
    let segment: CommentSegment | null = null;
    if (m[1]) {
      token = token.replace(LINK_TAIL, '');
      if (isHttpUrl(token)) segment = { kind: 'link', text: token, href: token };
    } else {
      const handle = m[2].replace(HANDLE_TAIL, '');
      if (handle) {
        token = `@${handle}`;
        segment = { kind: 'mention', text: token, handle: handle.toLowerCase() };
      }
    }
    if (!segment) continue;
    plain += body.slice(at, start);
    if (plain) out.push({ kind: 'text', text: plain });
    plain = '';
    out.push(segment);
    at = start + token.length;
  }
  plain += body.slice(at);
  if (plain) out.push({ kind: 'text', text: plain });
  return out;
}

/** The distinct handles a comment mentions, lower-cased. */
export function mentionedHandles(body: string): string[] {
  const handles = segmentCommentText(body).flatMap((s) => (s.kind === 'mention' ? [s.handle] : []));
  return [...new Set(handles)];
}

/** The handles that name a user: their email's local part and their name without spaces. */
export function handlesOfUser(user: { email: string; name: string }): string[] {
  const local = user.email.split('@')[0]?.toLowerCase() ?? '';
  const name = user.name.replace(/\s+/gu, '').toLowerCase();
  return [...new Set([local, name].filter(Boolean))];
}

function isHttpUrl(s: string): boolean {
  try {
    const url = new URL(s);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}
