import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, loadConfigFromFile, type Logger } from 'vite';
import { describe, expect, it } from 'vitest';

/** A Vite logger that keeps its warnings and errors. */
function recordingLogger(): { logger: Logger; said: string[] } {
  const said: string[] = [];
  const logger = createLogger('warn', { allowClearScreen: false });
  logger.warn = (message) => void said.push(message);
  logger.warnOnce = (message) => void said.push(message);
  logger.error = (message) => void said.push(message);
  return { logger, said };
}

describe('starting the atlas', () => {
  it.each(['vite.config.ts', 'vite.single.config.ts'])('%s loads with no warning', async (file) => {
    const { logger, said } = recordingLogger();
    const loaded = await loadConfigFromFile({ command: 'build', mode: 'production' }, file, undefined, 'warn', logger);
    expect(loaded?.config.plugins?.length).toBeGreaterThan(0);
    expect(said).toEqual([]);
  });

  it('npm start says it is building, then prints the address and how to stop, and nothing else', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'ots-start-'));
    const child = spawn(process.execPath, ['scripts/start.mjs', '--outDir', outDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    try {
      await new Promise<void>((resolve, reject) => {
        const take = (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes('Press Ctrl+C to stop.')) resolve();
        };
        child.stdout.on('data', take);
        child.stderr.on('data', take);
        child.on('exit', (code) => reject(new Error(`npm start exited (${code}) before serving:\n${output}`)));
      });
    } finally {
      child.kill();
      rmSync(outDir, { recursive: true, force: true });
    }
    // eslint-disable-next-line no-control-regex
    const lines = output.replace(/\x1b\[[0-9;]*m/g, '').trim().split('\n').map((line) => line.trim());
    expect(lines[0]).toBe('Building the atlas…');
    expect(lines[1]).toBe('The OTS Atlas is served at:');
    expect(lines[2]).toMatch(/^➜ {2}Local: {3}http:\/\/localhost:\d+\/$/);
    expect(lines.at(-1)).toBe('Press Ctrl+C to stop.');
    expect(lines.length).toBeLessThanOrEqual(5);
  }, 180_000);
});
