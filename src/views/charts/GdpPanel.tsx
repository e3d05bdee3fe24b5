import { useCallback, useMemo, useState } from 'react';
import { gdpSeries, highlightedIds, type MembershipRule } from '../../data/series';
import { useDataset, useSources, useYear } from '../../state/hooks';
import { useActions, useScope, useSelectedCorridorId, useSelectedEventId, useSelectedStateId } from '../../state/selectors';
import { useReducedMotion } from '../../ui/useReducedMotion';
import { Panel } from '../../ui/Panel';
import { PanelActions } from '../../ui/export/PanelActions';
import { useReportDrawn } from '../../ui/ready';
import { ChartSwitch } from './ChartSwitch';
import { GdpChart } from './GdpChart';
import { useGdpExport } from './gdp-export';
import { entityNames, PER_PERSON_NOTE, ruleOptions, ruleStatement, scopeWords, totalLabel, VIEW_OPTIONS, type GdpView } from './gdp-text';
import { GdpNotes } from './GdpNotes';
import { GdpTable } from './GdpTable';
import { eventMarkerFor } from './axis';
import { SeriesLegend } from './SeriesLegend';
import { SourceLine } from './SourceLine';
import './charts.css';
import { sourceIndex } from '../../data/source-index';

/** GDP of the states in scope, 2000–2025: the stacked total, one line per state, or per person. */
export function GdpPanel() {
  const dataset = useDataset();
  const scope = useScope();
  const year = useYear();
  const stateId = useSelectedStateId();
  const corridorId = useSelectedCorridorId();
  const eventId = useSelectedEventId();
  const { yearChanged, stateSelected, selectionCleared, scopeChanged } = useActions();
  const [view, setView] = useState<GdpView>('stacked');
  const [rule, setRule] = useState<MembershipRule>('since-joining');
  const [tableShown, setTableShown] = useState(false);
  const [switched, setSwitched] = useState(false);
  const [firstScope] = useState(scope);
  const [drawn, setDrawn] = useState(false);
  useReportDrawn('gdp', drawn);

  // Derived once per dataset and option; selection, year and hover never rebuild it.
  const measure = view === 'per-person' ? 'per-person' : 'gdp';
  const series = useMemo(() => gdpSeries(dataset, { scope, rule, measure }), [dataset, scope, rule, measure]);
  const highlighted = useMemo(() => new Set(highlightedIds(dataset, stateId, corridorId)), [dataset, stateId, corridorId]);
  const sourcesById = useMemo(() => sourceIndex(dataset), [dataset]);
  const names = useMemo(() => entityNames(dataset), [dataset]);
  const first = series.rows[0]?.year ?? year;
  const last = series.rows[series.rows.length - 1]?.year ?? year;
  const event = useMemo(() => eventMarkerFor(dataset, eventId, first, last), [dataset, eventId, first, last]);
  const sources = useSources(series.sources);
  const rules = useMemo(() => ruleOptions(scope), [scope]);
  // The chart draws at once; a change of view, rule or scope animates, never under reduced motion.
  const animate = !useReducedMotion() && (switched || scope !== firstScope);
  const chooseView = useCallback((v: GdpView) => {
    setSwitched(true);
    setView(v);
  }, []);
  const chooseRule = useCallback((r: MembershipRule) => {
    setSwitched(true);
    setRule(r);
  }, []);
  const onDrawn = useCallback(() => setDrawn(true), []);
  const pick = useCallback((id: string) => (id === stateId ? selectionCleared() : stateSelected(id)), [stateId, selectionCleared, stateSelected]);

  const perPerson = measure === 'per-person';
  const title = perPerson ? 'GDP per person' : 'GDP';
  const unit = perPerson ? `current US$ per person, ${PER_PERSON_NOTE}` : dataset.indicators.gdp.unit;
  const caption = `${title} of the ${scopeWords(scope)}, ${first}–${last}, ${unit}${view === 'stacked' ? ', stacked to the OTS total' : ''}`;
  const exports = useGdpExport({ dataset, series, view, sources, title, caption });
  const vintage = perPerson
    ? `GDP release: ${dataset.indicators.gdp.vintage}; population release: ${dataset.indicators.population.vintage}`
    : `GDP release: ${dataset.indicators.gdp.vintage}`;

  return (
    <Panel
      id="gdp"
      title={title}
      subtitle={perPerson ? `current US$ per person, computed, ${first}–${last}` : `${unit}, ${first}–${last}`}
      actions={<PanelActions exports={exports} table={{ id: 'gdp-table', shown: tableShown, onToggle: () => setTableShown((s) => !s) }} />}
      className="chart-panel"
    >
      <div className="chart-controls">
        <ChartSwitch legend="Show" options={VIEW_OPTIONS} value={view} onChange={chooseView} />
        <ChartSwitch legend="Count" options={rules} value={rule} onChange={chooseRule} />
      </div>
      <p className="chart-rule">
        <strong>{scopeWords(scope).replace(/^./, (c) => c.toUpperCase())}.</strong> {ruleStatement(series)}
        {perPerson ? (
          <>
            {' '}
            <strong>Per person</strong> is {PER_PERSON_NOTE}, for the years both exist.
          </>
        ) : null}
      </p>
      <GdpChart
        series={series}
        view={view}
        highlighted={highlighted}
        year={year}
        event={event}
        animate={animate}
        sourcesById={sourcesById}
        label={`${caption}. Arrow keys step through the years; Enter chooses one.`}
        onYear={yearChanged}
        onState={stateSelected}
        onDrawn={onDrawn}
      />
      <SeriesLegend
        label={`States in the ${title} chart`}
        entities={series.entities}
        highlighted={highlighted}
        extra={perPerson ? `${totalLabel(series)}: all counted states’ GDP ÷ their population` : null}
        onPick={pick}
      />
      <GdpNotes dataset={dataset} series={series} stateId={stateId} year={year} event={event} onIncludeObservers={() => scopeChanged('all')} />
      <SourceLine sources={sources} detail={vintage} asOf={dataset.asOf} />
      {tableShown ? (
        <GdpTable id="gdp-table" series={series} view={view} caption={caption} highlighted={highlighted} year={year} names={names} onYear={yearChanged} onState={stateSelected} />
      ) : null}
    </Panel>
  );
}
