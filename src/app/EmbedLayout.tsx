import { Suspense, type ComponentType } from 'react';
import { useAtlasStore } from '../state/store';
import type { Dropped } from '../state/url-state';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { fullViewUrl } from '../ui/export/embed';
import { LoadingState } from '../ui/LoadingState';
import { ReadyTracker } from '../ui/ready';
import { DatasetGate } from './dataset/DatasetGate';
import { LinkNotice } from './LinkNotice';

interface EmbedLayoutProps {
  id: string;
  name: string;
  Component: ComponentType;
  dropped: Dropped[];
}

/** The address of the whole atlas at the view shown: read again whenever the view changes. */
function OpenFullAtlas() {
  useAtlasStore((s) => `${s.stateId}|${s.corridorId}|${s.eventId}|${s.year}|${s.scope}`);
  return (
    <a className="embed__open" href={fullViewUrl(window.location.href)} target="_blank" rel="noopener">
      Open in OTS Atlas
    </a>
  );
}

/**
 * One panel on its own, filling the page, for `?embed=<panel>` in another site's iframe: no header, no other panels,
 * no footer; the view (selection, year, scope) still comes from the link, and a link opens the full atlas at it.
 */
export function EmbedLayout({ id, name, Component, dropped }: EmbedLayoutProps) {
  return (
    <div className="embed">
      <LinkNotice dropped={dropped} />
      <main className={`embed__main layout__slot--${id}`}>
        <DatasetGate>
          <ReadyTracker views={[id]}>
            <ErrorBoundary name={name}>
              <Suspense fallback={<LoadingState label={`Loading ${name}…`} />}>
                <Component />
              </Suspense>
            </ErrorBoundary>
          </ReadyTracker>
        </DatasetGate>
      </main>
      <OpenFullAtlas />
    </div>
  );
}
