import type { Scope } from '../../data/derive';
import { useActions, useScope } from '../../state/selectors';

const OPTIONS: { value: Scope; label: string }[] = [
  { value: 'members', label: 'Members' },
  { value: 'all', label: 'Members and observers' },
];

export function ScopeSwitch() {
  const scope = useScope();
  const { scopeChanged } = useActions();
  return (
    <fieldset className="segmented">
      <legend className="segmented__legend">Scope</legend>
      {OPTIONS.map((o) => (
        <label key={o.value} className="segmented__option">
          <input
            type="radio"
            name="scope"
            value={o.value}
            checked={scope === o.value}
            onChange={() => scopeChanged(o.value)}
          />
          <span data-label={o.label}>{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
