// Stated figures as ranges on one shared axis per measure ("killed soldiers"), so two accounts'
// numbers read against the same scale. Pure, for the compare page's SVG and its tests.

export type FigureInput = { measure: string; subject: string | null; min: number | null; max: number | null; wording: string | null };

export type FigureBar = {
  claimId: number;
  min: number;
  /** Null for "at least N": the bar runs to the axis end. */
  max: number | null;
  wording: string | null;
};

export type FigureAxis = { key: string; measure: string; subject: string | null; axisMax: number; bars: FigureBar[] };

const keyOf = (f: FigureInput) => `${f.measure.trim().toLowerCase()}|${(f.subject ?? '').trim().toLowerCase()}`;

export function buildFigureAxes(claims: readonly { id: number; figures: readonly FigureInput[] }[]): FigureAxis[] {
  const axes = new Map<string, FigureAxis>();
  for (const claim of claims) {
    for (const f of claim.figures) {
      if (f.min == null && f.max == null) continue;
      const key = keyOf(f);
      const axis = axes.get(key) ?? { key, measure: f.measure, subject: f.subject, axisMax: 0, bars: [] };
      axis.bars.push({ claimId: claim.id, min: f.min ?? 0, max: f.max, wording: f.wording });
      axes.set(key, axis);
    }
  }
  for (const axis of axes.values()) {
    const top = Math.max(...axis.bars.map((b) => Math.max(b.min, b.max ?? 0)), 1);
    // Headroom so an open-ended "at least N" visibly runs past the largest stated number.
    axis.axisMax = niceCeiling(top * 1.25);
  }
  return [...axes.values()];
}

/** 1, 2 or 5 times a power of ten, at or above `n`. */
export function niceCeiling(n: number): number {
  if (n <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(n));
  for (const step of [1, 2, 5, 10]) if (step * power >= n) return step * power;
  return 10 * power;
}
