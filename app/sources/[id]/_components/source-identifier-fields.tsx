'use client';
import { useRef, useState } from 'react';
import { FormField } from '@/app/_forms/field';
import {
  IDENTIFIER_FORMS, IDENTIFIER_KIND_LABELS, IDENTIFIER_KINDS, identifierLabel, identifierUrl, normaliseIdentifier,
  type IdentifierKind, type SourceIdentifier,
} from '@/lib/sources/source-identifiers';

type Row = { key: number; kind: IdentifierKind | ''; value: string };

/**
 * The source's identifiers as rows of kind and value, sent as one JSON field `identifiers` (the
 * whole set). Values may be pasted in any form; the server normalises them and errors come back
 * on `identifiers.N.value`, under the row.
 */
export function SourceIdentifierFields({ initial }: { initial: SourceIdentifier[] }) {
  const keys = useRef(0);
  const [rows, setRows] = useState<Row[]>(() => initial.map((i) => ({ key: ++keys.current, kind: i.kind, value: identifierLabel(i) })));
  const update = (key: number, change: Partial<Row>) => setRows((all) => all.map((r) => (r.key === key ? { ...r, ...change } : r)));
  const payload = rows.map((r) => ({ kind: r.kind || null, value: r.value }));

  return (
    <fieldset className="plain">
      <legend className="field-label">Identifiers</legend>
      <p className="field-hint" id="source-identifiers-hint">
        A Wikidata item, web domains, and Telegram, X, YouTube or Facebook accounts. Paste an address or a handle; each is
        stored in one form (https://t.me/s/Name/12 becomes t.me/name), and belongs to one source only.
      </p>
      <input type="hidden" name="identifiers" value={JSON.stringify(payload)} />
      {rows.length === 0 ? <p className="small muted">None yet.</p> : null}
      <ul className="plain-list form-stack">
        {rows.map((row, index) => {
          const parsed = row.value.trim() ? normaliseIdentifier(row.kind || null, row.value) : null;
          return (
            <li key={row.key}>
              <FormField id={`source-identifier-${row.key}-kind`} label={`Identifier ${index + 1}: kind`} name={`identifiers.${index}.kind`}>
                {(control) => (
                  <select {...control} value={row.kind} onChange={(e) => update(row.key, { kind: e.target.value as Row['kind'] })}>
                    <option value="">From the address</option>
                    {IDENTIFIER_KINDS.map((k) => <option key={k} value={k}>{IDENTIFIER_KIND_LABELS[k]}</option>)}
                  </select>
                )}
              </FormField>
              <FormField
                id={`source-identifier-${row.key}-value`}
                label={`Identifier ${index + 1}: address or handle`}
                name={`identifiers.${index}.value`}
                hint={row.kind ? `For example ${IDENTIFIER_FORMS[row.kind]}.` : undefined}
              >
                {(control) => (
                  <input {...control} value={row.value} dir="ltr" autoComplete="off" spellCheck={false}
                    onChange={(e) => update(row.key, { value: e.target.value })} />
                )}
              </FormField>
              {parsed?.ok ? (
                <p className="small">
                  Saved as <a href={identifierUrl(parsed.identifier)} rel="noopener noreferrer nofollow">
                    {IDENTIFIER_KIND_LABELS[parsed.identifier.kind]}: {identifierLabel(parsed.identifier)}
                  </a>
                </p>
              ) : null}
              <button type="button" className="button button-secondary" onClick={() => setRows((all) => all.filter((r) => r.key !== row.key))}>
                Remove identifier {index + 1}
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" className="button button-secondary" onClick={() => setRows((all) => [...all, { key: ++keys.current, kind: '', value: '' }])}>
        Add an identifier
      </button>
    </fieldset>
  );
}
