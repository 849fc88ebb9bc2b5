'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useRef, useState, useTransition } from 'react';

// Typing pauses this long before the results follow: one request per pause, not per keystroke.
const DEBOUNCE_MS = 300;

/**
 * The claims page's text box. Without JavaScript it is a plain field of the filter form; with
 * it, results follow typing through the URL (`?q=`), so they stay shareable and Back works.
 */
export function SearchBox({ defaultValue }: { defaultValue?: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [pending, startTransition] = useTransition();
  const [value, setValue] = useState(defaultValue ?? '');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  function onChange(next: string) {
    setValue(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const params = new URLSearchParams(searchParams.toString());
      if ((params.get('q') ?? '') === next.trim()) return;
      if (next.trim()) params.set('q', next.trim());
      else params.delete('q');
      // A new query starts from its first page.
      params.delete('cursor');
      params.delete('back');
      const qs = params.toString();
      startTransition(() => router.replace(qs ? `${pathname}?${qs}` : pathname, { scroll: false }));
    }, DEBOUNCE_MS);
  }

  return (
    <input
      type="search"
      name="q"
      value={value}
      onChange={(e) => onChange(e.target.value)}
      dir="auto"
      placeholder="e.g. retreat, Security Council, Nebenzya"
      aria-busy={pending}
      autoComplete="off"
      maxLength={200}
    />
  );
}
