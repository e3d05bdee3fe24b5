import type { Source } from '../../data/schema';
import type { GdpSeries, MissingReason } from '../../data/series';
import { formatList, formatUsd } from '../../ui/format';
import { latestPointBefore } from '../../data/derive';
import { useDataset } from '../../state/hooks';
import { formatValue, MISSING_TEXT, totalLabel, type GdpView } from './gdp-text';
import { colourOf } from './palette';

interface GdpTooltipProps {
  series: GdpSeries;
  view: GdpView;
  sourcesById: ReadonlyMap<string, Source>;
  /** Filled in by Recharts. */
  active?: boolean;
  label?: string | number;
}

const MISSING_ORDER: readonly MissingReason[] = ['not-counted', 'no-gdp', 'no-population', 'no-gdp-or-population'];

/**
 * The year under the pointer: each state's value in readable units, in the order drawn; the states without a value,
 * grouped by why; the total; the sources.
 */
export function GdpTooltip({ series, view, sourcesById, active, label }: GdpTooltipProps) {
  const dataset = useDataset();
  const row = active ? series.years.find((y) => y.year === Number(label)) : undefined;
  if (!row) return null;
  const order = series.entities.map((e, i) => ({ entity: e, index: i, cell: row.cells[e.id] }));
  if (view === 'stacked') order.reverse();
  else order.sort((a, b) => (b.cell?.value ?? -1) - (a.cell?.value ?? -1));
  const valued = order.filter((o) => o.cell?.value != null);
  // A state with no GDP figure that year: named with its latest earlier figure and that figure's year.
  const withLatest = (entityId: string, name: string) => {
    const latest = series.options.measure === 'gdp' ? latestPointBefore(dataset.indicators.gdp, entityId, row.year) : null;
    return latest ? `${name} (latest: ${formatUsd(latest.value)} in ${latest.year})` : name;
  };
  const missing = MISSING_ORDER.map((reason) => ({
    reason,
    names: order.filter((o) => o.cell?.missing === reason).map((o) => (reason === 'no-gdp' ? withLatest(o.entity.id, o.entity.name) : o.entity.name)),
  })).filter((m) => m.names.length > 0);
  const sourceIds = new Set([...row.total.sources, ...order.flatMap((o) => o.cell?.sources ?? [])]);
  const publishers = [...new Set([...sourceIds].flatMap((id) => sourcesById.get(id)?.publisher ?? []))];
  return (
    <div className="chart-tooltip" data-year={row.year}>
      <p className="chart-tooltip__title">{row.year}</p>
      {valued.length > 0 ? (
        <ul className="chart-tooltip__list">
          {valued.map(({ entity, index, cell }) => (
            <li key={entity.id} data-series={entity.id}>
              <span className="chart-swatch" style={{ background: colourOf(entity.id, index) }} aria-hidden="true" />
              <span className="chart-tooltip__name">{entity.name}</span>
              <span className="chart-tooltip__value">{formatValue(series, cell?.value ?? 0)}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {view !== 'lines' && row.total.value != null ? (
        <p className="chart-tooltip__total">
          <span>{totalLabel(series)}</span>
          <span className="chart-tooltip__value">{formatValue(series, row.total.value)}</span>
        </p>
      ) : null}
      {missing.map(({ reason, names }) => (
        <p key={reason} className="chart-tooltip__note">
          {MISSING_TEXT[reason].text.replace(/^./, (c) => c.toUpperCase())}: {formatList(names)}
          {reason !== 'not-counted' && row.total.value != null && view !== 'lines' ? ' (left out of the total)' : ''}.
        </p>
      ))}
      <p className="chart-tooltip__source">Source: {publishers.length > 0 ? publishers.join('; ') : 'no figure this year'}</p>
    </div>
  );
}
