import { useMemo, useState } from 'react';
import { checkClaims, type ClaimCheck } from '../../data/claims';
import { useDataset, useYear } from '../../state/hooks';
import { useScope } from '../../state/selectors';
import { formatSearch } from '../../state/url-state';
import { DEFAULT_VIEW } from '../../state/store';
import { knownValues } from '../../state/hooks';
import { Panel } from '../../ui/Panel';
import { PanelActions } from '../../ui/export/PanelActions';
import { useReportDrawn } from '../../ui/ready';
import { toCsv } from '../../ui/csv';
import type { PanelExport } from '../../ui/export/panel-export';
import { ClaimCard } from './ClaimCard';
import { claimsCsv, CLAIMS_FILE_NAME } from './claims-csv';
import { ClaimsTable } from './ClaimsTable';
import './claims.css';

/** The address of a claim's view on the page it is read on, for the CSV. */
function absoluteHref(dataset: ReturnType<typeof useDataset>, c: ClaimCheck): string {
  const search = formatSearch({ ...DEFAULT_VIEW, year: c.view.year, scope: c.view.scope }, '', knownValues(dataset).defaultYear);
  return new URL(`${window.location.pathname}${search}`, window.location.href).toString();
}

/**
 * Every claim the atlas checks: who made it, where and when, its verdict for the scope and period its speaker stated,
 * the figures that decide it and their sources, and a link to the view that shows it. A table twin and a CSV too.
 */
export function ClaimsView() {
  const dataset = useDataset();
  const year = useYear();
  const scope = useScope();
  const [tableShown, setTableShown] = useState(false);
  useReportDrawn('claims');
  const checks = useMemo(() => checkClaims(dataset, { year, scope }), [dataset, year, scope]);
  const caption = 'Claims about the OTS, each checked for the set of states and the period its speaker stated';
  const exports = useMemo(
    (): PanelExport => ({
      subject: 'the claims',
      file: ['claims', 'checked'],
      stamp: { title: 'Claims about the OTS', subtitle: caption, sources: [], asOf: dataset.asOf },
      csv: () => ({ fileName: CLAIMS_FILE_NAME, text: toCsv(claimsCsv(dataset, checks, year, (c) => absoluteHref(dataset, c))) }),
      embed: { panel: 'claims', title: 'OTS Atlas: claims about the OTS, checked', width: 820, height: 1100 },
    }),
    [dataset, checks, year],
  );
  const speakers = [...new Set(checks.flatMap((c) => (c.claim.speaker ? [c.claim.speaker.name] : [])))];

  return (
    <Panel
      id="claims"
      title="Claims about the OTS"
      subtitle={`${checks.length} claims by ${speakers.length} speakers, checked for their own scope and period`}
      actions={<PanelActions exports={exports} table={{ id: 'claims-table', shown: tableShown, onToggle: () => setTableShown((s) => !s) }} />}
      className="claims-view"
    >
      <p className="chart-rule">
        Each verdict is for the set of states and the period the speaker stated; beside it, the same figure for the other set
        and for the year chosen ({year}). The figures are the atlas’s own, which may have been revised since the claim was made.
      </p>
      <ol className="claim-cards" data-export="figure">
        {checks.map((c) => (
          <ClaimCard key={c.claim.id} check={c} />
        ))}
      </ol>
      {tableShown ? (
        <div id="claims-table">
          <ClaimsTable checks={checks} chosenYear={year} />
        </div>
      ) : null}
    </Panel>
  );
}
