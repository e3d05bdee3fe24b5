/**
 * `npm ci` installs only from the lockfile, and refuses when it is out of step with package.json. npm run on one
 * platform can leave out the optional packages meant for others (the native bindings of a resolver, say): the lockfile
 * then installs here but `npm ci` fails on a clean clone, and macOS or Windows get a different tree. These checks read
 * the committed lockfile as `npm ci` would.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface LockedPackage {
  version?: string;
  optionalDependencies?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  lockfileVersion: number;
  packages: Record<string, LockedPackage>;
};
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** Where npm would find `name` when required from the package installed at `from` (node_modules lookup, upwards). */
function resolves(from: string, name: string): boolean {
  let base = from;
  for (;;) {
    if (lock.packages[`${base ? `${base}/` : ''}node_modules/${name}`]) return true;
    if (!base) return false;
    const at = base.lastIndexOf('node_modules/');
    base = at <= 0 ? '' : base.slice(0, at - 1);
  }
}

describe('the committed lockfile', () => {
  it('is a lockfile npm ci can read (version 3)', () => {
    expect(lock.lockfileVersion).toBe(3);
  });

  it('pins exactly the versions package.json names', () => {
    const root = lock.packages[''];
    expect(root?.dependencies).toEqual(manifest.dependencies);
    expect(root?.devDependencies).toEqual(manifest.devDependencies);
    for (const [name, version] of Object.entries({ ...manifest.dependencies, ...manifest.devDependencies })) {
      expect(lock.packages[`node_modules/${name}`]?.version, name).toBe(version);
    }
  });

  it("records every platform's optional packages, not only this machine's", () => {
    const missing: string[] = [];
    for (const [path, entry] of Object.entries(lock.packages)) {
      for (const name of Object.keys(entry.optionalDependencies ?? {})) {
        if (!resolves(path, name)) missing.push(`${name} (optional for ${path || 'the project'})`);
      }
    }
    expect(missing).toEqual([]);
  });
});
