export declare const SHOTS: { file: string; query: string; width: number; height: number; alt: string }[];
