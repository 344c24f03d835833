#!/usr/bin/env node
// `npm run bench`: the performance goals of issue 12, measured. A benchmark, not a test: CI does not
// run it and no test asserts a time. It runs only the bin (as installed: its shebang carries the node
// options), so it keeps working whatever the product's internals become.
//
// Workloads, generated once into .bench-cache/ (gitignored) by ../shared/bench/gen.py: 500 x 10,000
// (5 M rows, 287 MB, grouped by symbol), the same rows sorted by date, 100 x 10,000 (1 M rows) and
// the first 500,000 rows of that. Peers: pandas_ref.py under /usr/bin/python3, polars_ref.py and
// duckdb_ref.py under BENCH_PEERS_PYTHON; a peer that is not installed is skipped with a line saying so.
//
// Every job runs once a round, BENCH_RUNS rounds, all of them alternating within a round, so that each
// ratio compares runs made under the same load; figures are medians (peak RSS: the highest, from
// /usr/bin/time -f %M). A job that times out (BENCH_TIMEOUT) is recorded as `timeout` and not run again.
// The goals (ok/NO lines at the end), on the 5 M file, `--step 100`:
//   - compute --format csv|json|ndjson|table|markdown, compute --context --format json, compare --format
//     csv, drawdowns --format csv, and compute --format csv from standard input: wall time at most
//     0.5x pandas_ref.py's (0.25x for compute csv, from a file or stdin, and markdown; TIME_GOALS below),
//     and faster than the fastest peer; peak RSS at most 150 MB, on the file grouped by symbol and on the
//     one sorted by date (time goals are judged on the grouped file; the table shows both);
//   - the table format at most 2x the CSV time;
//   - marginal per-row cost beyond the first 500,000 rows within 15% at 1 M and 5 M rows (the
//     1 M run and the 500,000-row run in back-to-back pairs); compute fixtures/spx.csv within 3x
//     `node -e ""`;
//   - correctness (job `agree`): every symbol's last date, last close, percent from the record close, confirmed
//     milestones and sum of gaps as pandas (from the CSV outputs of compute and compare); compute,
//     compare and drawdowns CSV identical on both layouts; stdin the same bytes as the file.
//
// Environment:
//   BENCH_RUNS=5             rounds (develop with 1)
//   BENCH_ONLY=a,b           only these jobs (`*` matches anything: 'compute.*', '*@bydate');
//                            BENCH_ONLY=list prints the names
//   BENCH_BIN=path           the bin to measure (default bin/milestones.js), e.g. another worktree's
//                            bin/milestones.js, to compare builds with and without a change
//   BENCH_TIMEOUT=180        seconds before a command is killed and recorded as `timeout`
//   BENCH_PEERS_PYTHON=path  the Python with polars and duckdb (default /tmp/peers/bin/python if present)
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CACHE = `${ROOT}.bench-cache/`;
const OUT = `${CACHE}out/`;
const SHARED = `${ROOT}../shared/bench/`;
const BIN = process.env.BENCH_BIN ? resolve(process.env.BENCH_BIN) : `${ROOT}bin/milestones.js`;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TIMEOUT_S = Number(process.env.BENCH_TIMEOUT ?? 180);
const PEERS_PYTHON = process.env.BENCH_PEERS_PYTHON ?? (existsSync('/tmp/peers/bin/python') ? '/tmp/peers/bin/python' : null);
const ONLY = process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(',').map((s) => s.trim()).filter(Boolean) : null;
const STEP = '100';
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const RSS_GOAL_MB = 150;

