// Alignment colours come from an admin-edited vocabulary and end up in inline styles; only a
// hex colour may pass, so a stored value can never smuggle in other CSS.
const HEX_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

export const FALLBACK_ALIGNMENT_COLOR = '#8a8a8a';

export function safeAlignmentColor(color: string | null | undefined): string {
  return color && HEX_COLOR.test(color.trim()) ? color.trim() : FALLBACK_ALIGNMENT_COLOR;
}
