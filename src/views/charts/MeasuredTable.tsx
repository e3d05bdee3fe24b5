import type { ShareSeries } from '../../data/trade-share';
import { DataTable, MissingValue, type DataRow } from '../../ui/DataTable';
import { formatList } from '../../ui/format';
import { formatUsdBn } from '../../ui/format-chart';
import { sharePercent } from './trade-measured-text';
import { missingCellsText, NO_SHARE_TEXT } from './trade-text';

interface MeasuredTableProps {
  series: ShareSeries;
  caption: string;
  names: ReadonlyMap<string, string>;
  year: number;
  onYear: (year: number) => void;
}

const COLUMNS = [
  { id: 'own', header: 'Share, own reports' },
  { id: 'mirror', header: 'Share, partners’ reports' },
  { id: 'exporters', header: 'Trade with each other, exporters’ reports (FOB)' },
  { id: 'importers', header: 'Same trade, importers’ reports (CIF)' },
  { id: 'world', header: 'Trade with the World (exports + imports)' },
  { id: 'counted', header: 'States counted', text: true },
];

/** The measured share, year by year, with both sides' figures and why a year has none. */
export function MeasuredTable({ series, caption, names, year, onYear }: MeasuredTableProps) {
  const rows: DataRow[] = series.years.map((y) => {
    const why = y.noShare === 'missing' ? missingCellsText(y.missing.own.length > 0 ? y.missing.own : y.missing.mirror, names) : y.noShare ? NO_SHARE_TEXT[y.noShare] : '';
    const missing = <MissingValue reason={why} />;
    return {
      id: String(y.year),
      current: y.year === year,
      header: (
        <button type="button" className="table-pick" aria-pressed={y.year === year} onClick={() => onYear(y.year)}>
          {y.year}
        </button>
      ),
      ...(y.noShare === 'no-states'
        ? { cells: [], note: `No share: ${why}.` }
        : {
            cells: [
              y.own == null ? missing : sharePercent(y.own),
              y.mirror == null ? missing : sharePercent(y.mirror),
              y.intra ? formatUsdBn(y.intra.exportsReported / 1e9) : missing,
              y.intra ? formatUsdBn(y.intra.importsReported / 1e9) : missing,
              y.world != null ? formatUsdBn(y.world / 1e9) : missing,
              formatList(y.states.map((id) => names.get(id) ?? id)),
            ],
          }),
    };
  });
  return (
    <DataTable
      caption={caption}
      corner="Year"
      columns={COLUMNS}
      rows={rows}
      label="Table of the measured share"
      notes={<p>Current US$; a dash is a figure the source does not have, and a year lacking one has no share, never the share of fewer states.</p>}
    />
  );
}
