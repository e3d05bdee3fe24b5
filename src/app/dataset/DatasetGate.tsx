import type { ReactNode } from 'react';
import { DatasetLoadError } from '../../data/load-dataset';
import { useDatasetQuery } from '../../state/hooks';
import { useLoadedDataset } from '../../state/dataset-context';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { describeFailure } from './open-text';

/** Shows the views only once the dataset has loaded and parsed; otherwise a loading state or an alert. */
export function DatasetGate({ children }: { children: ReactNode }) {
  const query = useDatasetQuery();
  const dataset = useLoadedDataset();
  if (query.isPending) return <LoadingState label="Loading the dataset…" />;
  if (query.isError) {
    const error = query.error;
    const isLoadError = error instanceof DatasetLoadError;
    return (
      <div className="gate-error">
        <ErrorState
          title={isLoadError ? `Could not load the dataset ${error.file}` : 'Could not load the dataset'}
          summary={
            <>
              {isLoadError ? describeFailure(error) : error.message} You can retry, or open another dataset file with
              “Open dataset…”.
            </>
          }
          problems={isLoadError ? error.problems : []}
          total={isLoadError ? error.total : 0}
          stopped={isLoadError && error.stopped}
          onRetry={() => void query.refetch()}
        />
      </div>
    );
  }
  // The views read the dataset from DatasetProvider, which follows the same query.
  return dataset ? <>{children}</> : <LoadingState label="Loading the dataset…" />;
}
