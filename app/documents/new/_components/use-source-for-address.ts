'use client';
import { useEffect, useState } from 'react';
import { sendJson } from '@/app/_forms/json-fetch';
import type { PickedSource } from '@/app/_forms/source-picker';

type Found = PickedSource & { matched: { name: string; kind: string } | null };

/**
 * The source a page's address belongs to, through its identifiers (its domain, or its account on
 * t.me, x.com, youtube.com, facebook.com): the sources search reads an address as an identifier.
 */
export function useSourceForAddress(url: string): { source: PickedSource; matchedName: string } | null {
  const [found, setFound] = useState<{ url: string; source: PickedSource; matchedName: string } | null>(null);
  useEffect(() => {
    const address = url.trim();
    if (!/^https?:\/\/\S+\.\S+/i.test(address)) return;
    let current = true;
    const timer = setTimeout(async () => {
      const res = await sendJson<{ items: Found[] }>('GET', `/api/v1/sources?limit=1&q=${encodeURIComponent(address)}`);
      const top = res.ok ? res.data.items[0] : undefined;
      if (!current) return;
      setFound(top?.matched?.kind === 'identifier'
        ? { url: address, source: { id: top.id, name: top.name, alignment: top.alignment }, matchedName: top.matched.name }
        : null);
    }, 300);
    return () => { current = false; clearTimeout(timer); };
  }, [url]);
  return found && found.url === url.trim() ? { source: found.source, matchedName: found.matchedName } : null;
}
