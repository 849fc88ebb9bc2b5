import { RELIABILITY_GRADES, type ReliabilityGrade } from '@/lib/ratings/admiralty';

// Coordinate maths for the rating-timeline picture: grade on the y-axis (A at the top),
// time on the x-axis. Kept pure so the geometry is unit-tested without rendering.

export type TimelineBox = { width: number; height: number; left: number; right: number; top: number; bottom: number };

export const DEFAULT_TIMELINE_BOX: TimelineBox = {
  width: 640,
  height: 220,
  left: 44,
  right: 20,
  top: 16,
  bottom: 36,
};

export type TimelinePoint<R> = { x: number; y: number; revision: R };

export type TimelineLayout<R> = {
  points: TimelinePoint<R>[];
  gradeTicks: { grade: ReliabilityGrade; y: number }[];
  timeTicks: { at: Date; x: number }[];
};

export function gradeY(grade: string, box: TimelineBox = DEFAULT_TIMELINE_BOX): number {
  const index = Math.max(0, RELIABILITY_GRADES.indexOf(grade as ReliabilityGrade));
  const plotHeight = box.height - box.top - box.bottom;
  return box.top + (plotHeight * index) / (RELIABILITY_GRADES.length - 1);
}

export function layoutTimeline<R extends { createdAt: Date | string; reliability: string }>(
  revisions: readonly R[],
  box: TimelineBox = DEFAULT_TIMELINE_BOX,
): TimelineLayout<R> {
  const sorted = [...revisions].sort((a, b) => time(a.createdAt) - time(b.createdAt));
  const plotLeft = box.left;
  const plotWidth = box.width - box.left - box.right;
  const first = sorted.length ? time(sorted[0].createdAt) : 0;
  const last = sorted.length ? time(sorted[sorted.length - 1].createdAt) : 0;
  const span = last - first;

  // With one revision (or all at one instant) there is no time span: centre them instead of
  // dividing by zero, spread evenly so each point stays hoverable.
  const xOf = (t: number, i: number) =>
    span > 0
      ? plotLeft + (plotWidth * (t - first)) / span
      : sorted.length === 1
        ? plotLeft + plotWidth / 2
        : plotLeft + (plotWidth * i) / (sorted.length - 1);

  const points = sorted.map((revision, i) => ({
    x: round(xOf(time(revision.createdAt), i)),
    y: round(gradeY(revision.reliability, box)),
    revision,
  }));

  const gradeTicks = RELIABILITY_GRADES.map((grade) => ({ grade, y: round(gradeY(grade, box)) }));
  const timeTicks =
    sorted.length === 0
      ? []
      : span > 0
        ? [
            { at: new Date(first), x: round(plotLeft) },
            { at: new Date(last), x: round(plotLeft + plotWidth) },
          ]
        : [{ at: new Date(first), x: points[0].x }];

  return { points, gradeTicks, timeTicks };
}

function time(value: Date | string): number {
  return value instanceof Date ? value.getTime() : new Date(value).getTime();
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
