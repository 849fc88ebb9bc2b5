'use client';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useState } from 'react';
import '@/app/_forms/capture.css';

const CONTEXT = 32;
type Selected = { exact: string; prefix: string; suffix: string; start: number };

/** The selection inside the stored text, as offsets into its plain text (marks and links are only wrappers). */
function selectionIn(container: HTMLElement): Selected | null {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(container);
  before.setEnd(range.startContainer, range.startOffset);
  const text = container.textContent ?? '';
  let start = before.toString().length;
  let end = start + range.toString().length;
  // Selections by double-click or keyboard often carry a space at either end.
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end <= start) return null;
  return { exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - CONTEXT), start), suffix: text.slice(end, end + CONTEXT), start };
}

/**
 * "New claim" from a selection in the stored text. Works with a mouse selection, a keyboard
 * selection (caret browsing, F7) and Alt+Shift+N; or type the words to find them instead.
 */
export function CaptureFromSelection({ documentId, containerId }: { documentId: number; containerId: string }) {
  const router = useRouter();
  const [selected, setSelected] = useState<Selected | null>(null);
  const [typed, setTyped] = useState('');
  const [message, setMessage] = useState('');

  const open = useCallback((s: Selected) => {
    const q = new URLSearchParams({ documentId: String(documentId), exact: s.exact, prefix: s.prefix, suffix: s.suffix, start: String(s.start) });
    router.push(`/claims/new?${q}`);
  }, [documentId, router]);

  useEffect(() => {
    const container = window.document.getElementById(containerId);
    if (!container) return;
    const onChange = () => setSelected(selectionIn(container));
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && e.shiftKey && e.code === 'KeyN') {
        e.preventDefault();
        const s = selectionIn(container);
        if (s) open(s);
        else setMessage('Select words in the stored text first.');
      }
    };
    window.document.addEventListener('selectionchange', onChange);
    window.addEventListener('keydown', onKey);
    return () => {
      window.document.removeEventListener('selectionchange', onChange);
      window.removeEventListener('keydown', onKey);
    };
  }, [containerId, open]);

  const findTyped = () => {
    const container = window.document.getElementById(containerId);
    const text = container?.textContent ?? '';
    const exact = typed.trim();
    const start = exact ? text.indexOf(exact) : -1;
    if (start === -1) return setMessage('Those words are not in the stored text.');
    open({ exact, start, prefix: text.slice(Math.max(0, start - CONTEXT), start), suffix: text.slice(start + exact.length, start + exact.length + CONTEXT) });
  };

  return (
    <div className="capture-bar" role="region" aria-label="Capture a claim">
      {/* onMouseDown keeps the selection: a click would otherwise clear it before the handler runs. */}
      <button type="button" className="button" disabled={!selected} onMouseDown={(e) => e.preventDefault()}
        onClick={() => selected && open(selected)} aria-describedby="capture-hint">
        New claim from selection
      </button>
      <span id="capture-hint" className="small muted" aria-live="polite">
        {selected ? <>Selected: “<span dir="auto">{selected.exact.length > 60 ? `${selected.exact.slice(0, 59)}…` : selected.exact}</span>”</> : 'Select words in the text below (or press Alt+Shift+N with a selection).'}
      </span>
      <label htmlFor="capture-typed" className="small">Or find words:</label>
      <input id="capture-typed" type="text" dir="auto" value={typed} onChange={(e) => setTyped(e.target.value)}
        onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); findTyped(); } }} />
      <button type="button" className="button button-secondary" onClick={findTyped}>Capture these words</button>
      {message && <span role="status" className="small">{message}</span>}
    </div>
  );
}
