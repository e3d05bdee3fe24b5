import { memo, useMemo } from 'react';
import { Polyline } from 'react-leaflet';
import { PANE } from '../panes';
import { flowTooltip } from '../flows-text';
import type { FlowLine, FlowsModel } from '../trade-flows';
import { tooltipHandlers } from './bindModelTooltip';

export const FLOW_STYLE = { colour: '#7a3e00', casing: '#ffffff', dash: '8 6' } as const;

function FlowPath({ line, model }: { line: FlowLine; model: FlowsModel }) {
  const handlers = useMemo(() => tooltipHandlers(() => flowTooltip(line, model)), [line, model]);
  const positions = useMemo((): [number, number][] => [[line.from.lat, line.from.lon], [line.to.lat, line.to.lon]], [line]);
  return (
    <>
      {/* Options as props: Leaflet reads them (the class too) when the line is made; each line is keyed by its figures. */}
      <Polyline positions={positions} pane={PANE.flows} interactive={false} color={FLOW_STYLE.casing} weight={line.weight + 3} opacity={0.85} lineCap="round" />
      <Polyline
        positions={positions}
        pane={PANE.flows}
        bubblingMouseEvents={false}
        eventHandlers={handlers}
        color={FLOW_STYLE.colour}
        weight={line.weight}
        opacity={0.9}
        lineCap="round"
        dashArray={line.shownBy === 'partner' ? FLOW_STYLE.dash : undefined}
        className={`map-flow map-flow--${line.partnerId}`}
      />
    </>
  );
}

/**
 * The selected state's trade flows for the year, when the reader has switched them on: straight lines between
 * capitals (not routes), as wide as the trade. Keyed by state and year: react-leaflet reads a tooltip's binding once.
 */
export const TradeFlowsLayer = memo(function TradeFlowsLayer({ model }: { model: FlowsModel }) {
  if (model.status !== 'drawn') return null;
  return model.lines.map((line) => <FlowPath key={`${model.stateId}-${model.year}-${line.partnerId}`} line={line} model={model} />);
});
