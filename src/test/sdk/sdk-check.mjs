// Every official Zoho CRM SDK on npm, unmodified, against the emulator (CI) or a live org (opt-in).
//
//   node sdk-check.mjs --start-emulator target/zoho-delink-conformance.jar   (CI: its own emulator, generated credentials)
//   node sdk-check.mjs --emulator http://127.0.0.1:8080     [--update-baseline]
//   node sdk-check.mjs --live                                (ZOHO_CLIENT_ID, ZOHO_CLIENT_SECRET, ZOHO_REFRESH_TOKEN, ...)
//
// Prints one line per SDK and "official SDKs: P/T checks passed (6 SDKs, 3 API versions)", writes reports/sdk.md
// (reports/live/sdk.md for a live org) and exits 1 when a check fails, or when the emulator's results no longer
// match the committed baseline. Credentials are never printed.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { SDKS } from './lib/sdks.mjs';
import { ConfigurationError, emulatorTarget, liveTarget } from './lib/target.mjs';
import { HttpFailure, refreshAccessToken } from './lib/server.mjs';
import { compare, readBaseline, writeBaseline } from './lib/baseline.mjs';
import { markdown, summaryLine, counts } from './lib/report.mjs';
import { Redactor } from './lib/redactor.mjs';
import { EmulatorStartFailure, startEmulator } from './lib/emulator-process.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../../..');
const BASELINE = join(HERE, 'baseline', 'emulator.json');
const WORKER_TIMEOUT_MS = 120_000;

function commandLine() {
  try {
    return parseArgs({
      options: {
        emulator: { type: 'string' },
        'start-emulator': { type: 'string' },
        live: { type: 'boolean', default: false },
        report: { type: 'string' },
        'update-baseline': { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    console.error(`sdk-check: ${error.message}`);
    process.exit(2);
  }
}

const options = commandLine();

async function target(started) {
  const given = [options.live, options.emulator, options['start-emulator']].filter(Boolean).length;
  if (given !== 1) throw new ConfigurationError('give one of --start-emulator <jar>, --emulator <base URL>, --live');
  if (started) return emulatorTarget(started.baseUrl, started.env);
  return options.live ? liveTarget(process.env) : emulatorTarget(options.emulator, process.env);
}

/** Runs one SDK's checks in a child process; a crash or a hang fails all of them, with the reason. */
function runSdk(pkg, settings, resultFile) {
  return new Promise(done => {
    const child = spawn(process.execPath, [join(HERE, 'lib', 'worker.mjs')], {
      cwd: HERE, stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, SDK_CHECK_WORKER: JSON.stringify({ ...settings, pkg, resultFile }) },
    });
    let stderr = '';
    child.stderr.on('data', chunk => { stderr += chunk; });
    const timer = setTimeout(() => child.kill(), WORKER_TIMEOUT_MS);
    child.on('close', code => {
      clearTimeout(timer);
      try {
        done(JSON.parse(readFileSync(resultFile, 'utf8')));
      } catch {
        const entry = SDKS.find(s => s.pkg === pkg);
        done({ pkg, version: '?', family: entry.family, api: entry.api, results: [{ id: 'run', title: 'run the checks', outcome: 'failed',
          saw: `the worker ended with code ${code}: ${stderr.trim().split('\n').slice(-3).join(' ')}`, problems: ['no results'] }] });
      }
    });
  });
}

async function main() {
  const emulator = options['start-emulator'] ? await startEmulator(resolve(options['start-emulator'])) : null;
  try {
    return await check(await target(emulator));
  } finally {
    await emulator?.stop();
  }
}

async function check(settings) {
  const started = Date.now();
  const redactor = new Redactor([settings.clientSecret, settings.refreshToken]);
  const say = text => console.log(redactor.redact(text));
  const accessToken = await refreshAccessToken(settings);
  const runId = Math.random().toString(36).slice(2, 10) + Date.now().toString(36);
  say(`Official SDKs against ${settings.live ? 'a live org at' : 'the emulator at'} ${settings.apiUrl}${settings.demo ? ' (the emulator\'s demo client)' : ''}`);
  const runs = await runAll({ ...settings, accessToken, runId }, say);
  const c = counts(runs);
  const allPassed = c.total > 0 && c.passed === c.total;
  if (options['update-baseline'] && !settings.live) {
    if (!allPassed) throw new ConfigurationError('not updating the baseline: some checks failed');
    writeBaseline(BASELINE, runs);
  }
  const comparisons = compare(readBaseline(BASELINE), runs);
  const report = options.report ? resolve(options.report) : join(ROOT, 'reports', settings.live ? 'live' : '', 'sdk.md');
  mkdirSync(dirname(report), { recursive: true });
  const seconds = (Date.now() - started) / 1000;
  writeFileSync(report, redactor.redact(markdown({ target: settings, runs, comparisons, baselineFile: relative(ROOT, BASELINE), seconds })));

  const differing = comparisons.filter(comparison => !comparison.same);
  say(`${settings.live ? 'live vs emulator' : 'emulator vs baseline'}: ${comparisons.length - differing.length}/${comparisons.length} parsed results identical (${relative(ROOT, report)})`);
  differing.forEach(d => say(`  ${d.pkg} ${d.id}: ${d.differences.join('; ')}`));
  if (settings.live) say('The 429 and 5xx checks are skipped on a live org: faults are injected through the emulator\'s control plane.');
  say(summaryLine(runs));
  const baselineBroken = !settings.live && differing.length > 0;
  if (baselineBroken) say('The emulator no longer parses as the baseline says; if that is intended: node sdk-check.mjs --emulator <URL> --update-baseline');
  return allPassed && !baselineBroken ? 0 : 1;
}

/** The six SDKs one after the other (each resets nothing, so they could share the server; one at a time keeps the log readable). */
async function runAll(settings, say) {
  const work = mkdtempSync(join(tmpdir(), 'zoho-sdk-results-'));
  const runs = [];
  try {
    for (const { pkg } of SDKS) {
      const run = await runSdk(pkg, settings, join(work, `${pkg.replace(/\W/g, '_')}.json`));
      const c = counts([run]);
      say(`  ${run.pkg}@${run.version} (API ${run.api}): ${c.passed}/${c.total} checks passed${c.skipped ? `, ${c.skipped} skipped` : ''}`);
      run.results.filter(r => r.outcome === 'failed').forEach(r => say(`    FAILED ${r.id}: ${r.saw} (${(r.problems ?? []).join('; ')})`));
      runs.push(run);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return runs;
}

main().then(code => { process.exitCode = code; }, error => {
  const expected = [ConfigurationError, HttpFailure, EmulatorStartFailure].some(kind => error instanceof kind);
  console.error(`sdk-check: ${expected ? error.message : error.stack ?? error}`);
  process.exitCode = 2;
});
