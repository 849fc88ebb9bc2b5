/** One option of a filter; `value` is what goes into the URL. */
export type FilterOption = { value: string; label: string };

/**
 * A select in a GET filter form. The first option, empty, means "no filter", so a cleared
 * filter leaves no parameter behind in the shared URL.
 */
export function FilterSelect({
  label,
  name,
  value,
  options,
  anyLabel = 'Any',
}: {
  label: string;
  name: string;
  value: string | undefined;
  options: readonly FilterOption[];
  anyLabel?: string;
}) {
  return (
    <label>
      {label}
      <select name={name} defaultValue={value ?? ''}>
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The alignments as filter options, by slug. */
export const alignmentOptions = (alignments: readonly { slug: string; label: string }[]): FilterOption[] =>
  alignments.map((a) => ({ value: a.slug, label: a.label }));
