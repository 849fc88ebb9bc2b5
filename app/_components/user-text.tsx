import type { ElementType, ReactNode } from 'react';

type Props = {
  text: string;
  lang?: string | null;
  as?: ElementType;
  className?: string;
  children?: ReactNode;
};

/**
 * Text someone typed or captured: always rendered as text (React escapes it) with `dir="auto"`
 * so Arabic or Hebrew quotes lay out right-to-left inside an English page.
 */
export function UserText({ text, lang, as: Tag = 'span', className, children }: Props) {
  return (
    <Tag dir="auto" lang={lang ?? undefined} className={className}>
      {text}
      {children}
    </Tag>
  );
}
