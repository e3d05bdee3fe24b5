import type { Source } from '../../data/schema';
import type { TradePoint } from '../../data/trade';
import { DataTable, type DataRow } from '../../ui/DataTable';
import { figureText, KIND_SHORT, markWords, speaker, statedOnText, yearText } from './trade-text';

interface TradeTableProps {
  points: readonly TradePoint[];
  caption: string;
  year: number;
  sourcesById: ReadonlyMap<string, Source>;
  byId: ReadonlyMap<string, TradePoint>;
  onYear: (year: number) => void;
}

const COLUMNS = [
  { id: 'measure', header: 'Measure', text: true },
  { id: 'figure', header: 'Figure as reported', text: true },
  { id: 'period', header: 'Period as reported', text: true },
  { id: 'by', header: 'Stated by', text: true },
  { id: 'on', header: 'When', text: true },
  { id: 'source', header: 'Source', text: true },
  { id: 'differs', header: 'Other figures for the year', text: true },
];

/** Every plotted figure, one row each, as in the tooltips; the year in each row chooses that year. */
export function TradeTable({ points, caption, year, sourcesById, byId, onYear }: TradeTableProps) {
  const rows: DataRow[] = points.map((p) => {
    const o = p.observation;
    const marks = markWords(p);
    const others = p.conflictsWith.flatMap((other) => byId.get(other) ?? []);
    return {
      id: p.id,
      current: p.year === year,
      header:
        p.year == null ? (
          yearText(o)
        ) : (
          <button type="button" className="table-pick" aria-pressed={p.year === year} onClick={() => onYear(p.year as number)}>
            {yearText(o)}
          </button>
        ),
      cells: [
        KIND_SHORT[p.kind],
        <>
          {figureText(o)}
          {marks ? <span className="table-aside"> ({marks})</span> : null}
        </>,
        o.period,
        o.statedBy,
        statedOnText(o),
        [...new Set(o.sources.flatMap((s) => sourcesById.get(s)?.publisher ?? []))].join('; '),
        others.length > 0 ? `Sources differ: ${others.map((q) => `${figureText(q.observation)} (${speaker(q.observation)})`).join('; ')}` : '—',
      ],
    };
  });
  return (
    <div>
      <DataTable
        caption={caption}
        corner="Year"
        columns={COLUMNS}
        rows={rows}
        label="Table of the trade charts"
        notes={<p>Each figure is kept as it was stated; figures that differ for the same year are all listed, never averaged.</p>}
      />
    </div>
  );
}
