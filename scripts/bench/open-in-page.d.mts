export declare function watchMainThread(): void;
export declare function stopWatching(): { tasks: number[]; gaps: number[]; heap: number };
