import type { Entity } from '../../data/schema';
import { useActions } from '../../state/selectors';

/** Entities as buttons that select them: the keyboard way into a state's details. */
export function EntityButtons({ entities, label }: { entities: Entity[]; label: string }) {
  const { stateSelected } = useActions();
  if (entities.length === 0) return <p className="missing">None</p>;
  return (
    <ul className="chips" aria-label={label}>
      {entities.map((e) => (
        <li key={e.id}>
          <button type="button" className="chip" onClick={() => stateSelected(e.id)}>
            {e.name}
          </button>
        </li>
      ))}
    </ul>
  );
}