const log = (s = '') => process.stdout.write(`${s}\n`);
const die = (message) => {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(2);
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
/** A percentage as the machine formats write it (4 places), `-0.0000` as `0.0000`. */
const fixed4 = (x) => x.toFixed(4).replace(/^-(0\.0+)$/, '$1');

/** Generates (once) the long-format workload of SYMBOLS × DAYS rows; `byDate` re-sorts it by date. */
function workload(symbols, days, byDate = false) {
  mkdirSync(CACHE, { recursive: true });
  const grouped = `${CACHE}market-${symbols}x${days}.csv`;
  if (!existsSync(grouped)) {
    log(`generating ${grouped} (gen.py ${symbols} ${days}) ...`);
    const r = spawnSync('sh', ['-c', `python3 "${SHARED}gen.py" ${symbols} ${days} > "${grouped}.tmp"`], { stdio: 'inherit' });
    if (r.status !== 0) die('gen.py failed');
    renameSync(`${grouped}.tmp`, grouped);
  }
  if (!byDate) return grouped;
  const sorted = `${CACHE}market-${symbols}x${days}-bydate.csv`;
  if (!existsSync(sorted)) {
    log(`sorting ${grouped} by date ...`);
    const cmd = `(head -1 "${grouped}"; tail -n +2 "${grouped}" | LC_ALL=C sort -s -t, -k1,1 -S 512M) > "${sorted}.tmp"`;
    if (spawnSync('sh', ['-c', cmd], { stdio: 'inherit' }).status !== 0) die('sort failed');
    renameSync(`${sorted}.tmp`, sorted);
  }
  return sorted;
}

// The process group of the command running now: killed on timeout, and if the bench is interrupted.
let running = null;
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    if (running) try { process.kill(-running, 'SIGKILL'); } catch {}
    process.exit(130);
  });
}

/**
 * Runs a command once: wall seconds (measured here, finer than time's 10 ms), peak RSS (MB) and CPU
 * seconds (user + system, every thread) from /usr/bin/time. stdin: a file opened as standard input;
 * out: a file for standard output (else /dev/null); pipe: standard output returned as a string.
 * Returns { status: 'ok' | 'timeout' | 'failed', ... }.
 */
function measure(argv, { env = {}, stdin = null, out = null, pipe = false } = {}) {
  const full = TIME ? [TIME, '-f', '@@%e %M %U %S', ...argv] : argv;
  const inFd = stdin ? openSync(stdin, 'r') : 'ignore';
  const outFd = out ? openSync(out, 'w') : pipe ? 'pipe' : 'ignore';
  return new Promise((done) => {
    const t0 = performance.now();
    // Its own process group (detached), so that a timeout kills the command and not only time(1).
    const child = spawn(full[0], full.slice(1), { env: { ...process.env, ...env }, stdio: [inFd, outFd, 'pipe'], detached: true });
    running = child.pid;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try { process.kill(-child.pid, 'SIGKILL'); } catch {}
    }, TIMEOUT_S * 1000);
    const stdout = [];
    const stderr = [];
    child.stdout?.on('data', (b) => stdout.push(b));
    child.stderr.on('data', (b) => stderr.push(b));
    const finish = (code, error) => {
      const wall = (performance.now() - t0) / 1000;
      clearTimeout(timer);
      running = null;
      if (typeof inFd === 'number') closeSync(inFd);
      if (typeof outFd === 'number') closeSync(outFd);
      const err = Buffer.concat(stderr).toString('utf8');
      if (timedOut) return done({ status: 'timeout' });
      const m = /@@([\d.]+) (\d+) ([\d.]+) ([\d.]+)\s*$/.exec(err);
      if (error || code !== 0) {
        const why = error ? error.message : `exit ${code}`;
        return done({ status: 'failed', error: `${argv.join(' ')}: ${why}: ${err.replace(/@@.*\s*$/, '').trim().split('\n').slice(-3).join(' | ').slice(0, 400)}` });
      }
      done({ status: 'ok', wall, rssMb: m ? Number(m[2]) / 1024 : NaN, cpu: m ? Number(m[3]) + Number(m[4]) : NaN, stdout: pipe ? Buffer.concat(stdout).toString('utf8') : undefined });
    };
    child.on('error', (e) => finish(null, e));
    child.on('close', (code) => finish(code));
  });
}

// ---------------------------------------------------------------------------------------------
// Workloads and peers

