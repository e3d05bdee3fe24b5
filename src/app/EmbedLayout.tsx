import { useCurrentHref } from '../state/url-sync';
import type { Dropped } from '../state/url-state';
import { fullViewUrl } from '../ui/export/embed';
import { ReadyTracker } from '../ui/ready';
import { DatasetGate } from './dataset/DatasetGate';
import { LinkNotice } from './LinkNotice';
import { ViewFrame, type ViewSlot } from './views';

interface EmbedLayoutProps {
  view: ViewSlot;
  dropped: Dropped[];
}

/** The address of the whole atlas at the view shown: it follows the address as the view changes. */
function OpenFullAtlas() {
  return (
    <a className="embed__open" href={fullViewUrl(useCurrentHref())} target="_blank" rel="noopener">
      Open in OTS Atlas
    </a>
  );
}

/**
 * One panel on its own, filling the page, for `?embed=<panel>` in another site's iframe: no header, no other panels,
 * no footer; the view (selection, year, scope) still comes from the link, and a link opens the full atlas at it.
 */
export function EmbedLayout({ view, dropped }: EmbedLayoutProps) {
  return (
    <div className="embed">
      <LinkNotice dropped={dropped} />
      <main className="embed__main">
        <DatasetGate>
          <ReadyTracker views={[view.id]}>
            <ViewFrame view={view} className={`embed__panel layout__slot--${view.id}`} />
          </ReadyTracker>
        </DatasetGate>
      </main>
      <OpenFullAtlas />
    </div>
  );
}
