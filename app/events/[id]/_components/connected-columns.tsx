'use client';
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

type Pair = { id: number; claimAId: number; claimBId: number };
type Line = { id: number; from: number; to: number; d: string; ends: [number, number][] };

const cardOf = (root: HTMLElement, id: number) => root.querySelector<HTMLElement>(`[id="claim-${id}"]`);

// Side-by-side cards join edge to edge; cards stacked (one column, or a phone's single track)
// join with a bracket out to the right so the line never crosses the text.
function connect(root: DOMRect, a: DOMRect, b: DOMRect): { d: string; ends: [number, number][] } {
  const ax = a.left - root.left, ay = a.top - root.top + Math.min(28, a.height / 2);
  const bx = b.left - root.left, by = b.top - root.top + Math.min(28, b.height / 2);
  const sideBySide = a.right <= b.left || b.right <= a.left;
  if (sideBySide) {
    const [l, r, ly, ry, lr] = a.left < b.left ? [a, b, ay, by, ax] : [b, a, by, ay, bx];
    const x1 = lr + l.width, x2 = r.left - root.left;
    const bend = Math.max(20, (x2 - x1) / 2);
    return { d: `M ${x1} ${ly} C ${x1 + bend} ${ly}, ${x2 - bend} ${ry}, ${x2} ${ry}`, ends: [[x1, ly], [x2, ry]] };
  }
  const x1 = ax + a.width, x2 = bx + b.width;
  const out = Math.max(x1, x2) + 18;
  return { d: `M ${x1} ${ay} C ${out} ${ay}, ${out} ${by}, ${x2} ${by}`, ends: [[x1, ay], [x2, by]] };
}

/**
 * The event's alignment columns with each contradiction drawn as a line between its two
 * cards, measured in the browser from where the cards landed and redrawn on resize. The
 * connector list below the columns says the same in words (and is what prints).
 */
export function ConnectedColumns({ pairs, children }: { pairs: Pair[]; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [lines, setLines] = useState<Line[]>([]);
  const [size, setSize] = useState({ width: 0, height: 0 });

  useLayoutEffect(() => {
    const el = box.current;
    if (!el || pairs.length === 0) return;
    let frame = 0;
    const measure = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const root = el.getBoundingClientRect();
        const next: Line[] = [];
        for (const p of pairs) {
          const a = cardOf(el, p.claimAId);
          const b = cardOf(el, p.claimBId);
          if (!a || !b) continue;
          next.push({ id: p.id, from: p.claimAId, to: p.claimBId, ...connect(root, a.getBoundingClientRect(), b.getBoundingClientRect()) });
        }
        setLines(next);
        setSize({ width: el.scrollWidth, height: el.scrollHeight });
      });
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    window.addEventListener('resize', measure);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [pairs]);

  return (
    <div ref={box} className="connected-columns">
      {children}
      {lines.length > 0 && (
        <svg
          className="connector-overlay"
          width={size.width}
          height={size.height}
          role="img"
          aria-label={`${lines.length} contradiction ${lines.length === 1 ? 'pair' : 'pairs'} connected across the columns`}
        >
          {lines.map((line) => (
            <g key={line.id} data-pair={`${line.from}-${line.to}`}>
              <path d={line.d} className="connector-line" />
              {line.ends.map(([x, y], i) => (
                <circle key={i} cx={x} cy={y} r={4} className="connector-end" />
              ))}
            </g>
          ))}
        </svg>
      )}
    </div>
  );
}
