import type { IncomingMessage, Server, ServerResponse } from 'node:http';

export declare const STRICT_CSP: string;
export declare function normaliseBase(base: string): string;
export declare function staticHandler(options: { dir: string; base?: string; csp?: string }): (req: IncomingMessage, res: ServerResponse) => void;
export declare function serveStatic(options?: {
  dir?: string;
  base?: string;
  port?: number;
  host?: string;
  csp?: string;
}): Promise<{ server: Server; url: string }>;
