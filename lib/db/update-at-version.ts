/**
 * The optimistic lock of every versioned edit: one conditional UPDATE … WHERE <version> = the
 * version the editor read, which also bumps it, RETURNING the new version. Null means someone
 * else wrote first; the caller answers 409 with what is there now. No read-then-write race: the
 * check and the write are one statement.
 */
type VersionedModel<Where, Data, Field extends string> = {
  updateManyAndReturn(args: { where: Where; data: Data; select: Record<Field, true> }): PromiseLike<Record<Field, number>[]>;
};

export async function updateAtVersion<Where extends object, Data extends object, Field extends string = 'version'>(
  model: VersionedModel<Where, Data, NoInfer<Field>>,
  where: Where,
  version: number,
  data: Data,
  field: Field = 'version' as Field,
): Promise<number | null> {
  const [row] = await model.updateManyAndReturn({
    where: { ...where, [field]: version },
    data: { ...data, [field]: { increment: 1 } },
    select: { [field]: true } as Record<Field, true>,
  });
  return row ? row[field] : null;
}
