import { describe, expect, it } from 'vitest';
import {
  combinedCode,
  credibilityLabel,
  RELIABILITY_GRADES,
  reliabilityLabel,
} from '@/lib/ratings/admiralty';

describe('Admiralty scales', () => {
  it('labels every source grade A to F', () => {
    expect(RELIABILITY_GRADES.map(reliabilityLabel)).toEqual([
      'Completely reliable',
      'Usually reliable',
      'Fairly reliable',
      'Not usually reliable',
      'Unreliable',
      'Reliability cannot be judged',
    ]);
  });

  it('labels information credibility 1 to 6', () => {
    expect(credibilityLabel(1)).toBe('Confirmed by other sources');
    expect(credibilityLabel(3)).toBe('Possibly true');
    expect(credibilityLabel(6)).toBe('Truth cannot be judged');
    expect(credibilityLabel(7)).toBe('Unknown credibility');
  });

  it('combines grade and credibility into one code', () => {
    expect(combinedCode('C', 3)).toBe('C3');
    expect(combinedCode('A', 1)).toBe('A1');
    // Unknown values fall back to "cannot be judged" rather than printing nonsense.
    expect(combinedCode('Z', 9)).toBe('F6');
  });
});

import { safeAlignmentColor } from '@/lib/alignments/alignment-color';

describe('alignment colours in inline styles', () => {
  it('passes hex colours and replaces anything else', () => {
    expect(safeAlignmentColor('#c0392b')).toBe('#c0392b');
    expect(safeAlignmentColor(' #ABC ')).toBe('#ABC');
    expect(safeAlignmentColor('red; background: url(x)')).toBe('#8a8a8a');
    expect(safeAlignmentColor(null)).toBe('#8a8a8a');
  });
});
