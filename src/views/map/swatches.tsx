import type { Scope } from '../../data/derive';
import type { Corridor, Entity } from '../../data/schema';
import type { CorridorLook } from '../../data/corridor-status';
import { corridorStyle, entityStyle, type PathStyle } from '../../data/geo-style';

const NO_SELECTION = { stateId: null, crossed: null };

/** A shape's fill and outline, drawn with the very style the map uses. */
export function PathSwatch({ style }: { style: PathStyle }) {
  return (
    <svg className="swatch swatch--area" viewBox="0 0 28 18" width="28" height="18" aria-hidden="true" focusable="false">
      <rect
        x="1.5"
        y="1.5"
        width="25"
        height="15"
        rx="2"
        fill={style.fill === false ? 'none' : style.fillColor}
        fillOpacity={style.fillOpacity}
        stroke={style.stroke === false ? 'none' : style.color}
        strokeWidth={Math.min(style.weight ?? 1, 2.5)}
        strokeDasharray={style.dashArray}
        strokeLinecap={style.lineCap}
      />
    </svg>
  );
}

export function StateSwatch({ entity, year, scope }: { entity: Entity; year: number; scope: Scope }) {
  return <PathSwatch style={entityStyle(entity, year, NO_SELECTION, false, scope)} />;
}

/** A line drawn with the map's styles, bottom to top. */
export function LineSwatch({ styles }: { styles: PathStyle[] }) {
  return (
    <svg className="swatch swatch--line" viewBox="0 0 40 18" width="40" height="18" aria-hidden="true" focusable="false">
      {styles
        .filter((s) => s.stroke !== false && s.opacity !== 0)
        .map((s, i) => (
          <line
            key={i}
            x1="6"
            y1="9"
            x2="34"
            y2="9"
            stroke={s.color}
            strokeOpacity={s.opacity}
            strokeWidth={Math.min(s.weight ?? 1, 14)}
            strokeDasharray={s.dashArray}
            strokeLinecap={s.lineCap}
          />
        ))}
    </svg>
  );
}

export function CorridorSwatch({ kind, look, approximate = false }: { kind: Corridor['kind']; look: CorridorLook; approximate?: boolean }) {
  const parts = (['band', 'casing', 'line'] as const).map((part) => corridorStyle(kind, look, part, approximate, 'normal'));
  return <LineSwatch styles={parts} />;
}

/** A point marker, drawn by the same CSS classes as on the map. */
export function MarkerSwatch({ className, inner }: { className: string; inner?: string }) {
  return (
    <span className="swatch swatch--marker" aria-hidden="true">
      <span className={className}>{inner ? <span className={inner} /> : null}</span>
    </span>
  );
}
