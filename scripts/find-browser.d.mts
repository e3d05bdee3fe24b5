export declare function findBrowser(): { path: string; kind: string };
