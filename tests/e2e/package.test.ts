import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/runCli.js';

// What matters about the package, checked without any registry or npm cache: a fresh clone's
// tests may run offline and with an empty cache (`npm install -g --offline` once failed for a
// dependency the cache did not hold). The tarball is extracted as `npm install -g` would lay it
// out, and given the runtime dependencies the clone already has installed.

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; bin: Record<string, string>; dependencies: Record<string, string> };
const work = mkdtempSync(join(tmpdir(), 'milestones-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * npm, quietly and offline (packing a local folder needs neither the registry nor the cache);
 * `--ignore-scripts` packs the dist/ that `npm test` just built instead of rebuilding it under
 * running tests.
 */
function npm(args: readonly string[], cwd = ROOT): string {
  return execFileSync('npm', [...args, '--offline', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8' });
}

/**
 * The top-level packages of the project's production install (package-lock.json, dev-only ones
 * left out, optional ones for other platforms absent from node_modules): what
 * `npm install --omit=dev` puts beside the package. Nested node_modules come with their parent.
 */
function runtimePackages(): string[] {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };
  return Object.entries(lock.packages)
    .filter(([path, entry]) => /^node_modules\/(@[^/]+\/)?[^/]+$/.test(path) && !entry.dev)
    .map(([path]) => path.slice('node_modules/'.length))
    .filter((name) => existsSync(join(ROOT, 'node_modules', name)));
}

describe('npm pack', () => {
  const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', work])) as { filename: string; files: { path: string }[] }[];
  const files = packed.files.map((f) => f.path);

  it('holds the built CLI, the schemas and the bundled data, and no sources, tests or dev files', () => {
    for (const f of ['bin/milestones.js', 'bin/package.json', 'dist/bundle/milestones.cjs', 'dist/cli/main.js', 'schema/compute.schema.json', 'schema/distance.schema.json', 'fixtures/spx.csv', 'fixtures/SOURCES.md', 'package.json', 'README.md']) {
      expect(files, f).toContain(f);
    }
    const unexpected = files.filter((f) => !/^(bin\/[^/]+\.js|bin\/package\.json|dist\/.+\.c?js|schema\/[^/]+\.schema\.json|fixtures\/(spx|dji|ixic|rut|vix)\.csv|fixtures\/SOURCES\.md|package\.json|README\.md|LICENSE)$/.test(f));
    expect(unexpected).toEqual([]);
  });

  it('imports only runtime dependencies and node built-ins from the built code', () => {
    const allowed = new Set([...Object.keys(pkg.dependencies), ...builtinModules]);
    for (const f of files.filter((p) => /\.c?js$/.test(p))) {
      const text = readFileSync(join(ROOT, f), 'utf8');
      // tsc writes 'single' quotes, the bundler "double" ones and require() for CommonJS.
      for (const [, , spec] of text.matchAll(/(?:^\s*(?:import|export)\b[^'"\n]*\bfrom\s*|^\s*import\s*|\b(?:import|require)\s*\(\s*)(['"])([^'".\s][^'"\s]*)\1/gm)) {
        const name = spec.replace(/^node:/, '').split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/');
        expect(allowed.has(name), `${f} imports ${spec}`).toBe(true);
      }
    }
  });

  it('carries no install script: npm 11 warns of any a tarball carries ("not yet covered by allowScripts"), prepare included', () => {
    const manifest = JSON.parse(execFileSync('tar', ['-xzOf', join(work, packed.filename), 'package/package.json'], { encoding: 'utf8' })) as { scripts?: Record<string, string> };
    expect(Object.keys(manifest.scripts ?? {}).filter((name) => ['preinstall', 'install', 'postinstall', 'prepare'].includes(name))).toEqual([]);
    expect(files, 'node-gyp would add an install script').not.toContain('binding.gyp');
  });

  it('runs, unpacked from the tarball with only the runtime dependencies, the README example from another directory', () => {
    // The layout of `npm install -g --prefix PREFIX milestones-x.y.z.tgz`, without npm.
    const prefix = join(work, 'prefix');
    const installed = join(prefix, 'lib', 'node_modules', 'milestones');
    mkdirSync(installed, { recursive: true });
    execFileSync('tar', ['-xzf', join(work, packed.filename), '-C', installed, '--strip-components=1']);
    expect(readdirSync(installed).sort()).toEqual(['README.md', 'bin', 'dist', 'fixtures', 'package.json', 'schema', ...(files.includes('LICENSE') ? ['LICENSE'] : [])].sort());
    // The packed package.json is the project's: same version, dependencies and bin.
    const packedPkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as typeof pkg;
    expect(packedPkg.version).toBe(pkg.version);
    expect(packedPkg.dependencies).toEqual(pkg.dependencies);
    expect(packedPkg.bin).toEqual({ milestones: 'bin/milestones.js' });
    expect(statSync(join(installed, packedPkg.bin.milestones)).mode & 0o111, 'the bin is executable in the tarball').not.toBe(0);

    // The runtime dependencies, as installed in the clone (symlinked: no copy, no registry).
    const runtime = runtimePackages();
    for (const dep of Object.keys(pkg.dependencies)) expect(runtime, `${dep} installed in the clone`).toContain(dep);
    expect(runtime, 'no dev dependency beside the package').not.toContain('vitest');
    for (const name of runtime) {
      const link = join(installed, 'node_modules', name);
      mkdirSync(dirname(link), { recursive: true });
      symlinkSync(join(ROOT, 'node_modules', name), link, 'dir');
    }
    // What npm links into PREFIX/bin.
    mkdirSync(join(prefix, 'bin'));
    const bin = join(prefix, 'bin', 'milestones');
    symlinkSync(join('..', 'lib', 'node_modules', 'milestones', packedPkg.bin.milestones), bin);

    const elsewhere = mkdtempSync(join(work, 'cwd-'));
    const run = (args: string[]) => spawnSync(bin, args, { cwd: elsewhere, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(run(['--version']).stdout).toBe(`${pkg.version}\n`);
    const r = run(['compute', '--sample', '--as-of', '2026-01-28', '--target', '7000']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^S&P 500 \(SPX\) {2}24,635 sessions, 1927-12-30 to 2026-01-28 {2}fixtures\/spx\.csv\n/);
    expect(r.stdout).toContain('│ 2,000 │ 2014-08-26 │ 2,000.02 │   4,168 │');
    expect(run(['check', '--sample', '--as-of', '2026-01-28', '--touched', '7000']).status).toBe(0);
  });
});
