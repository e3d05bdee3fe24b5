export interface Point {
  x: number;
  y: number;
}
/** All must hold for a view to count as updated: the element exists and, if given, its text or value matches. */
export interface Check {
  selector: string;
  text?: string;
  includes?: string;
  value?: string;
}
export interface LoadMarks {
  landDrawn: string;
  mapDrawn: string;
  ready: string;
  allDrawn: string;
}
export interface LoadFigures {
  fcp: number | null;
  landDrawn: number | null;
  mapDrawn: number | null;
  ready: number | null;
  allDrawn: number | null;
  bytes: { js: number; css: number; data: number; other: number };
}
export declare function freePointScript(selector: string): Point | null;
export declare function pointOnLineScript(selector: string): Point | null;
export declare function armUpdateTiming(checks: Check[]): void;
export declare function updateTiming(): Promise<number | string>;
export declare function loadFigures(marks: LoadMarks): LoadFigures;