const m1 = workload(100, 10000);
const m5 = workload(500, 10000);
const m5d = workload(500, 10000, true);
// The first 500,000 rows of the 1 M file: what a run costs before its rows do (start-up, module
// loading, and V8 optimising the scanner and the writer). Per-row cost is then the marginal cost:
// (wall - this) / (rows - 500,000).
const HEAD_ROWS = 500000;
const head = `${CACHE}market-100x10000-head${HEAD_ROWS}.csv`;
if (!existsSync(head)) spawnSync('sh', ['-c', `head -${HEAD_ROWS + 1} "${m1}" > "${head}"`]);
mkdirSync(OUT, { recursive: true });

const version = spawnSync(BIN, ['--version'], { encoding: 'utf8' });
if (version.status !== 0) die(`${BIN} --version failed (${version.error?.message ?? version.stderr}): run \`npm run build\` first, or give BENCH_BIN an executable bin`);

const canImport = (python, module) => python && spawnSync(python, ['-c', `import ${module}`], { stdio: 'ignore' }).status === 0;
const PEERS = {
  pandas: canImport('/usr/bin/python3', 'pandas') ? (file) => ['/usr/bin/python3', `${SHARED}pandas_ref.py`, file, STEP] : null,
  polars: canImport(PEERS_PYTHON, 'polars') ? (file) => [PEERS_PYTHON, `${SHARED}polars_ref.py`, file, STEP] : null,
  duckdb: canImport(PEERS_PYTHON, 'duckdb') ? (file) => [PEERS_PYTHON, `${SHARED}duckdb_ref.py`, file, STEP] : null,
};
const PEER_MISSING = {
  pandas: 'pandas_ref.py: skipped (no pandas under /usr/bin/python3: apt-get install -y python3-pandas)',
  polars: `polars_ref.py: skipped (no polars under ${PEERS_PYTHON ?? 'BENCH_PEERS_PYTHON (unset, no /tmp/peers/bin/python)'}; see ../shared/bench/README.md)`,
  duckdb: `duckdb_ref.py: skipped (no duckdb under ${PEERS_PYTHON ?? 'BENCH_PEERS_PYTHON (unset, no /tmp/peers/bin/python)'}; see ../shared/bench/README.md)`,
};

// ---------------------------------------------------------------------------------------------
// Jobs

// The commands of the goals: name, arguments (FILE stands for the workload), time goal as a
// fraction of pandas_ref.py's wall time, and whether the file is given as standard input.
const TIME_GOALS = { 'compute.csv': 0.25, 'compute.markdown': 0.25, 'stdin.csv': 0.25 };
const COMMANDS = [
  ['compute.csv', ['compute', 'FILE', '--step', STEP, '--format', 'csv']],
  ['compute.json', ['compute', 'FILE', '--step', STEP, '--format', 'json']],
  ['compute.ndjson', ['compute', 'FILE', '--step', STEP, '--format', 'ndjson']],
  ['compute.table', ['compute', 'FILE', '--step', STEP, '--format', 'table']],
  ['compute.markdown', ['compute', 'FILE', '--step', STEP, '--format', 'markdown']],
  ['compute.context.json', ['compute', 'FILE', '--step', STEP, '--context', '--format', 'json']],
  ['compare.csv', ['compare', 'FILE', '--step', STEP, '--format', 'csv']],
  ['drawdowns.csv', ['drawdowns', 'FILE', '--format', 'csv']],
  // `milestones compute - < file`: the file opened as standard input, no shell or pipe in between.
  ['stdin.csv', ['compute', '-', '--step', STEP, '--format', 'csv'], true],
].map(([name, args, stdin = false]) => ({ name, args, stdin, goal: TIME_GOALS[name] ?? 0.5 }));

const LAYOUTS = [
  { suffix: '', file: m5, label: 'grouped by symbol' },
  { suffix: '@bydate', file: m5d, label: 'sorted by date' },
];
const cmdJob = (c, file, extra = {}) => ({
  argv: [BIN, ...c.args.map((a) => (a === 'FILE' ? file : a))],
  stdin: c.stdin ? file : null,
  input: file,
  ...extra,
});

