// reports/sdk.md: each SDK, each check, and what it saw; then the comparison with the emulator baseline.
const MARK = { passed: 'passed', failed: '**FAILED**', skipped: 'skipped' };

const cell = text => String(text ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function counts(runs) {
  const all = runs.flatMap(run => run.results);
  return {
    passed: all.filter(r => r.outcome === 'passed').length,
    total: all.filter(r => r.outcome !== 'skipped').length,
    skipped: all.filter(r => r.outcome === 'skipped').length,
    sdks: runs.length,
    versions: new Set(runs.map(run => run.api)).size,
  };
}

/** The line CI prints: official SDKs: P/T checks passed (6 SDKs, 3 API versions) */
export function summaryLine(runs) {
  const c = counts(runs);
  return `official SDKs: ${c.passed}/${c.total} checks passed (${c.sdks} SDKs, ${c.versions} API versions)`;
}

export function markdown({ target, runs, comparisons, baselineFile, seconds }) {
  const c = counts(runs);
  const lines = [
    '# Official Zoho CRM SDKs against ' + (target.live ? `a live org (${target.apiUrl})` : 'the emulator'),
    '',
    `${summaryLine(runs)}${c.skipped ? `; ${c.skipped} skipped` : ''}, in ${seconds.toFixed(0)} s on Node ${process.version}.`,
    '',
    'Each SDK runs unmodified from npm (`src/test/sdk/package-lock.json`) in a process of its own, with its own',
    'refresh-token flow and a fresh token store and resource path. The records it works on are created and deleted',
    'through the public API, outside the SDK. Ids are shown as aliases (`<contact A>`).',
    '',
  ];
  for (const run of runs) {
    lines.push(`## ${run.pkg}@${run.version} (${run.family}, API ${run.api})`, '', '| check | outcome | what it saw |', '|---|---|---|');
    for (const r of run.results) {
      const problems = r.outcome === 'failed' && r.problems?.length ? ` (${r.problems.join('; ')})` : '';
      lines.push(`| ${cell(r.title)} | ${MARK[r.outcome]} | ${cell(r.saw + problems)} |`);
    }
    lines.push('');
  }
  const differing = comparisons.filter(comparison => !comparison.same);
  lines.push(target.live ? '## This org compared with the emulator' : '## The emulator compared with its baseline', '',
    `What each SDK parsed, check by check, against \`${baselineFile}\` (the emulator's results): `
    + `${comparisons.length - differing.length} of ${comparisons.length} identical.`, '');
  if (differing.length) {
    lines.push('| SDK | check | differences (baseline -> this run) |', '|---|---|---|');
    differing.forEach(d => lines.push(`| ${d.pkg} | ${d.id} | ${cell(d.differences.join('; '))} |`));
    lines.push('');
  }
  if (target.live) lines.push('The fault checks (429, 5xx) are skipped on a live org: faults are injected through the emulator\'s control plane.', '');
  return lines.join('\n');
}
