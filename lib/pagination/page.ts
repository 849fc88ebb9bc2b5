/** One page of a keyset-paged list: the rows, and the opaque cursor of the next page (null on the last). */
export type Page<T> = { items: T[]; nextCursor: string | null };
