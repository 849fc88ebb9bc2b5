import type { ReactNode } from 'react';

/** A headed section with an ordered list, or a sentence when the list is empty. */
export function ListSection<T extends { id: number }>({ id, heading, items, empty, renderItem, children }: {
  id: string;
  heading: string;
  items: readonly T[];
  empty: string;
  renderItem: (item: T) => ReactNode;
  /** After the list: a "see all" link. */
  children?: ReactNode;
}) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {items.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <ol className="item-list">
          {items.map((item) => (
            <li key={item.id}>{renderItem(item)}</li>
          ))}
        </ol>
      )}
      {children}
    </section>
  );
}
