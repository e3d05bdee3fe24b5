import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { datasetQuery, forgetOpenedFile, registerOpenedFile } from '../../data/queries';
import { DatasetLoadError } from '../../data/load-dataset';
import type { Problem } from '../../data/validate';
import { useActions } from '../../state/selectors';

export type OpenOutcome =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string }
  | { kind: 'opened'; name: string; summary: string }
  | { kind: 'failed'; name: string; message: string; problems: Problem[] };

/**
 * Opens a dataset file the user chose. It is validated exactly as the bundled one; only a valid file replaces the
 * dataset in use, so a bad file leaves the current dataset (and the user's view) in place.
 */
export function useOpenDataset() {
  const client = useQueryClient();
  const { datasetOpened } = useActions();
  const [outcome, setOutcome] = useState<OpenOutcome>({ kind: 'idle' });

  const open = async (file: File) => {
    const ref = registerOpenedFile(file);
    setOutcome({ kind: 'reading', name: file.name });
    try {
      const dataset = await client.fetchQuery(datasetQuery(ref));
      datasetOpened(ref);
      setOutcome({
        kind: 'opened',
        name: file.name,
        summary: `${dataset.entities.length} states, ${dataset.events.length} events, ${dataset.corridors.length} corridors`,
      });
    } catch (error) {
      client.removeQueries({ queryKey: datasetQuery(ref).queryKey });
      forgetOpenedFile(ref);
      setOutcome(
        error instanceof DatasetLoadError
          ? { kind: 'failed', name: file.name, message: describeFailure(error), problems: error.problems }
          : { kind: 'failed', name: file.name, message: error instanceof Error ? error.message : String(error), problems: [] },
      );
    }
  };

  return { outcome, open, dismiss: () => setOutcome({ kind: 'idle' }) };
}

export function describeFailure(error: DatasetLoadError): string {
  switch (error.failure) {
    case 'network':
      return `${error.file} could not be fetched.`;
    case 'json':
      return `${error.file} is not valid JSON.`;
    case 'schema':
      return `${error.file} does not match the atlas's dataset format (${error.problems.length} ${error.problems.length === 1 ? 'problem' : 'problems'}).`;
  }
}
