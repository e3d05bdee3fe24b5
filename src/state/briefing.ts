/** The briefing in use: the user's own (kept in the browser) or, until they change anything, the shipped one. */
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useShallow } from 'zustand/react/shallow';
import { defaultBriefingQuery } from '../data/queries';
import type { Briefing } from '../data/briefing-schema';
import type { Problem } from '../data/validate';
import { checkBriefingReferences } from '../data/briefing-references';
import { useBriefingStore } from './briefing-store';
import { exportableText } from './briefing-storage';
import { useLoadedDataset } from './dataset-context';
import { useAtlasStore, viewOf, type View } from './store';

/**
 * The user's briefing cannot be used, so the shipped one is shown, and no change is saved until the user decides:
 * what is stored could not be read, or it names what the dataset in use does not have.
 */
export interface HeldBriefing {
  kind: 'unreadable' | 'mismatch';
  problems: Problem[];
  /** The file to offer: the user's briefing as the atlas exports it, or what is stored exactly as it is. */
  exportText: string;
}

export interface BriefingInUse {
  briefing: Briefing | undefined;
  origin: 'yours' | 'shipped';
  /** Loading or loading failed, for the shipped briefing (or for reading the one kept in the browser). */
  status: 'pending' | 'error' | 'success';
  error: Error | null;
  retry: () => void;
  held: HeldBriefing | null;
}

const noop = () => {};

/** `needed`: fetch the shipped briefing now (briefing mode or the editor is open). */
export function useBriefing(needed: boolean): BriefingInUse {
  const { custom, status, loadError, unreadable, reloaded } = useBriefingStore(
    useShallow((s) => ({ custom: s.custom, status: s.status, loadError: s.loadError, unreadable: s.unreadable, reloaded: s.actions.reloaded })),
  );
  const dataset = useLoadedDataset();
  // Stored slides are checked against the dataset in use, exactly as an imported file is.
  const mismatch = useMemo(() => (custom && dataset ? checkBriefingReferences(custom, dataset) : []), [custom, dataset]);
  const held = useMemo<HeldBriefing | null>(() => {
    if (unreadable) return { kind: 'unreadable', problems: unreadable.problems, exportText: exportableText(unreadable.text) };
    if (custom && mismatch.length > 0) return { kind: 'mismatch', problems: mismatch, exportText: `${JSON.stringify(custom, null, 2)}\n` };
    return null;
  }, [unreadable, custom, mismatch]);
  const usable = custom !== null && held === null && dataset !== undefined;
  const query = useQuery({ ...defaultBriefingQuery(), enabled: needed && status === 'ready' && !usable && (custom === null || dataset !== undefined) });
  if (status === 'error') {
    return { briefing: undefined, origin: 'shipped', status: 'error', error: new Error(`Your briefing could not be read: ${loadError ?? 'unknown error'}`), retry: reloaded, held };
  }
  // Until the browser's copy has been read (and, for the user's own, the dataset is there to check it against), which
  // briefing is in use is not known yet.
  if (status === 'pending' || (custom !== null && dataset === undefined)) {
    return { briefing: undefined, origin: 'shipped', status: 'pending', error: null, retry: noop, held };
  }
  if (usable) return { briefing: custom, origin: 'yours', status: 'success', error: null, retry: noop, held };
  return { briefing: query.data, origin: 'shipped', status: query.status, error: query.error, retry: () => void query.refetch(), held };
}

/** The view on screen, for saving it as a slide. */
export function useCurrentView(): View {
  return useAtlasStore(useShallow(viewOf));
}
