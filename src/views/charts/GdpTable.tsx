import type { GdpSeries } from '../../data/series';
import { DataTable, MissingValue, type DataColumn, type DataRow } from '../../ui/DataTable';
import { excludedText, formatValue, MISSING_TEXT, totalLabel, type GdpView } from './gdp-text';

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

/** The chart's numbers as a table, formatted as in the tooltips; a year or a state can be chosen from its headers. */
export function GdpTable({ id, series, view, caption, highlighted, year, names, onYear, onState }: GdpTableProps) {
  const withTotal = view !== 'lines';
  const columns: DataColumn[] = series.entities.map((e) => ({
    id: e.id,
    current: highlighted.has(e.id),
    header: (
      <button type="button" className="table-pick" aria-pressed={highlighted.has(e.id)} onClick={() => onState(e.id)}>
        {e.name}
      </button>
    ),
  }));
  if (withTotal) columns.push({ id: 'total', header: totalLabel(series) });
  const used = new Set(series.years.flatMap((y) => series.entities.flatMap((e) => y.cells[e.id]?.missing ?? [])));
  // Years before anyone is counted make one row, not a block of dashes.
  const idle = series.years.findIndex((y) => y.total.counted.length > 0);
  const skip = idle > 1 ? idle : 0;
  const rows: DataRow[] = series.years.slice(skip).map(({ year: y, cells, total }) => {
    const values = series.entities.map((e) => {
      const cell = cells[e.id];
      if (cell?.value != null) return formatValue(series, cell.value);
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
            {formatValue(series, total.value)}
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
        caption={caption}
        corner="Year"
        columns={columns}
        rows={rows}
        label="Table of the GDP chart"
        notes={
          <p>
            — means missing, never zero. {notes.join('; ')}
            {withTotal ? '. * The total leaves out a state with no figure that year.' : '.'}
          </p>
        }
      />
    </div>
  );
}
