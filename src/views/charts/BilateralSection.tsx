import { useMemo, useState } from 'react';
import { bilateralOf } from '../../data/bilateral';
import { useDataset } from '../../state/hooks';
import { useActions } from '../../state/selectors';
import { downloadCsv } from '../../ui/csv';
import { BilateralChart, partnerColour, type BilateralLine } from './BilateralChart';
import { bilateralRows, MEASURE_OPTIONS, ownKey, partnerKey, reportedPartners, worldRows, type BilateralMeasure } from './bilateral-model';
import { bilateralCsvText, bilateralFileName } from './bilateral-csv';
import { bilateralTitle, MEASURE_WORDS, notCoveredText, OWN_SIDE, PARTNER_SIDE } from './bilateral-text';
import { BilateralTable } from './BilateralTable';
import { BilateralYear } from './BilateralYear';
import { ChartSwitch } from './ChartSwitch';

const WORLD_LINES: readonly BilateralLine[] = [
  { key: 'imf', name: 'its report to the IMF (DOTS)', colour: '#0b3d5c', dashed: false },
  { key: 'worldBank', name: 'World Bank merchandise total', colour: '#6a5a00', dashed: true },
];

/** A selected state's trade with each other state and the World over time, from its own reports and its partners'. */
export function BilateralSection({ stateId, year }: { stateId: string; year: number }) {
  const dataset = useDataset();
  const { yearChanged } = useActions();
  const [measure, setMeasure] = useState<BilateralMeasure>('turnover');
  const [tableShown, setTableShown] = useState(false);
  const name = dataset.entities.find((e) => e.id === stateId)?.name ?? stateId;
  const bilateral = useMemo(() => bilateralOf(dataset, stateId), [dataset, stateId]);
  const rows = useMemo(() => bilateralRows(bilateral, measure), [bilateral, measure]);
  const world = useMemo(() => worldRows(bilateral, measure), [bilateral, measure]);
  const { shown, none } = useMemo(() => reportedPartners(bilateral), [bilateral]);
  const lines = useMemo(
    () =>
      shown.flatMap((p, i): BilateralLine[] => [
        { key: ownKey(p.id), name: `${p.name}: ${name}’s report`, colour: partnerColour(p.id, i), dashed: false },
        { key: partnerKey(p.id), name: `${p.name}: its own report`, colour: partnerColour(p.id, i), dashed: true },
      ]),
    [shown, name],
  );

  if (!bilateral.covered) {
    return (
      <section className="bilateral" aria-label={`${name}’s trade with each state`}>
        <h3 className="chart-title">{name}’s trade with each state</h3>
        <p className="chart-rule">{notCoveredText(name)}</p>
      </section>
    );
  }
  const inTable = year >= bilateral.firstYear && year <= bilateral.lastYear;
  return (
    <section className="bilateral" aria-labelledby="bilateral-title">
      <h3 id="bilateral-title" className="chart-title">
        {bilateralTitle(name, bilateral.firstYear, bilateral.lastYear)}
      </h3>
      <div className="chart-controls">
        <ChartSwitch legend="Show" options={MEASURE_OPTIONS} value={measure} onChange={setMeasure} />
      </div>
      <p className="chart-rule">
        Solid: {OWN_SIDE[measure]}, as {name} reports it. Dashed: {PARTNER_SIDE[measure]}, as the partner reports it. Current US$, IMF DOTS.
        {none.length > 0 ? ` No figures at all for ${none.map((p) => p.name).join(', ')}.` : ''}
      </p>
      <BilateralChart rows={rows} lines={lines} year={year} height={240} label={`${bilateralTitle(name, bilateral.firstYear, bilateral.lastYear)}, ${MEASURE_WORDS[measure]}, both sides’ reports`} />
      <ul className="bilateral-key" aria-label={`Partners in the chart of ${name}’s trade`}>
        {shown.map((p, i) => (
          <li key={p.id}>
            <span className="bilateral-key__swatch" style={{ background: partnerColour(p.id, i) }} aria-hidden="true" />
            {p.name}
          </li>
        ))}
      </ul>
      <h4 className="chart-title">With the World, {bilateral.firstYear}–{bilateral.worldLastYear}</h4>
      <BilateralChart rows={world} lines={WORLD_LINES} year={year} height={170} label={`${name}’s trade with the World (${MEASURE_WORDS[measure]}): its IMF report and the World Bank’s total`} />
      <p className="chart-rule">Solid: {name}’s report to the IMF (to {bilateral.lastYear}). Dashed: the World Bank’s merchandise totals (to {bilateral.worldLastYear}), another release: compared, never combined.</p>
      {inTable ? (
        <BilateralYear bilateral={bilateral} name={name} year={year} />
      ) : (
        <p className="chart-rule">
          No bilateral figures for {year}: the IMF tables in the atlas end in {bilateral.lastYear}.{' '}
          <button type="button" className="button button--quiet" onClick={() => yearChanged(bilateral.lastYear)}>
            Show {bilateral.lastYear}
          </button>
        </p>
      )}
      <p className="bilateral-actions">
        <button type="button" className="button button--quiet" aria-expanded={tableShown} onClick={() => setTableShown((s) => !s)}>
          {tableShown ? 'Hide' : 'Show'} the table of {name}’s trade, every year
        </button>
        <button type="button" className="button button--quiet" onClick={() => downloadCsv(bilateralFileName(stateId, bilateral), bilateralCsvText(dataset, bilateral, name))}>
          Download {name}’s trade as CSV
        </button>
      </p>
      {tableShown ? <BilateralTable bilateral={bilateral} rows={rows} measure={measure} name={name} year={year} onYear={yearChanged} /> : null}
    </section>
  );
}
