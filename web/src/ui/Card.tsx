import type { ReactNode } from 'react';

export function Card({ children, as: Tag = 'article', className }: { children: ReactNode; as?: 'article' | 'section' | 'div'; className?: string }) {
  return <Tag className={['card', className].filter(Boolean).join(' ')}>{children}</Tag>;
}
