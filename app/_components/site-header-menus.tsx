'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useRef } from 'react';

// The header stays mounted across client navigations, so an open <details> menu would stay open
// on the next page; close it then, and on Escape (returning focus to its summary).
export function CloseMenusOnNavigate() {
  const pathname = usePathname();
  // Only on a change of page: on the first render (hydration) a menu someone already opened stays open.
  const shownPath = useRef(pathname);
  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    document.querySelectorAll<HTMLDetailsElement>('.header-menu[open]').forEach((d) => (d.open = false));
  }, [pathname]);
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.key !== 'Escape') return;
      const open = document.querySelector<HTMLDetailsElement>('.header-menu[open]');
      if (!open) return;
      open.open = false;
      open.querySelector('summary')?.focus();
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return null;
}
