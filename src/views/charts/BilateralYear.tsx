import type { Bilateral } from '../../data/bilateral';
import { DataTable, MissingValue, type DataRow } from '../../ui/DataTable';
import { formatUsd } from '../../ui/format';

interface BilateralYearProps {
  bilateral: Bilateral;
  name: string;
  year: number;
}

const COLUMNS = [
  { id: 'own-x', header: <>Exports<br />its report</> },
  { id: 'partner-m', header: <>Exports<br />partner’s</> },
  { id: 'own-m', header: <>Imports<br />its report</> },
  { id: 'partner-x', header: <>Imports<br />partner’s</> },
];

const cell = (v: number | null, who: string) => (v == null ? <MissingValue reason={`not reported by ${who}`} /> : formatUsd(v));

/** The chosen year, partner by partner: each flow as the state reports it beside the partner's report of it. */
export function BilateralYear({ bilateral, name, year }: BilateralYearProps) {
  const rows: DataRow[] = bilateral.partners.map((p) => {
    const y = p.years.find((x) => x.year === year);
    return {
      id: p.id,
      header: p.name,
      cells: y ? [cell(y.own.exports, name), cell(y.partner.exports, p.name), cell(y.own.imports, name), cell(y.partner.imports, p.name)] : [],
      ...(y ? {} : { note: 'no figures for this year' }),
    };
  });
  const world = bilateral.world.find((w) => w.year === year);
  if (world) {
    rows.push({
      id: 'WLD',
      header: 'The World',
      cells: [cell(world.imf.exports, name), cell(world.worldBank.exports, 'the World Bank'), cell(world.imf.imports, name), cell(world.worldBank.imports, 'the World Bank')],
    });
  }
  return (
    <DataTable
      caption={`${name}’s trade in ${year}, US$`}
      corner="Partner"
      columns={COLUMNS}
      rows={rows}
      label={`${name}’s trade in ${year}`}
      notes={
        <p>
          Current US$. “Its report”: {name}’s exports (FOB) and imports (CIF). “Partner’s”: the same flows as the partner reports
          them, its imports from {name} (CIF) and its exports to it (FOB). For the World, the World Bank’s merchandise totals.
          Both sides are shown; neither is averaged.
        </p>
      }
    />
  );
}
