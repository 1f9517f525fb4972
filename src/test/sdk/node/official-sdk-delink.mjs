// Zoho's official Node SDK, unmodified, against a standalone emulator: token refresh through the emulator's
// accounts endpoint, link, get related records, delink one and delink several.
// Usage: npm ci && node official-sdk-delink.mjs <emulator base URL> <the emulator's demo access token>
import * as Z from '@zohocrm/nodejs-sdk-7.0';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
const base = process.argv[2];
const token = process.argv[3];
const dir = mkdtempSync(join(tmpdir(), 'zoho-sdk-'));
async function http(method, path, body) {
  const r = await fetch(base + path, { method, headers: { Authorization: 'Zoho-oauthtoken ' + token }, body: body ? JSON.stringify(body) : undefined });
  return r.status === 204 ? null : r.json();
}
const ids = async (module, names) => (await http('POST', `/crm/v7/${module}`, { data: names.map(n => ({ [module === 'Campaigns' ? 'Campaign_Name' : 'Last_Name']: n })) })).data.map(d => d.details.id);
const [campaign] = await ids('Campaigns', ['SDK campaign']);
const contacts = await ids('Contacts', ['A', 'B', 'C']);

const env = new Z.Environment(base, `${base}/oauth/v2/token`, base);
const tb = new Z.OAuthBuilder().clientId('demo-client').clientSecret('demo-secret').refreshToken('demo-refresh-token');
tb.findUser(false);
await (await new Z.InitializeBuilder()).environment(env).token(tb.build()).store(new Z.FileStore(dir + '/t.txt')).resourcePath(dir + '/').initialize();

const ops = new Z.RelatedRecords.RelatedRecordsOperations('Contacts', 'Campaigns');
const describe = (label, r) => {
  const o = r.getObject ? r.getObject() : null;
  let detail = o ? o.constructor.name : 'no object';
  if (o && o.getData) {
    detail += ' [' + o.getData().map(x => x.getStatus ? `${x.getStatus().getValue()} ${x.getCode().getValue()} ${x.getMessage().getValue()}` : x.constructor.name + ' ' + (x.getId ? x.getId() : '')).join('; ') + ']';
  }
  console.log(`${label}: HTTP ${r.getStatusCode()} ${detail}`);
};
// link (update related records)
const body = new Z.RelatedRecords.BodyWrapper();
body.setData(contacts.map(id => { const rec = new Z.Record.Record(); rec.addKeyValue('id', BigInt(id)); return rec; }));
describe('link 3 contacts (updateRelatedRecords)', await ops.updateRelatedRecords(BigInt(campaign), body));
// get related
const gp = new Z.ParameterMap(); await gp.add(Z.RelatedRecords.GetRelatedRecordsParam.FIELDS, 'id');
describe('get related (getRelatedRecords)', await ops.getRelatedRecords(BigInt(campaign), gp));
// delink one
describe('delink one (delinkRecord)', await ops.delinkRecord(BigInt(contacts[0]), BigInt(campaign)));
// delink many
const dp = new Z.ParameterMap(); await dp.add(Z.RelatedRecords.DelinkRecordsParam.IDS, contacts[1]); await dp.add(Z.RelatedRecords.DelinkRecordsParam.IDS, contacts[2]);
describe('delink two (delinkRecords)', await ops.delinkRecords(BigInt(campaign), dp));
describe('get related after (getRelatedRecords)', await ops.getRelatedRecords(BigInt(campaign), gp));
