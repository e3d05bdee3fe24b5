import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { resetStore } from '../state/store';

afterEach(() => {
  resetStore();
  // Pure modules may run in the node environment, where there is no DOM to clean.
  if (typeof window === 'undefined') return;
  cleanup();
  window.history.replaceState(null, '', '/');
});
