/**
 * Leaflet 1.9 leaves some of its work scheduled when a map is removed: a zoom animation finishes on a 250 ms timer
 * (and on its transition's end), the wheel zooms on a 40 ms timer, a pinch moves the map on the next frame. Each of
 * them then reads the removed map's panes and throws (`Cannot read properties of undefined (reading '_leaflet_pos')`).
 * A briefing that steps from a slide whose map is zooming to one without a map removes it mid-animation. Before the
 * map is removed, `endScheduledWork` cancels what is still scheduled, so none of it runs on a map that is gone.
 */
import type { Map as LeafletMap } from 'leaflet';

/** The parts of Leaflet's map that hold its scheduled work (not in its typings). */
interface ScheduledWork {
  _animatingZoom?: boolean;
  _mapPane?: HTMLElement;
  scrollWheelZoom?: { _timer?: ReturnType<typeof setTimeout> };
  touchZoom?: { _animRequest?: number };
}

export function endScheduledWork(map: LeafletMap): void {
  const work = map as unknown as ScheduledWork;
  if (work._animatingZoom) {
    // The animation's end (timer or transition) returns at once when the map is no longer animating its zoom.
    work._animatingZoom = false;
    work._mapPane?.classList.remove('leaflet-zoom-anim');
  }
  if (work.scrollWheelZoom?._timer !== undefined) clearTimeout(work.scrollWheelZoom._timer);
  if (work.touchZoom?._animRequest !== undefined) cancelAnimationFrame(work.touchZoom._animRequest);
  // (A pan's animation and a fly's frames are stopped by `remove()` itself.)
}
