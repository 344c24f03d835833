import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/runCli.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; dependencies: Record<string, string> };
const work = mkdtempSync(join(tmpdir(), 'milestones-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** npm, quietly; `--ignore-scripts` packs the dist/ that `npm test` just built instead of rebuilding it under running tests. */
function npm(args: readonly string[], cwd = ROOT): string {
  return execFileSync('npm', [...args, '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8' });
}

describe('npm pack', () => {
  const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', work])) as { filename: string; files: { path: string }[] }[];
  const files = packed.files.map((f) => f.path);

  it('holds the built CLI, the schemas and the bundled data, and no sources, tests or dev files', () => {
    for (const f of ['bin/milestones.js', 'bin/package.json', 'dist/bundle/milestones.cjs', 'dist/cli/main.js', 'dist/wasm/parseRows.wasm', 'schema/compute.schema.json', 'schema/distance.schema.json', 'fixtures/spx.csv', 'fixtures/SOURCES.md', 'package.json', 'README.md']) {
      expect(files, f).toContain(f);
    }
    const unexpected = files.filter((f) => !/^(bin\/[^/]+\.js|bin\/package\.json|dist\/.+\.c?js|dist\/wasm\/parseRows\.wasm|schema\/[^/]+\.schema\.json|fixtures\/(spx|dji|ixic|rut|vix)\.csv|fixtures\/SOURCES\.md|package\.json|README\.md|LICENSE)$/.test(f));
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

  it('installs globally from the tarball and runs the README example from another directory', () => {
    const prefix = join(work, 'prefix');
    // --offline: the runtime dependencies come from npm's cache, filled by `npm ci`.
    npm(['install', '-g', '--offline', '--prefix', prefix, join(work, packed.filename)], work);
    const elsewhere = mkdtempSync(join(work, 'cwd-'));
    const bin = join(prefix, 'bin', 'milestones');
    const run = (args: string[]) => spawnSync(bin, args, { cwd: elsewhere, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(run(['--version']).stdout).toBe(`${pkg.version}\n`);
    const r = run(['compute', '--sample', '--as-of', '2026-01-28', '--target', '7000']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^SPX {2}24,635 sessions, 1927-12-30 to 2026-01-28 {2}fixtures\/spx\.csv\n/);
    expect(r.stdout).toContain('│ 2,000 │ 2014-08-26  │ 2,000.02 │        4,168 │');
    expect(run(['check', '--sample', '--as-of', '2026-01-28', '--touched', '7000']).status).toBe(0);
    const installed = join(prefix, 'lib', 'node_modules', 'milestones');
    expect(readdirSync(join(installed, 'node_modules')), 'no dev dependency installed').not.toContain('vitest');
  });
});
