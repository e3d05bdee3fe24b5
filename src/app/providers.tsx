import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { DatasetProvider } from '../state/dataset-context';

export function Providers({ client, children }: { client: QueryClient; children: ReactNode }) {
  return (
    <QueryClientProvider client={client}>
      <DatasetProvider>{children}</DatasetProvider>
    </QueryClientProvider>
  );
}
