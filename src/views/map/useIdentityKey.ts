import { useState } from 'react';

/**
 * A number that changes whenever `value` is a different object: the `key` that makes a Leaflet layer whose data is
 * read once be created afresh (for instance when another dataset is opened).
 */
export function useIdentityKey(value: object): number {
  const [seen, setSeen] = useState({ value, key: 0 });
  if (seen.value !== value) {
    setSeen({ value, key: seen.key + 1 });
    return seen.key + 1;
  }
  return seen.key;
}