const NEWLINES = `let n=0;const s=require('fs').createReadStream(process.argv[1]);s.on('data',b=>{let i=-1;while((i=b.indexOf(10,i+1))>=0)n++});s.on('end',()=>console.log(n))`;
const computeCsv = COMMANDS[0];

/** name -> { argv, stdin, input (for MB/s), env, pipe (keep stdout), repeat, then (a job run right after) } */
const jobs = {};
for (const { suffix, file } of LAYOUTS) {
  // Peers spread among the commands: pandas first, Polars in the middle, DuckDB last.
  const peerAt = { 0: 'pandas', 4: 'polars', [COMMANDS.length]: 'duckdb' };
  for (let i = 0; i <= COMMANDS.length; i++) {
    const peer = peerAt[i];
    if (peer && PEERS[peer]) jobs[`${peer}${suffix}`] = { argv: PEERS[peer](file), input: file, pipe: true, peer };
    if (i < COMMANDS.length) jobs[`${COMMANDS[i].name}${suffix}`] = cmdJob(COMMANDS[i], file);
  }
}
jobs.newlines = { argv: ['node', '-e', NEWLINES, m5], input: m5 };
// Short runs are noisy: several of each a round. The per-row comparison rests on the difference of
// the 1 M and 500,000-row runs (a 10 ms error there is 20 ns a row): five pairs a round, each pair
// run back to back, so that both see the same load.
jobs['per-row.1M'] = cmdJob(computeCsv, m1, { repeat: 5, then: 'per-row.500k' });
jobs['per-row.500k'] = cmdJob(computeCsv, head, { paired: true });
jobs.spx = { argv: [BIN, 'compute', `${ROOT}fixtures/spx.csv`], repeat: 3 };
jobs.node = { argv: ['node', '-e', ''], repeat: 3 };
const AGREE = 'agree'; // the correctness checks, after the rounds

const names = [...Object.keys(jobs), AGREE];
if (ONLY?.includes('list')) {
  log(names.join('\n'));
  process.exit(0);
}
const pattern = (p) => new RegExp(`^${p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*')}$`);
const selected = (name) => !ONLY || ONLY.some((p) => pattern(p).test(name));
if (ONLY) {
  const unknown = ONLY.filter((p) => !names.some((n) => pattern(p).test(n)) && !PEER_MISSING[p.replace(/@.*/, '')]);
  if (unknown.length) die(`BENCH_ONLY: no job named ${unknown.join(', ')} (BENCH_ONLY=list prints them)`);
  // A pair runs together.
  if (selected('per-row.500k') && !selected('per-row.1M')) ONLY.push('per-row.1M');
}

// ---------------------------------------------------------------------------------------------
// Rounds

