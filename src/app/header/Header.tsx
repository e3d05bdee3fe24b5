import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { formatPartialDate } from '../../ui/format';
import type { Dataset } from '../../data/schema';
import { YearControl } from './YearControl';
import { ScopeSwitch } from './ScopeSwitch';
import { useCurrentView } from '../../state/briefing';
import { knownValues } from '../../state/hooks';
import { describeView } from '../../views/briefing/slide-from-view';
import { ShareControls } from './ShareControls';
import { printEveryView } from '../../ui/draw-when-seen';

interface HeaderProps {
  dataset: Dataset | undefined;
  datasetName: string;
  /** The "open dataset" control. */
  opener: ReactNode;
  /** Opens the briefing editor (slides, presenting, export and import). */
  onOpenBriefing: () => void;
  /** Set while a file the user opened is in use: back to the dataset the atlas ships with. */
  onBundled?: (() => void) | undefined;
}

export function Header({ dataset, datasetName, opener, onOpenBriefing, onBundled }: HeaderProps) {
  const view = useCurrentView();
  const viewLine = dataset ? `This view: ${describeView(view, dataset, knownValues(dataset).defaultYear)}` : null;
  const headerRef = useRef<HTMLElement>(null);
  const menu = useHeaderMenu(headerRef);
  const about = dataset ? (
    <>
      {dataset.title} · data as of <time dateTime={dataset.asOf}>{formatPartialDate(dataset.asOf)}</time> ·{' '}
      <span className="app-header__file">{datasetName}</span>
      {onBundled ? (
        <>
          {' '}
          <button type="button" className="button button--quiet button--inline" onClick={menu.closing(onBundled)}>
            Back to the bundled dataset
          </button>
        </>
      ) : null}
    </>
  ) : (
    'Organization of Turkic States'
  );
  return (
    <header className="app-header" ref={headerRef}>
      <div className="app-header__brand">
        <h1 className="app-header__title">OTS Atlas</h1>
        {viewLine ? <p className="app-header__view print-only">{viewLine}</p> : null}
      </div>
      {/* The year stays in view on a phone; the other controls go in its menu. */}
      {dataset ? <YearControl /> : null}
      <button type="button" className="button app-header__menu" aria-expanded={menu.open} aria-controls={CONTROLS_ID} onClick={menu.toggle}>
        Menu
      </button>
      <div id={CONTROLS_ID} className={menu.open ? 'app-header__controls is-open' : 'app-header__controls'}>
        {/* Under the name on a larger screen (styles.css), at the head of the menu on a phone. */}
        <p className="app-header__subtitle">{about}</p>
        {dataset ? (
          <>
            <ScopeSwitch />
            <button type="button" className="button" onClick={menu.closing(onOpenBriefing)} aria-haspopup="dialog">
              Briefing…
            </button>
            <button type="button" className="button" onClick={menu.closing(() => void printEveryView())}>
              Print…
            </button>
            {opener}
            <ShareControls dataset={dataset} />
          </>
        ) : (
          opener
        )}
      </div>
    </header>
  );
}

const CONTROLS_ID = 'app-header-controls';

/**
 * The header's controls on a phone: a menu under the header, laid over the page, opened by its button and closed by
 * it, by Escape (focus back on the button) or by a press outside the header. On a larger screen the controls are
 * always shown and the button is not.
 */
function useHeaderMenu(ref: RefObject<HTMLElement | null>) {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      setOpen(false);
      ref.current?.querySelector<HTMLElement>('.app-header__menu')?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (event.target instanceof Node && !ref.current?.contains(event.target)) setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onPointer);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onPointer);
    };
  }, [open, ref]);
  return {
    open,
    toggle: () => setOpen((o) => !o),
    /** An action that leaves the page's view (a dialog, printing): the menu closes behind it. */
    closing: (action: () => void) => () => {
      setOpen(false);
      action();
    },
  };
}
