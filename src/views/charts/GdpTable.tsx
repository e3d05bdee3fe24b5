import type { GdpSeries } from '../../data/series';
import { DataTable, MissingValue, type DataColumn, type DataRow } from '../../ui/DataTable';
import { columnFormat } from '../../ui/format-table';
import { excludedText, MISSING_TEXT, tableUnit, tableValue, totalLabel, type GdpView } from './gdp-text';

interface GdpTableProps {
  id: string;
  series: GdpSeries;
  view: GdpView;
  caption: string;
  highlighted: ReadonlySet<string>;
  year: number;
  names: ReadonlyMap<string, string>;
  onYear: (year: number) => void;
  onState: (id: string) => void;
}

/**
 * The chart's numbers as a table, in one unit (named in the caption) and one precision per column, so that it fits a
 * narrow panel: the states' columns are headed by their codes (named in full to a screen reader and on hover), and the
 * total stays in view at the end. A year or a state can be chosen from its headers.
 */
export function GdpTable({ id, series, view, caption, highlighted, year, names, onYear, onState }: GdpTableProps) {
  const withTotal = view !== 'lines';
  const columns: DataColumn[] = series.entities.map((e) => ({
    id: e.id,
    current: highlighted.has(e.id),
    header: (
      <button type="button" className="table-pick" aria-pressed={highlighted.has(e.id)} title={e.name} onClick={() => onState(e.id)}>
        <span aria-hidden="true">{e.id}</span>
        <span className="visually-hidden">{e.name}</span>
      </button>
    ),
  }));
  if (withTotal) columns.push({ id: 'total', header: totalLabel(series), pinned: true });
  const figures = (pick: (y: GdpSeries['years'][number]) => number | null | undefined) =>
    columnFormat(series.years.flatMap((y) => pick(y) ?? []).map((v) => tableValue(series, v)));
  const byEntity = new Map(series.entities.map((e) => [e.id, figures((y) => y.cells[e.id]?.value)]));
  const totals = figures((y) => y.total.value);
  const used = new Set(series.years.flatMap((y) => series.entities.flatMap((e) => y.cells[e.id]?.missing ?? [])));
  // Years before anyone is counted make one row, not a block of dashes.
  const idle = series.years.findIndex((y) => y.total.counted.length > 0);
  const skip = idle > 1 ? idle : 0;
  const rows: DataRow[] = series.years.slice(skip).map(({ year: y, cells, total }) => {
    const values = series.entities.map((e) => {
      const cell = cells[e.id];
      if (cell?.value != null) return byEntity.get(e.id)?.(tableValue(series, cell.value));
      const why = MISSING_TEXT[cell?.missing ?? 'no-gdp'];
      return <MissingValue reason={why.text} mark={why.mark} />;
    });
    if (withTotal) {
      const left = excludedText(names, total.excluded);
      values.push(
        total.value == null ? (
          <MissingValue reason="no state counted" />
        ) : (
          <>
            {totals(tableValue(series, total.value))}
            {left ? (
              <>
                <sup aria-hidden="true">*</sup>
                <span className="visually-hidden"> ({left})</span>
              </>
            ) : null}
          </>
        ),
      );
    }
    return {
      id: String(y),
      current: y === year,
      header: (
        <button type="button" className="table-pick" aria-pressed={y === year} onClick={() => onYear(y)}>
          {y}
        </button>
      ),
      cells: values,
    };
  });
  const firstYear = series.years[0]?.year ?? 0;
  if (skip > 0) {
    rows.unshift({
      id: 'not-counted',
      header: `${firstYear}–${firstYear + skip - 1}`,
      note: 'No state counted yet: each counts from the year it joined.',
      cells: [],
    });
  }
  const notes = [...used].map((reason) => `${MISSING_TEXT[reason].mark}: ${MISSING_TEXT[reason].text}`);
  return (
    <div id={id}>
      <DataTable
        caption={`${caption}. Figures in ${tableUnit(series)}.`}
        corner="Year"
        columns={columns}
        rows={rows}
        label="Table of the GDP chart"
        notes={
          <p>
            {series.entities.map((e) => `${e.id}: ${e.name}`).join(', ')}. — means missing, never zero. {notes.join('; ')}
            {withTotal ? '. * The total leaves out a state with no figure that year.' : '.'}
          </p>
        }
      />
    </div>
  );
}
