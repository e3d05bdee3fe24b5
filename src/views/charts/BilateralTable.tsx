import type { Bilateral } from '../../data/bilateral';
import { DataTable, MissingValue, type DataRow } from '../../ui/DataTable';
import { formatUsd } from '../../ui/format';
import { ownKey, partnerKey, type BilateralMeasure, type BilateralRow } from './bilateral-model';
import { MEASURE_WORDS } from './bilateral-text';

interface BilateralTableProps {
  bilateral: Bilateral;
  rows: readonly BilateralRow[];
  measure: BilateralMeasure;
  name: string;
  year: number;
  onYear: (year: number) => void;
}

/** The bilateral chart as a table: a row a year, for each partner the state's report and the partner's. */
export function BilateralTable({ bilateral, rows, measure, name, year, onYear }: BilateralTableProps) {
  const columns = bilateral.partners.flatMap((p) => [
    { id: ownKey(p.id), header: `${p.name}: ${name}’s report` },
    { id: partnerKey(p.id), header: `${p.name}: its report` },
  ]);
  const tableRows: DataRow[] = rows.map((r) => ({
    id: String(r.year),
    current: r.year === year,
    header: (
      <button type="button" className="table-pick" aria-pressed={r.year === year} onClick={() => onYear(r.year)}>
        {r.year}
      </button>
    ),
    cells: columns.map((c) => {
      const v = r[c.id];
      return v == null ? <MissingValue reason="not reported" /> : formatUsd(v);
    }),
  }));
  return (
    <DataTable
      caption={`${name}’s trade with each state (${MEASURE_WORDS[measure]}), ${bilateral.firstYear}–${bilateral.lastYear}, current US$, IMF DOTS`}
      corner="Year"
      columns={columns}
      rows={tableRows}
      label={`Table of ${name}’s trade with each state`}
    />
  );
}
