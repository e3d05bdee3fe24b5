import { useRef, useState } from 'react';
import { isCancelledError, useQueryClient } from '@tanstack/react-query';
import { datasetQuery, forgetOpenedFile, registerOpenedFile, type DatasetRef } from '../../data/queries';
import { DatasetLoadError } from '../../data/load-dataset';
import type { Problem } from '../../data/validate';
import { useActions, useDatasetRef } from '../../state/selectors';
import { describeFailure } from './open-text';
import { setOpenProgress } from './open-progress';

export type OpenOutcome =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string }
  | { kind: 'opened'; name: string; summary: string }
  | { kind: 'cancelled'; name: string }
  | { kind: 'bundled'; name: string }
  | { kind: 'failed'; name: string; message: string; problems: Problem[]; total: number; stopped: boolean };

const isAbort = (error: unknown) => isCancelledError(error) || (error instanceof DOMException && error.name === 'AbortError');

/**
 * Opens a dataset file the user chose. It is read and validated off the main thread exactly as the bundled one would
 * be; only a valid file replaces the dataset in use, so a bad file leaves the current dataset (and the user's view) in
 * place. The file being read can be cancelled, and the bundled dataset restored at any time.
 */
export function useOpenDataset() {
  const client = useQueryClient();
  const { datasetOpened } = useActions();
  const inUse = useDatasetRef();
  const [outcome, setOutcome] = useState<OpenOutcome>({ kind: 'idle' });
  const reading = useRef<DatasetRef | null>(null);

  const stop = (ref: DatasetRef) => {
    void client.cancelQueries({ queryKey: datasetQuery(ref).queryKey });
    client.removeQueries({ queryKey: datasetQuery(ref).queryKey });
    forgetOpenedFile(ref);
  };

  const open = async (file: File) => {
    if (reading.current) stop(reading.current);
    const ref = registerOpenedFile(file, setOpenProgress);
    reading.current = ref;
    setOpenProgress(null);
    setOutcome({ kind: 'reading', name: file.name });
    try {
      const dataset = await client.fetchQuery(datasetQuery(ref));
      if (reading.current !== ref) return;
      // The file opened before this one is no longer needed.
      if (inUse.kind === 'file') stop(inUse);
      datasetOpened(ref);
      setOutcome({
        kind: 'opened',
        name: file.name,
        summary: `${formatCount(dataset.entities.length, 'state')}, ${formatCount(dataset.events.length, 'event')}, ${formatCount(dataset.corridors.length, 'corridor')}`,
      });
    } catch (error) {
      if (reading.current !== ref) return;
      stop(ref);
      if (isAbort(error)) setOutcome({ kind: 'cancelled', name: file.name });
      else if (error instanceof DatasetLoadError) {
        setOutcome({ kind: 'failed', name: file.name, message: describeFailure(error), problems: error.problems, total: error.total, stopped: error.stopped });
      } else {
        setOutcome({ kind: 'failed', name: file.name, message: error instanceof Error ? error.message : String(error), problems: [], total: 0, stopped: false });
      }
    } finally {
      if (reading.current === ref) reading.current = null;
    }
  };

  const cancel = () => {
    const ref = reading.current;
    if (!ref) return;
    reading.current = null;
    stop(ref);
    setOutcome({ kind: 'cancelled', name: ref.kind === 'file' ? ref.name : '' });
  };

  /** Back to the dataset the atlas ships with; the opened file is let go. */
  const backToBundled = () => {
    if (inUse.kind !== 'file') return;
    datasetOpened({ kind: 'bundled' });
    stop(inUse);
    setOutcome({ kind: 'bundled', name: inUse.name });
  };

  return { outcome, open, cancel, backToBundled, dismiss: () => setOutcome({ kind: 'idle' }) };
}

function formatCount(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
