import { memo, useMemo } from 'react';
import { useDataset, useYear } from '../../state/hooks';
import { useActions, useSelectedStateId } from '../../state/selectors';
import { formatUsd } from '../../ui/format';
import { Legend, type LegendGroup } from '../../ui/Legend';
import { flowListText, flowsKeyTitle, flowsStatusText, FLOWS_TOGGLE_LABEL } from './flows-text';
import { FLOW_STYLE } from './layers/TradeFlowsLayer';
import { LineSwatch } from './swatches';
import { FLOW_KEY_VALUES, flowsModel, flowWeight, type FlowsModel } from './trade-flows';

/** The flows of the selected state in the chosen year, from the store and the dataset. */
export function useFlowsModel(): FlowsModel {
  const dataset = useDataset();
  const stateId = useSelectedStateId();
  const year = useYear();
  return useMemo(() => flowsModel(dataset, stateId, year), [dataset, stateId, year]);
}

interface FlowsToggleProps {
  checked: boolean;
  onChange: (on: boolean) => void;
}

/** Draws the selected state's trade with each other state on the map, or not. Off by default. */
export function FlowsToggle({ checked, onChange }: FlowsToggleProps) {
  return (
    <label className="map-online map-flows-toggle">
      <input type="checkbox" role="switch" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <span>{FLOWS_TOGGLE_LABEL}</span>
    </label>
  );
}

function keyGroup(model: FlowsModel): LegendGroup {
  const line = (weight: number, dash?: string) => <LineSwatch styles={[{ stroke: true, color: FLOW_STYLE.colour, weight, opacity: 0.9, lineCap: 'round', dashArray: dash }]} />;
  return {
    title: `${flowsKeyTitle(model)}: exports + imports`,
    items: [
      ...FLOW_KEY_VALUES.map((v) => ({ id: `flow-${v}`, symbol: line(flowWeight(v)), label: `${formatUsd(v)}, as ${model.stateName} reports it` })),
      { id: 'flow-partner', symbol: line(3, FLOW_STYLE.dash), label: 'dashed: only the partner reports it' },
    ],
  };
}

/** The flows' key, and the same figures as a list (the keyboard's and screen readers' way to them), or why none are drawn. */
export const MapFlows = memo(function MapFlows() {
  const model = useFlowsModel();
  const { yearChanged } = useActions();
  const status = flowsStatusText(model);
  if (status) {
    return (
      <div className="map-flows" aria-live="polite">
        <p>
          {status}{' '}
          {model.status === 'no-year' ? (
            <button type="button" className="button button--quiet" onClick={() => yearChanged(model.lastYear)}>
              Show {model.lastYear}
            </button>
          ) : null}
        </p>
      </div>
    );
  }
  return (
    <div className="map-flows" aria-live="polite">
      <Legend title="Trade flows" id="map-flows-key" groups={[keyGroup(model)]} notes={['Straight lines between capitals, not routes. Widths by the square root of the value. IMF Direction of Trade Statistics, current US$; exports FOB, imports CIF.']} />
      <h4 className="map-flows__title">
        {flowsKeyTitle(model)}, with each state (and as each partner reports it)
      </h4>
      <ul className="map-flows__list">
        {model.lines.map((l) => (
          <li key={l.partnerId}>{flowListText(l, model.stateName)}</li>
        ))}
        {model.unreported.length > 0 ? <li>No complete figure (exports and imports) from either side: {model.unreported.join(', ')}</li> : null}
      </ul>
    </div>
  );
});
