// What each SDK parsed on the emulator, kept as a baseline: the emulator's own runs must still match it, and a live
// run is compared with it, check by check. Only SDK-parsed answers are compared (they carry an HTTP status).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';

export function parsedResults(runs) {
  const baseline = {};
  for (const run of runs) {
    baseline[run.pkg] = Object.fromEntries(run.results.filter(r => r.parsed?.http !== undefined).map(r => [r.id, r.parsed]));
  }
  return baseline;
}

export function readBaseline(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
}

export function writeBaseline(file, runs) {
  writeFileSync(file, `${JSON.stringify(parsedResults(runs), null, 2)}\n`);
}

/** Per SDK and check: same, or the differences as "key: baseline -> now". Checks the baseline lacks are "new". */
export function compare(baseline, runs) {
  const comparisons = [];
  for (const [pkg, checks] of Object.entries(parsedResults(runs))) {
    for (const [id, parsed] of Object.entries(checks)) {
      const expected = baseline[pkg]?.[id];
      const differences = expected === undefined ? ['not in the baseline'] : differencesOf(expected, parsed);
      comparisons.push({ pkg, id, same: differences.length === 0, differences });
    }
  }
  return comparisons;
}

function differencesOf(expected, actual, path = '') {
  if (JSON.stringify(expected) === JSON.stringify(actual)) return [];
  if (expected && actual && typeof expected === 'object' && typeof actual === 'object') {
    const keys = [...new Set([...Object.keys(expected), ...Object.keys(actual)])];
    return keys.flatMap(key => differencesOf(expected[key], actual[key], path ? `${path}.${key}` : key));
  }
  return [`${path || 'value'}: ${JSON.stringify(expected)} -> ${JSON.stringify(actual)}`];
}
