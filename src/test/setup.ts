import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { resetStore } from '../state/store';

afterEach(() => {
  // Unmount first: a store reset under mounted views would re-render them outside act().
  // Pure modules may run in the node environment, where there is no DOM to clean.
  if (typeof window !== 'undefined') {
    cleanup();
    window.history.replaceState(null, '', '/');
  }
  resetStore();
});
