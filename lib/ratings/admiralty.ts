// The Admiralty (NATO) system grades a source (reliability A–F) and a piece of information
// (credibility 1–6) apart, so a reliable outlet can still carry a doubtful claim. The grades and
// their labels live here once so badges, forms, filters, the timeline and the API all agree.
import type { Reliability } from '@/lib/generated/prisma/enums';

export const RELIABILITY_GRADES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type ReliabilityGrade = (typeof RELIABILITY_GRADES)[number];

// The database enum must name the same grades: this stops compiling when either list changes alone.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const sameAsDatabase: Same<ReliabilityGrade, Reliability> = true;
void sameAsDatabase;

export const CREDIBILITY_LEVELS = [1, 2, 3, 4, 5, 6] as const;
export type CredibilityLevel = (typeof CREDIBILITY_LEVELS)[number];

export const RELIABILITY_LABELS: Record<ReliabilityGrade, string> = {
  A: 'Completely reliable',
  B: 'Usually reliable',
  C: 'Fairly reliable',
  D: 'Not usually reliable',
  E: 'Unreliable',
  F: 'Reliability cannot be judged',
};

export const CREDIBILITY_LABELS: Record<CredibilityLevel, string> = {
  1: 'Confirmed by other sources',
  2: 'Probably true',
  3: 'Possibly true',
  4: 'Doubtful',
  5: 'Improbable',
  6: 'Truth cannot be judged',
};

export function isReliabilityGrade(value: unknown): value is ReliabilityGrade {
  return typeof value === 'string' && (RELIABILITY_GRADES as readonly string[]).includes(value);
}

export function isCredibilityLevel(value: unknown): value is CredibilityLevel {
  return typeof value === 'number' && (CREDIBILITY_LEVELS as readonly number[]).includes(value);
}

export function reliabilityLabel(grade: string): string {
  return isReliabilityGrade(grade) ? RELIABILITY_LABELS[grade] : 'Unknown grade';
}

export function credibilityLabel(level: number): string {
  return isCredibilityLevel(level) ? CREDIBILITY_LABELS[level] : 'Unknown credibility';
}

/** The combined code shown where a source's attribution of a claim appears, e.g. "C3". */
export function combinedCode(grade: string, level: number): string {
  const g = isReliabilityGrade(grade) ? grade : 'F';
  const c = isCredibilityLevel(level) ? level : 6;
  return `${g}${c}`;
}
