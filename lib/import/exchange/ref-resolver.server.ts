import 'server-only';
import type { Tx } from '@/lib/db';
import type { LineIssues } from '../line-issues';
import { findByExternalId, type RefKind } from '../find-references.server';

export type { RefKind };

/**
 * External id → database id, for rows in the file and rows already in the
 * database. `created` holds what this import made: only those get their children.
 */
export class RefResolver {
  private readonly ids = new Map<RefKind, Map<string, number>>();
  readonly created = new Map<RefKind, Set<string>>();
  constructor(private readonly tx: Tx) {}

  private map(kind: RefKind) {
    let m = this.ids.get(kind);
    if (!m) this.ids.set(kind, (m = new Map()));
    return m;
  }

  /** Looks up the keys not yet known; returns the ones the database already has. */
  async load(kind: RefKind, keys: Iterable<string | null>): Promise<Set<string>> {
    const m = this.map(kind);
    const wanted = [...new Set([...keys].filter((k): k is string => k !== null && !m.has(k)))];
    const found = new Set<string>();
    for (const row of await findByExternalId(this.tx, kind, wanted)) {
      m.set(row.externalId, row.id);
      found.add(row.externalId);
    }
    return found;
  }

  set(kind: RefKind, key: string, id: number, created: boolean) {
    this.map(kind).set(key, id);
    if (created) {
      let s = this.created.get(kind);
      if (!s) this.created.set(kind, (s = new Set()));
      s.add(key);
    }
  }

  has(kind: RefKind, key: string) {
    return this.map(kind).has(key);
  }

  isCreated(kind: RefKind, key: string) {
    return this.created.get(kind)?.has(key) ?? false;
  }

  /** The id for a reference; an unknown one is a line-numbered problem. */
  id(kind: RefKind, key: string | null, line: number, issues: LineIssues): number | null {
    if (key === null) return null;
    const id = this.map(kind).get(key);
    if (id === undefined) {
      issues.add(line, `refers to unknown ${kind} ${key}`);
      return -1;
    }
    return id;
  }
}
