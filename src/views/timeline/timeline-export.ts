/** What the timeline exports: its events as CSV, and the year-by-month grid with its key as a stamped PNG. */
import { useMemo } from 'react';
import { useDataset, useSources } from '../../state/hooks';
import { toCsv } from '../../ui/csv';
import type { PanelExport } from '../../ui/export/panel-export';
import { TIMELINE_FILE_NAME, timelineCsv, timelineSourceIds } from './timeline-csv';

export function useTimelineExport(subtitle: string): PanelExport {
  const dataset = useDataset();
  const ids = useMemo(() => timelineSourceIds(dataset), [dataset]);
  const sources = useSources(ids);
  return useMemo(
    () => ({
      subject: 'the timeline',
      file: ['summits and milestones', null],
      stamp: { title: 'Summits and milestones', subtitle, sources, asOf: dataset.asOf },
      // The key as a column beside the grid.
      legendWidth: 360,
      csv: () => ({ fileName: TIMELINE_FILE_NAME, text: toCsv(timelineCsv(dataset, sources)) }),
      embed: { panel: 'timeline', title: 'OTS Atlas: summits and milestones', width: 1000, height: 900 },
    }),
    [dataset, sources, subtitle],
  );
}
