import { createPortal } from 'react-dom';
import type { Briefing } from '../../data/briefing-schema';
import { knownValues, useDataset } from '../../state/hooks';
import { formatPartialDate } from '../../ui/format';
import { describeView } from './slide-from-view';
import { PANEL_LABEL } from './SlideRow';
import { citationLines } from '../../ui/citation';
import { sourceIndex } from '../../data/source-index';

/**
 * The briefing as a printed handout: one A4 page per slide with its title, what it shows, the speaker note and every
 * source it names in full. Rendered only while the briefing is being printed.
 */
export function SlideHandout({ briefing }: { briefing: Briefing }) {
  const dataset = useDataset();
  const defaultYear = knownValues(dataset).defaultYear;
  const byId = sourceIndex(dataset);
  const count = briefing.slides.length;
  return createPortal(
    <section className="slide-handout print-only" aria-label="Printed briefing">
      {briefing.slides.map((slide, index) => (
        <article key={slide.id} className="handout-page">
          <p className="handout-page__meta">
            {briefing.title} · slide {index + 1} of {count} · data as of {formatPartialDate(dataset.asOf)}
          </p>
          <h2 className="handout-page__title">{slide.title}</h2>
          <p className="handout-page__view">
            {describeView(slide.view, dataset, defaultYear)} · {PANEL_LABEL[slide.panel]}
          </p>
          {slide.note ? <p className="handout-page__note">{slide.note}</p> : null}
          <h3 className="handout-page__sources-title">Sources</h3>
          {slide.sources.length === 0 ? (
            <p>None named on this slide.</p>
          ) : (
            <ol className="handout-page__sources">
              {slide.sources.map((id) => {
                const source = byId.get(id);
                return (
                  <li key={id}>
                    {source ? citationLines(source).join(' · ') : `Unknown source “${id}”`}
                  </li>
                );
              })}
            </ol>
          )}
        </article>
      ))}
    </section>,
    document.body,
  );
}
