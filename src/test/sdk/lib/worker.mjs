// Runs every check for one SDK in a process of its own (each SDK keeps its configuration in module-level state).
// Settings come as JSON in SDK_CHECK_WORKER; the results go to the file it names, as JSON.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Sdk } from './sdks.mjs';
import { Server } from './server.mjs';
import { CHECKS } from './checks.mjs';
import { Redactor } from './redactor.mjs';

const settings = JSON.parse(process.env.SDK_CHECK_WORKER);
const redactor = new Redactor([settings.clientSecret, settings.refreshToken, settings.accessToken]);
const sdk = await Sdk.load(settings.pkg);
const version = sdk.entry.api;
const server = new Server(settings);
const dir = mkdtempSync(join(tmpdir(), 'zoho-sdk-check-'));
const results = [];
const created = [];

/** Records named zdc-<run id> ..., so that the suite's sweep finds what an interrupted live run left. */
async function fixtures() {
  const name = label => `zdc-${settings.runId} ${sdk.entry.pkg.slice('@zohocrm/'.length)} ${label}`;
  const insert = async (module, records) => {
    const ids = await server.insert(version, module, records);
    created.push({ module, ids });
    return ids;
  };
  const [campaign] = await insert('Campaigns', [{ Campaign_Name: name('campaign') }]);
  const [a, b, d, x] = await insert('Contacts', ['A', 'B', 'D', 'X (never linked)'].map(l => ({ Last_Name: name(`contact ${l}`) })));
  const [product] = await insert('Products', [{ Product_Name: name('product') }]);
  const [deal] = await insert('Deals', [{ Deal_Name: name('deal'), Stage: 'Qualification', Closing_Date: '2030-12-31' }]);
  const fx = { campaign, a, b, d, x, product, deal, all: [campaign, a, b, d, x, product, deal] };
  const aliases = { [campaign]: '<campaign>', [a]: '<contact A>', [b]: '<contact B>', [d]: '<contact D>', [x]: '<contact X>', [product]: '<product>', [deal]: '<deal>' };
  return { fx, aliases };
}

/** Ids replaced by their aliases, so that runs (and an emulator and a live org) can be compared. */
function aliased(value, aliases) {
  return JSON.parse(Object.entries(aliases).reduce((text, [id, alias]) => text.split(id).join(alias), JSON.stringify(value)));
}

try {
  await sdk.initialize(settings, dir);
  const { fx, aliases } = await fixtures();
  const ran = new Set();
  for (const check of CHECKS) {
    const context = { sdk, fx, server, dir, settings, ran };
    const skipped = check.skip?.(context);
    if (skipped) {
      results.push({ id: check.id, title: check.title, outcome: 'skipped', saw: skipped });
      continue;
    }
    try {
      const { parsed, saw, problems } = await check.run(context);
      ran.add(check.id);
      results.push({
        id: check.id, title: check.title, outcome: problems.length === 0 ? 'passed' : 'failed',
        saw: aliased(saw, aliases), problems: aliased(problems, aliases), parsed: aliased(parsed, aliases),
      });
    } catch (error) {
      results.push({ id: check.id, title: check.title, outcome: 'failed', saw: `threw ${error?.message ?? error?.code ?? error}`, problems: ['the SDK call threw'] });
    }
  }
} catch (error) {
  // every check that did not run fails with the reason, so that the total stays the same
  const reason = `not run: initialising the SDK or creating its records threw ${error?.message ?? error}`;
  CHECKS.filter(check => !results.some(r => r.id === check.id))
    .forEach(check => results.push({ id: check.id, title: check.title, outcome: 'failed', saw: reason, problems: ['setup failed'] }));
} finally {
  for (const { module, ids } of created.reverse()) {
    await server.deleteRecords(version, module, ids).catch(error => results.push({
      id: 'cleanup', title: `delete the ${module} it created`, outcome: 'failed', saw: String(error.message), problems: ['cleanup failed'] }));
  }
  rmSync(dir, { recursive: true, force: true });  // the token store holds the client secret and tokens
}
writeFileSync(settings.resultFile, redactor.redact(JSON.stringify({ pkg: sdk.entry.pkg, version: sdk.version, family: sdk.entry.family, api: version, results })));
