/**
 * A submitted form as the plain object a zod schema parses: one value per name, several for a
 * repeated name (checkboxes). Files and React's own `$ACTION` fields are left out. The server
 * action and the browser's check before sending read a form the same way.
 */
export function formValues(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith('$ACTION')) continue;
    const all = formData.getAll(key).filter((v): v is string => typeof v === 'string');
    if (all.length) out[key] = all.length > 1 ? all : all[0];
  }
  return out;
}
