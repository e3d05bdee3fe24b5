/** The briefing in use: the user's own (kept in the browser) or, until they change anything, the shipped one. */
import { useQuery } from '@tanstack/react-query';
import { useShallow } from 'zustand/react/shallow';
import { defaultBriefingQuery } from '../data/queries';
import type { Briefing } from '../data/briefing-schema';
import { useBriefingHydrated, useCustomBriefing } from './briefing-store';
import { useAtlasStore, viewOf, type View } from './store';

export interface BriefingInUse {
  briefing: Briefing | undefined;
  origin: 'yours' | 'shipped';
  /** Loading or loading failed, for the shipped briefing. */
  status: 'pending' | 'error' | 'success';
  error: Error | null;
  retry: () => void;
}

/** `needed`: fetch the shipped briefing now (briefing mode or the editor is open). */
export function useBriefing(needed: boolean): BriefingInUse {
  const custom = useCustomBriefing();
  const hydrated = useBriefingHydrated((s) => s.hydrated);
  const query = useQuery({ ...defaultBriefingQuery(), enabled: needed && hydrated && custom === null });
  // Until the browser's copy has been read, which briefing is in use is not known yet.
  if (!hydrated) return { briefing: undefined, origin: 'shipped', status: 'pending', error: null, retry: () => {} };
  if (custom) return { briefing: custom, origin: 'yours', status: 'success', error: null, retry: () => {} };
  return {
    briefing: query.data,
    origin: 'shipped',
    status: query.status,
    error: query.error,
    retry: () => void query.refetch(),
  };
}

/** The view on screen, for saving it as a slide. */
export function useCurrentView(): View {
  return useAtlasStore(useShallow(viewOf));
}
