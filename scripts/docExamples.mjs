// The examples of README.md and docs/*.md: every ```console block is `$ command` lines, each followed
// by what it prints on stdout. tests/e2e/docExamples.test.ts runs them and compares; run this file
// (`npm run docs:examples`) to write the output of the current build into the pages.
//
// A command runs as a user runs it: through `sh` from the project root, `milestones` on the PATH (the
// built bin), stdout not a terminal (so tables fit 80 columns), no colour, stderr not shown unless the
// command line sends it to stdout (`2>&1`).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** README.md and every page of docs/, as paths relative to the root. */
export function pages() {
  return ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
}

const BLOCK = /```console\n([\s\S]*?)```/g;

/** Each example of a page: `{ command, expected }`, in order. */
export function examplesOf(text) {
  const examples = [];
  for (const [, body] of text.matchAll(BLOCK)) {
    for (const part of body.split(/^(?=\$ )/m)) {
      const newline = part.indexOf('\n');
      examples.push({ command: part.slice(2, newline), expected: part.slice(newline + 1) });
    }
  }
  return examples;
}

let pathDir;

/** What `command` prints on stdout, run as described above. */
export function run(command) {
  if (pathDir === undefined) {
    pathDir = mkdtempSync(join(tmpdir(), 'milestones-docs-'));
    symlinkSync(join(ROOT, 'bin/milestones.js'), join(pathDir, 'milestones'));
  }
  const env = { ...process.env, PATH: [pathDir, dirname(process.execPath), process.env.PATH].join(delimiter), NO_COLOR: '1' };
  for (const key of ['FORCE_COLOR', 'COLUMNS', 'MILESTONES_TODAY']) delete env[key];
  const r = spawnSync('sh', ['-c', command], { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 1 << 26 });
  return r.stdout;
}

/** The page with every example's output replaced by what the current build prints. */
export function refreshed(text) {
  return text.replace(BLOCK, (_, body) => {
    const parts = body.split(/^(?=\$ )/m).map((part) => {
      const command = part.slice(2, part.indexOf('\n'));
      return `$ ${command}\n${run(command)}`;
    });
    return `\`\`\`console\n${parts.join('')}\`\`\``;
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const page of pages()) {
    const path = join(ROOT, page);
    const text = readFileSync(path, 'utf8');
    const next = refreshed(text);
    if (next !== text) {
      writeFileSync(path, next);
      console.log(`updated ${page}`);
    }
  }
}
