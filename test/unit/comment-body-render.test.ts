// A comment is plain text: links and mentions become React nodes, everything else is escaped.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CommentBody } from '@/app/_components/comment-body';

describe('CommentBody', () => {
  it('links http(s) addresses with rel="nofollow noopener", highlights a resolved mention and escapes markup', () => {
    const body = '<img src=x onerror=alert(1)> see https://reliefweb.int/x?a=1&b=2. @editor and @nobody; javascript:alert(1)';
    const html = renderToStaticMarkup(createElement(CommentBody, { body, mentions: [{ userId: 3, name: 'Demo Editor', handle: 'editor' }] }));
    expect(html).toBe(
      '<p dir="auto" class="comment-body">&lt;img src=x onerror=alert(1)&gt; see ' +
        '<a href="https://reliefweb.int/x?a=1&amp;b=2" rel="nofollow noopener">https://reliefweb.int/x?a=1&amp;b=2</a>. ' +
        '<mark class="mention" title="Demo Editor">@editor</mark> and @nobody; javascript:alert(1)</p>',
    );
  });
});
