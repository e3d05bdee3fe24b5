import { useCallback, useSyncExternalStore } from 'react';

function subscribe(onChange: () => void) {
  document.addEventListener('fullscreenchange', onChange);
  return () => document.removeEventListener('fullscreenchange', onChange);
}

/** Full screen for the whole page: whether it is on, whether the browser allows it here, and a toggle. */
export function useFullscreen() {
  const active = useSyncExternalStore(subscribe, () => document.fullscreenElement != null, () => false);
  const available = typeof document !== 'undefined' && document.fullscreenEnabled === true;
  const toggle = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    else if (document.fullscreenEnabled) void document.documentElement.requestFullscreen().catch(() => {});
  }, []);
  return { active, available, toggle };
}
