import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { resetStore } from '../state/store';

afterEach(() => {
  cleanup();
  resetStore();
  window.history.replaceState(null, '', '/');
});
