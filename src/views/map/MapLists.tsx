import type { ReactNode } from 'react';
import { mapStatus } from '../../data/geo-style';
import { useDataset, useYear } from '../../state/hooks';
import { useActions, useSelectedCorridorId, useSelectedStateId, useScope } from '../../state/selectors';
import { CORRIDOR_KIND_LABEL } from '../../ui/labels';
import { corridorLook, corridorStatuses } from '../../data/corridor-status';
import { corridorStatusLabel } from '../../ui/corridor-status-text';
import { MAP_DESCRIPTION_ID } from './controls/MapBehaviour';
import type { Peek } from './peek';
import { CorridorSwatch, StateSwatch } from './swatches';

const STATUS_TEXT = { member: 'member', observer: 'observer', none: 'not yet a member or observer' } as const;

interface TwinButtonProps {
  peek: Peek;
  label: string;
  /** Shown after the name, so the list says what the map draws: "Not yet open". */
  status?: string;
  description: string;
  symbol: ReactNode;
  pressed: boolean;
  onPress: () => void;
  onPeek: (peek: Peek | null) => void;
}

function TwinButton({ peek, label, status, description, symbol, pressed, onPress, onPeek }: TwinButtonProps) {
  const descriptionId = `map-twin-${peek.kind}-${peek.id}`;
  return (
    <li>
      <button
        type="button"
        className="map-twin__button"
        aria-pressed={pressed}
        aria-describedby={descriptionId}
        onClick={onPress}
        onFocus={() => onPeek(peek)}
        onBlur={() => onPeek(null)}
        onMouseEnter={() => onPeek(peek)}
        onMouseLeave={() => onPeek(null)}
      >
        <span className="map-twin__symbol" aria-hidden="true">
          {symbol}
        </span>
        <span className="map-twin__text">
          {label}
          {status ? <span className="map-twin__status" aria-hidden="true"> · {status}</span> : null}
        </span>
      </button>
      <span id={descriptionId} className="visually-hidden">
        {description}
      </span>
    </li>
  );
}

/**
 * The map's keyboard and screen-reader twin: every state and corridor on the map as a button driving the same
 * actions. Pressing the selected one again clears the selection.
 */
export function MapLists({ onPeek }: { onPeek: (peek: Peek | null) => void }) {
  const dataset = useDataset();
  const year = useYear();
  const stateId = useSelectedStateId();
  const corridorId = useSelectedCorridorId();
  const scope = useScope();
  const { stateSelected, corridorSelected, selectionCleared } = useActions();
  const statuses = corridorStatuses(dataset, year);

  return (
    <div className="map-twin">
      <p id={MAP_DESCRIPTION_ID} className="visually-hidden">
        The lists below the map select the same states and corridors. On the map, arrow keys pan, plus and minus zoom,
        and Escape clears the selection.
      </p>
      <h3 className="map-twin__title" id="map-twin-states">
        States <span className="map-twin__hint">in {year}</span>
      </h3>
      <ul className="map-twin__list" aria-labelledby="map-twin-states">
        {dataset.entities.map((entity) => {
          const status = mapStatus(entity, year);
          return (
            <TwinButton
              key={entity.id}
              peek={{ kind: 'state', id: entity.id }}
              label={entity.name}
              description={`${STATUS_TEXT[status]} in ${year}${entity.recognition ? '; recognition contested' : ''}`}
              symbol={<StateSwatch entity={entity} year={year} scope={scope} />}
              pressed={stateId === entity.id}
              onPress={() => (stateId === entity.id ? selectionCleared() : stateSelected(entity.id))}
              onPeek={onPeek}
            />
          );
        })}
      </ul>
      <h3 className="map-twin__title" id="map-twin-corridors">
        Corridors <span className="map-twin__hint">in {year}</span>
      </h3>
      <ul className="map-twin__list" aria-labelledby="map-twin-corridors">
        {dataset.corridors.map((corridor) => {
          const status = statuses.get(corridor.id)!;
          return (
            <TwinButton
              key={corridor.id}
              peek={{ kind: 'corridor', id: corridor.id }}
              label={corridor.name}
              status={corridorStatusLabel(status)}
              description={`${CORRIDOR_KIND_LABEL[corridor.kind]}, ${corridorStatusLabel(status).toLowerCase()} in ${year}`}
              symbol={<CorridorSwatch kind={corridor.kind} look={corridorLook(status)} />}
              pressed={corridorId === corridor.id}
              onPress={() => (corridorId === corridor.id ? selectionCleared() : corridorSelected(corridor.id))}
              onPeek={onPeek}
            />
          );
        })}
      </ul>
    </div>
  );
}
