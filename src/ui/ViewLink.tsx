import type { MouseEvent, ReactNode } from 'react';
import { isPlainClick } from './reveal';

interface ViewLinkProps {
  /** The address of the view, so the link can be copied, bookmarked or opened in a new tab. */
  href: string;
  /** A plain click changes the view in place instead of loading the page again. */
  onOpen: () => void;
  children: ReactNode;
  className?: string;
}

/** A link to a view of the atlas: a real address, followed in place on a plain click. */
export function ViewLink({ href, onOpen, children, className }: ViewLinkProps) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    onOpen();
  };
  return (
    <a href={href} onClick={onClick} className={className}>
      {children}
    </a>
  );
}
