import { useDataset } from '../../state/hooks';
import { useActions } from '../../state/selectors';
import { eventLabel } from '../../ui/labels';

/** The corridors through a state and the events it hosted, as ways to move on. */
export function RelatedLinks({ entityId }: { entityId: string }) {
  const dataset = useDataset();
  const { corridorSelected, eventSelected } = useActions();
  const corridors = dataset.corridors.filter((c) => c.crosses.includes(entityId));
  const hosted = dataset.events.filter((e) => e.hostId === entityId);
  return (
    <>
      <h4 className="details__subheading">Corridors through it</h4>
      {corridors.length === 0 ? (
        <p className="missing">None in the dataset</p>
      ) : (
        <ul className="chips">
          {corridors.map((c) => (
            <li key={c.id}>
              <button type="button" className="chip" onClick={() => corridorSelected(c.id)}>
                {c.shortName}
              </button>
            </li>
          ))}
        </ul>
      )}
      <h4 className="details__subheading">Summits and plans it hosted</h4>
      {hosted.length === 0 ? (
        <p className="missing">None in the dataset</p>
      ) : (
        <ul className="chips">
          {hosted.map((e) => (
            <li key={e.id}>
              <button type="button" className="chip" onClick={() => eventSelected(e.id, Number(e.date.slice(0, 4)))}>
                {eventLabel(e)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
