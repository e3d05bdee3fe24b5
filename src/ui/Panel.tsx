import type { ReactNode } from 'react';

interface PanelProps {
  id: string;
  title: string;
  /** Shown beside the title, e.g. the year and scope the panel is for. */
  subtitle?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
}

/** A titled region of the dashboard; its heading names the region for assistive technology. */
export function Panel({ id, title, subtitle, actions, children, className }: PanelProps) {
  const headingId = `${id}-title`;
  return (
    <section className={`panel ${className ?? ''}`.trim()} aria-labelledby={headingId} id={id}>
      <header className="panel__header">
        <h2 id={headingId} className="panel__title">
          {title}
        </h2>
        {subtitle ? <p className="panel__subtitle">{subtitle}</p> : null}
        {actions ? <div className="panel__actions">{actions}</div> : null}
      </header>
      <div className="panel__body">{children}</div>
    </section>
  );
}
