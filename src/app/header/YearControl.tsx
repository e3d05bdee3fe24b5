import { useYear, useYearRange } from '../../state/hooks';
import { useActions } from '../../state/selectors';

/** The year every view follows: a list, and steps for presenting by keyboard. */
export function YearControl() {
  const year = useYear();
  const { min, max } = useYearRange();
  const { yearChanged } = useActions();
  const years: number[] = [];
  for (let y = max; y >= min; y--) years.push(y);
  return (
    <div className="year-control">
      <button
        type="button"
        className="button button--icon"
        aria-label="Previous year"
        disabled={year <= min}
        onClick={() => yearChanged(year - 1)}
      >
        ‹
      </button>
      <label className="year-control__label" htmlFor="year-select">
        Year
      </label>
      <select id="year-select" value={year} onChange={(e) => yearChanged(Number(e.target.value))}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
      </select>
      <button
        type="button"
        className="button button--icon"
        aria-label="Next year"
        disabled={year >= max}
        onClick={() => yearChanged(year + 1)}
      >
        ›
      </button>
    </div>
  );
}
