import './Legend.css';
import type { ReactNode } from 'react';

export interface LegendItem {
  id: string;
  /** The symbol as drawn (decorative: the label says what it means). */
  symbol: ReactNode;
  label: ReactNode;
}

export interface LegendGroup {
  title: string;
  items: LegendItem[];
}

interface LegendProps {
  /** The legend's heading; its id names the region for assistive technology. */
  title: string;
  id: string;
  groups: LegendGroup[];
  /** Caveats that apply to the whole picture (how it is drawn, where the shapes come from). */
  notes?: ReactNode[];
}

/** Explains every symbol a view draws, in groups, with the caveats that go with them. */
export function Legend({ title, id, groups, notes = [] }: LegendProps) {
  const headingId = `${id}-title`;
  return (
    <section className="legend" aria-labelledby={headingId}>
      <h3 className="legend__title" id={headingId}>
        {title}
      </h3>
      <div className="legend__groups">
        {groups.map((group, g) => (
          <div className="legend__group" key={group.title}>
            <h4 className="legend__group-title" id={`${id}-group-${g}`}>
              {group.title}
            </h4>
            <ul className="legend__items" aria-labelledby={`${id}-group-${g}`}>
              {group.items.map((item) => (
                <li className="legend__item" key={item.id}>
                  <span className="legend__symbol" aria-hidden="true">
                    {item.symbol}
                  </span>
                  <span className="legend__label">{item.label}</span>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
      {notes.map((note, i) => (
        <p className="legend__note" key={i}>
          {note}
        </p>
      ))}
    </section>
  );
}
