import { invalid, type FieldErrors } from '@/lib/errors';

// Problems found in an import file, each with the line a user can go to. Both formats collect
// them here: the exchange import refuses the whole file with them (400), the bulk import reports
// them beside the batches it wrote.

export type LineIssue = { line: number; message: string };

export class LineIssues {
  /** The first `max` problems, in the order found; `count` has them all. */
  readonly listed: LineIssue[] = [];
  count = 0;
  constructor(private readonly max = 50) {}

  add(line: number, message: string) {
    this.count += 1;
    if (this.listed.length < this.max) this.listed.push({ line, message });
  }

  addAll(issues: LineIssue[]) {
    for (const { line, message } of issues) this.add(line, message);
  }

  /** The listed problems as the API's field errors: `line 12: […]`. */
  get fields(): FieldErrors {
    const fields: FieldErrors = {};
    for (const { line, message } of this.listed) (fields[`line ${line}`] ??= []).push(message);
    return fields;
  }

  /** Throws every problem as one 400 naming each line; nothing is written. */
  failIfAny() {
    if (this.count === 0) return;
    const more = this.count > this.max ? ` (first ${this.max} shown)` : '';
    throw invalid(`The file has ${this.count} problem${this.count === 1 ? '' : 's'}${more}; nothing was imported.`, this.fields);
  }
}