log(`milestones benchmark: ${BIN} (${version.stdout.trim()}), ${RUNS} round(s), medians (peak RSS: the highest; RSS and CPU from ${TIME ?? 'nowhere: no /usr/bin/time'}); timeout ${TIMEOUT_S} s; node ${process.version}; ${availableParallelism()} CPUs, load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
for (const [peer, why] of Object.entries(PEER_MISSING)) if (!PEERS[peer]) log(why);
if (ONLY) log(`BENCH_ONLY: ${[...Object.keys(jobs), AGREE].filter(selected).join(', ')}`);
log();

const results = Object.fromEntries(Object.keys(jobs).map((k) => [k, []]));
const stopped = {}; // name -> 'timeout' | 'failed: ...': not run again
const started = Date.now();
async function run(name) {
  if (stopped[name]) return;
  const job = jobs[name];
  const r = await measure(job.argv, { env: job.env, stdin: job.stdin, pipe: job.pipe });
  if (r.status === 'ok') results[name].push(r);
  else {
    stopped[name] = r.status === 'timeout' ? 'timeout' : `failed: ${r.error}`;
    log(`  ${name}: ${r.status === 'timeout' ? `timeout after ${TIMEOUT_S} s, not run again` : stopped[name]}`);
  }
}
const timed = Object.keys(jobs).some(selected);
for (let round = 1; timed && round <= RUNS; round++) {
  for (const [name, job] of Object.entries(jobs)) {
    if (job.paired || !selected(name)) continue;
    for (let k = job.repeat ?? 1; k > 0; k--) {
      await run(name);
      if (job.then) await run(job.then);
    }
  }
  log(`round ${round} of ${RUNS} done (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}
log();

// ---------------------------------------------------------------------------------------------
// Table

/** The job's summary: { status: 'ok', wall, cpu, rssMb } | { status: 'timeout' | 'failed' } | null (not run). */
function summary(name) {
  if (stopped[name]) return { status: stopped[name].startsWith('timeout') ? 'timeout' : 'failed' };
  const xs = results[name];
  if (!xs?.length) return null;
  return { status: 'ok', wall: median(xs.map((x) => x.wall)), cpu: median(xs.map((x) => x.cpu)), rssMb: Math.max(...xs.map((x) => x.rssMb)) };
}
const S = Object.fromEntries(Object.keys(jobs).map((k) => [k, summary(k)]));
const peerOf = (suffix) => {
  const walls = Object.keys(PEERS).map((p) => [p, S[`${p}${suffix}`]]).filter(([, s]) => s?.status === 'ok');
  const fastest = walls.sort((a, b) => a[1].wall - b[1].wall)[0];
  return { pandas: S[`pandas${suffix}`]?.status === 'ok' ? S[`pandas${suffix}`] : null, fastest: fastest ? { name: fastest[0], ...fastest[1] } : null };
};
const fmt = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : '-');
const mbOf = (f) => statSync(f).size / 1e6;
const W = 30;
if (timed) log(`${'job'.padEnd(W)} ${'wall'.padStart(8)} ${'MB/s'.padStart(6)} ${'peak RSS'.padStart(9)} ${'CPU'.padStart(7)} ${'x pandas'.padStart(9)} ${'x fastest peer'.padStart(20)}`);
for (const name of Object.keys(jobs)) {
  const s = S[name];
  if (!s) continue;
  const job = jobs[name];
  if (s.status !== 'ok') {
    log(`${name.padEnd(W)} ${s.status.padStart(8)}`);
    continue;
  }
  const suffix = name.endsWith('@bydate') ? '@bydate' : '';
  const peers = job.input === m5 || job.input === m5d ? peerOf(suffix) : { pandas: null, fastest: null };
  const short = s.wall < 1;
  log(
    `${name.padEnd(W)} ${`${fmt(s.wall, short ? 3 : 2)} s`.padStart(8)} ${(job.input ? (mbOf(job.input) / s.wall).toFixed(0) : '').padStart(6)} ${`${fmt(s.rssMb, 0)} MB`.padStart(9)} ${`${fmt(s.cpu)} s`.padStart(7)}` +
      ` ${(peers.pandas ? `${fmt(s.wall / peers.pandas.wall, 3)}x` : '').padStart(9)} ${(peers.fastest && !job.peer ? `${fmt(s.wall / peers.fastest.wall, 3)}x ${peers.fastest.name}` : '').padStart(20)}`,
  );
}
if (timed) {
  log('(medians; peak RSS: the highest of the runs; x pandas / x fastest peer: wall time against the peers on the same file)');
  log();
}

// ---------------------------------------------------------------------------------------------
// Goals

const goals = []; // [text, true | false | null (shown, not judged)]
const state = (s) => (s ? s.status : 'not run');

