/** The only way views read the store: one small value each. */
import { useAtlasStore } from './store';

export const useSelectedStateId = () => useAtlasStore((s) => s.stateId);
export const useSelectedCorridorId = () => useAtlasStore((s) => s.corridorId);
export const useSelectedEventId = () => useAtlasStore((s) => s.eventId);
/** The year the user chose, or null for the dataset's default; views use `useYear()` from hooks.ts. */
export const useChosenYear = () => useAtlasStore((s) => s.year);
export const useScope = () => useAtlasStore((s) => s.scope);
export const useDatasetRef = () => useAtlasStore((s) => s.dataset);
export const useActions = () => useAtlasStore((s) => s.actions);
/** The slide shown in briefing mode (1-based), or null outside it. */
export const useSlide = () => useAtlasStore((s) => s.slide);
