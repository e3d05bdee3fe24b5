import { memo, useId } from 'react';

export interface SwitchOption<T extends string> {
  value: T;
  label: string;
}

interface ChartSwitchProps<T extends string> {
  legend: string;
  options: readonly SwitchOption<T>[];
  value: T;
  onChange: (value: T) => void;
}

/** A small group of radio buttons styled as a segmented switch; arrow keys move between options. */
function ChartSwitchImpl<T extends string>({ legend, options, value, onChange }: ChartSwitchProps<T>) {
  const name = useId();
  return (
    <fieldset className="chart-switch">
      <legend className="chart-switch__legend">{legend}</legend>
      <div className="chart-switch__options">
        {options.map((o) => (
          <label key={o.value} className="chart-switch__option">
            <input type="radio" name={name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Memoised: a panel re-rendering for a new year leaves its switches alone. */
export const ChartSwitch = memo(ChartSwitchImpl) as typeof ChartSwitchImpl;