// Time against pandas and against the fastest peer, on the file grouped by symbol.
const { pandas: P5, fastest: F5 } = peerOf('');
for (const c of COMMANDS) {
  const s = S[c.name];
  if (!selected(c.name)) continue;
  if (s?.status !== 'ok') goals.push([`${c.name}: ${state(s)} (goals: <= ${c.goal}x pandas, ahead of every peer)`, false]);
  else {
    goals.push([`${c.name}: ${P5 ? `${fmt(s.wall / P5.wall, 3)}x pandas (goal <= ${c.goal}x)` : 'vs pandas: n/a (pandas not run)'}`, P5 ? s.wall <= c.goal * P5.wall : null]);
    goals.push([`${c.name}: ${F5 ? `${fmt(s.wall / F5.wall, 3)}x the fastest peer, ${F5.name} ${fmt(F5.wall)} s (goal < 1x)` : 'vs peers: n/a (no peer run)'}`, F5 ? s.wall < F5.wall : null]);
  }
}
// Peak RSS, both layouts.
for (const { suffix, label } of LAYOUTS) {
  const these = COMMANDS.map((c) => `${c.name}${suffix}`).filter(selected);
  if (!these.length) continue;
  const over = these.filter((n) => S[n]?.status !== 'ok' || !(S[n].rssMb <= RSS_GOAL_MB));
  const highest = these.filter((n) => S[n]?.status === 'ok').sort((a, b) => S[b].rssMb - S[a].rssMb)[0];
  const detail = over.map((n) => `${n} ${S[n]?.status === 'ok' ? `${fmt(S[n].rssMb, 0)} MB` : state(S[n])}`).join(', ');
  goals.push([`peak RSS, file ${label}: ${these.length - over.length} of ${these.length} commands within ${RSS_GOAL_MB} MB${highest ? ` (highest ${fmt(S[highest].rssMb, 0)} MB, ${highest})` : ''}${over.length ? `; over: ${detail}` : ''}`, over.length === 0]);
}
// The date-sorted file's time, shown.
{
  const { pandas, fastest } = peerOf('@bydate');
  const shown = COMMANDS.map((c) => `${c.name}@bydate`).filter((n) => S[n]?.status === 'ok');
  if (shown.length && pandas) {
    const worst = shown.sort((a, b) => S[b].wall - S[a].wall)[0];
    goals.push([`file sorted by date: slowest ${worst} ${fmt(S[worst].wall / pandas.wall, 3)}x pandas${fastest ? `, ${fmt(S[worst].wall / fastest.wall, 3)}x ${fastest.name}` : ''} on the same file (shown, not judged)`, null]);
  }
}
// Table vs CSV.
if (selected('compute.table') && selected('compute.csv')) {
  const t = S['compute.table'];
  const c = S['compute.csv'];
  if (t?.status === 'ok' && c?.status === 'ok') goals.push([`table format, 500 indexes of 10,000 rows: ${fmt(t.wall / c.wall)}x the CSV time (goal <= 2x)`, t.wall <= 2 * c.wall]);
  else goals.push([`table format vs CSV: table ${state(t)}, csv ${state(c)} (goal <= 2x)`, false]);
}
// Per-row cost.
if (selected('per-row.1M') && selected('compute.csv')) {
  const fixed = S['per-row.500k'];
  const one5 = S['compute.csv'];
  const pairs = results['per-row.1M'].map((r, i) => results['per-row.500k'][i] && r.wall - results['per-row.500k'][i].wall).filter((x) => x !== undefined);
  if (fixed?.status === 'ok' && one5?.status === 'ok' && pairs.length && !stopped['per-row.1M']) {
    // At 1 M: the median of the paired differences (each 1 M run less the 500,000-row run after it).
    const perRow1 = median(pairs) / (1e6 - HEAD_ROWS);
    const perRow5 = (one5.wall - fixed.wall) / (5e6 - HEAD_ROWS);
    const ns = (x) => (x * 1e9).toFixed(0);
    goals.push([`marginal per-row time beyond the first 500,000 rows, 1M vs 5M: ${ns(perRow1)} vs ${ns(perRow5)} ns, differ by ${((Math.abs(perRow1 - perRow5) / Math.min(perRow1, perRow5)) * 100).toFixed(1)}% (goal <= 15%)`, Math.abs(perRow1 - perRow5) <= 0.15 * Math.min(perRow1, perRow5)]);
    const m1s = S['per-row.1M'];
    goals.push([`1M from the two medians instead of paired runs: ${ns((m1s.wall - fixed.wall) / (1e6 - HEAD_ROWS))} ns a row (shown, not judged)`, null]);
  } else goals.push([`per-row cost: 1M ${state(S['per-row.1M'])}, 500k ${state(fixed)}, 5M ${state(one5)} (goal <= 15%)`, false]);
}
if (selected('spx') && selected('node')) {
  const spx = S.spx;
  const bare = S.node;
  if (spx?.status === 'ok' && bare?.status === 'ok') goals.push([`compute fixtures/spx.csv vs node -e "": ${fmt(spx.wall, 3)} vs ${fmt(bare.wall, 3)} s, ${fmt(spx.wall / bare.wall)}x (goal <= 3x)`, spx.wall <= 3 * bare.wall]);
  else goals.push([`compute fixtures/spx.csv: ${state(spx)}, node -e "": ${state(bare)} (goal <= 3x)`, false]);
}
if (selected('newlines') && S.newlines?.status === 'ok' && S['compute.csv']?.status === 'ok') {
  goals.push([`compute.csv vs a bare Node newline count of the file: ${fmt(S['compute.csv'].wall / S.newlines.wall)}x (shown, not judged)`, null]);
}

