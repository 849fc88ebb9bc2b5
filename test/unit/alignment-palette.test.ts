// The seeded alignment colours stay apart for readers with protanopia, deuteranopia and
// tritanopia, and colour is never the only signal: every badge carries its label as text.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AlignmentBadge } from '@/app/_components/alignment-badge';
import { DEMO_ALIGNMENTS } from '@/lib/seed/demo-data';

type Rgb = [number, number, number];
type Matrix = [Rgb, Rgb, Rgb];

// Machado, Oliveira & Fernandes (2009), "A Physiologically-based Model for Simulation of Color
// Vision Deficiency", severity 1.0 (full dichromacy); applied to linear RGB.
const SIMULATIONS: Record<string, Matrix> = {
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};
const IDENTITY: Matrix = [[1, 0, 0], [0, 1, 0], [0, 0, 1]];

// CIE76 ΔE: about 2.3 is just noticeable; 10+ reads as a different colour at a glance.
const MIN_DELTA_E = 10;

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const hexToLinear = (hex: string): Rgb => {
  const h = hex.replace('#', '');
  return [0, 2, 4].map((i) => toLinear(parseInt(h.slice(i, i + 2), 16) / 255)) as Rgb;
};
const clamp = (v: number) => Math.min(1, Math.max(0, v));
const apply = (m: Matrix, c: Rgb): Rgb => m.map((row) => clamp(row[0] * c[0] + row[1] * c[1] + row[2] * c[2])) as Rgb;

function toLab([r, g, b]: Rgb): Rgb {
  // linear sRGB → XYZ (D65) → CIELAB
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}
const deltaE = (a: Rgb, b: Rgb) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

const palette = DEMO_ALIGNMENTS.map((a) => ({ slug: a.slug, color: a.color }));

describe('alignment palette under colour-vision deficiencies', () => {
  it('seeds at least the five founding alignments', () => {
    expect(palette.length).toBeGreaterThanOrEqual(5);
  });

  it.each(Object.entries({ normal: IDENTITY, ...SIMULATIONS }))('%s: every pair differs by ΔE ≥ 10', (_name, matrix) => {
    const simulated = palette.map((p) => ({ ...p, lab: toLab(apply(matrix, hexToLinear(p.color))) }));
    const tooClose: string[] = [];
    for (let i = 0; i < simulated.length; i++) {
      for (let j = i + 1; j < simulated.length; j++) {
        const d = deltaE(simulated[i].lab, simulated[j].lab);
        if (d < MIN_DELTA_E) tooClose.push(`${simulated[i].slug}/${simulated[j].slug} ΔE ${d.toFixed(1)}`);
      }
    }
    const all = simulated.flatMap((a, i) => simulated.slice(i + 1).map((b) => deltaE(a.lab, b.lab)));
    console.log(`${_name}: smallest pairwise ΔE ${Math.min(...all).toFixed(1)}`);
    expect(tooClose).toEqual([]);
  });
});

describe('colour is never the only signal', () => {
  it('an alignment badge always says its label in text; the swatch is hidden from screen readers', () => {
    for (const a of DEMO_ALIGNMENTS) {
      const html = renderToStaticMarkup(createElement(AlignmentBadge, { alignment: { slug: a.slug, label: a.label, color: a.color } }));
      expect(html).toContain(`>${a.label}<`);
      expect(html).toMatch(/class="swatch" aria-hidden="true"/);
    }
  });

  it('pages that paint alignment colours also render the alignment label or a badge next to them', () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const files = readdirSync(path.join(root, 'app'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.tsx'));
    const bare: string[] = [];
    for (const f of files) {
      const text = readFileSync(path.join(root, 'app', f), 'utf8');
      if (!text.includes('safeAlignmentColor(') || f.endsWith('alignment-badge.tsx')) continue;
      // The colour decorates (border, swatch); the same component names the alignment in text.
      // Charts count when their marks carry text labels (graph node labels, an SVG aria-label).
      if (!/AlignmentBadge|\.label\b|alignmentLabel|aria-label=|\blabel:/.test(text)) bare.push(f);
    }
    expect(bare, 'components that show an alignment colour without its label').toEqual([]);
  });
});