// ---------------------------------------------------------------------------------------------
// Correctness: CSV outputs written to .bench-cache/out/, compared with pandas and with each other.

if (selected(AGREE)) {
  log('correctness runs ...');
  const outputs = {};
  const outRun = async (key, c, file) => {
    const path = `${OUT}${key}.csv`;
    outputs[key] = null;
    // A command that timed out in the rounds would only time out again.
    if (stopped[key] === 'timeout') return log(`  ${key}: skipped (timed out in the rounds)`);
    const job = cmdJob(c, file);
    const r = await measure(job.argv, { stdin: job.stdin, out: path });
    outputs[key] = r.status === 'ok' ? readFileSync(path) : null;
    if (r.status !== 'ok') log(`  ${key}: ${r.status === 'timeout' ? `timeout after ${TIMEOUT_S} s` : r.error}`);
    return r.status;
  };
  const byName = Object.fromEntries(COMMANDS.map((c) => [c.name, c]));
  for (const n of ['compute.csv', 'compare.csv', 'drawdowns.csv']) {
    await outRun(n, byName[n], m5);
    await outRun(`${n}@bydate`, byName[n], m5d);
  }
  await outRun('stdin.csv', byName['stdin.csv'], m5);

  // Against pandas: its output from the timed runs, or one run now.
  let theirs = results.pandas?.[0]?.stdout;
  if (!theirs && PEERS.pandas) {
    const r = await measure(PEERS.pandas(m5), { pipe: true });
    theirs = r.status === 'ok' ? r.stdout : null;
  }
  if (!theirs) goals.push([`results vs pandas: ${PEERS.pandas ? 'pandas_ref.py did not finish' : 'skipped (python3-pandas not installed)'}`, PEERS.pandas ? false : null]);
  else if (!outputs['compute.csv']) goals.push(['results vs pandas: no compute CSV output (see above)', false]);
  else {
    // Without compare's output, only the milestones are checked (and the line says NO).
    const full = Boolean(outputs['compare.csv']);
    const csv = (buf) => {
      const [header, ...lines] = buf.toString('utf8').trimEnd().split('\n');
      const cols = header.split(',');
      return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [cols[i], v])));
    };
    // compute: confirmed milestones and the sum of their trading-day gaps; compare: last date,
    // last close, and the percent from the record close (written to 4 places: pandas' record close
    // gives the same percent at 4 places).
    const mine = new Map();
    const of = (sym) => mine.get(sym) ?? mine.set(sym, { confirmed: 0, gaps: 0 }).get(sym);
    for (const r of csv(outputs['compute.csv'])) {
      if (r.status !== 'confirmed') continue;
      const x = of(r.symbol);
      x.confirmed++;
      x.gaps += Number(r.tradingDays || 0);
    }
    for (const r of full ? csv(outputs['compare.csv']) : []) {
      const x = of(r.symbol);
      x.date = r.asOf;
      x.close = Number(r.close).toFixed(2);
      x.record = fixed4(Number(r.pctFromRecordClose));
    }
    const lines = theirs.trim().split('\n');
    let bad = 0;
    let first = '';
    for (const line of lines) {
      const [sym, lastDate, lastClose, rec, , confirmed, gaps] = line.split(',');
      const x = mine.get(sym);
      const got = x && (full ? [sym, x.date, x.close, x.record, x.confirmed, x.gaps] : [sym, x.confirmed, x.gaps]).join(',');
      const want = (full ? [sym, lastDate, lastClose, fixed4((Number(lastClose) / Number(rec) - 1) * 100), confirmed, gaps] : [sym, confirmed, gaps]).join(',');
      if (got !== want) {
        bad++;
        first ||= `${want} (pandas) vs ${got} (milestones)`;
      }
    }
    const same = bad === 0 && lines.length === mine.size;
    const what = full ? 'last date, last close, percent from the record close, confirmed milestones, sum of gaps' : 'confirmed milestones, sum of gaps; no compare CSV output: last date, last close and record close not checked';
    goals.push([`results vs pandas: ${same ? `all ${lines.length} symbols agree` : `${bad} of ${lines.length} differ (milestones has ${mine.size} symbols)${first ? `; first: ${first}` : ''}`} (${what})`, same && full]);
  }
  // The date-sorted and grouped files hold the same rows: the same output (symbols in the order of
  // their first appearance, which is the same in both files).
  for (const n of ['compute.csv', 'compare.csv', 'drawdowns.csv']) {
    const a = outputs[n];
    const b = outputs[`${n}@bydate`];
    goals.push([`${n}, grouped vs date-sorted file: ${a && b ? (a.equals(b) ? `identical (${a.length} bytes)` : 'DIFFERENT') : 'an output is missing'}`, Boolean(a && b && a.equals(b))]);
  }
  // Standard input: the same bytes as the file, but for a `source` column if the CSV has one.
  const dropSource = (buf) => {
    const lines = buf.toString('utf8').split('\n');
    const i = lines[0].split(',').indexOf('source');
    return i < 0 ? lines.join('\n') : lines.map((l) => (l ? l.split(',').filter((_, j) => j !== i).join(',') : l)).join('\n');
  };
  const [f, s] = [outputs['compute.csv'], outputs['stdin.csv']];
  goals.push([`compute.csv, standard input vs the file: ${f && s ? (dropSource(f) === dropSource(s) ? 'the same bytes' : 'DIFFERENT') : 'an output is missing'}`, Boolean(f && s && dropSource(f) === dropSource(s))]);
  // The peers among themselves (the first six fields, which all three print).
  const peerLines = Object.keys(PEERS).filter((p) => results[p]?.[0]?.stdout).map((p) => [p, results[p][0].stdout.trim().split('\n').map((l) => l.split(',').slice(0, 6).join(',')).join('\n')]);
  if (peerLines.length > 1) goals.push([`peers among themselves (first six fields): ${peerLines.every(([, t]) => t === peerLines[0][1]) ? `${peerLines.map(([p]) => p).join(', ')} agree` : 'they differ'} (shown, not judged)`, null]);
}

for (const [text, ok] of goals) log(`${ok === null ? '  ' : ok ? 'ok' : 'NO'}  ${text}`);
const failed = goals.filter(([, ok]) => ok === false).length;
log();
log(`${goals.filter(([, ok]) => ok === true).length} goal(s) met, ${failed} not; ${((Date.now() - started) / 1000).toFixed(0)} s`);
