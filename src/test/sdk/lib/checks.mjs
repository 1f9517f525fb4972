// Every check one SDK goes through, in order, against the emulator or a live org. A check returns what the SDK
// parsed (for the report and the baseline) and the problems it found; an empty list of problems is a pass.
import { readdirSync, readFileSync } from 'node:fs';
import { parse, describe } from './parsed.mjs';

const RETRY_AFTER_SECONDS = 2;

/** Compares parsed items with the expected ones, in order: kind, code and id of each. */
export function itemProblems(parsed, expected) {
  const items = parsed.items ?? [];
  const problems = [];
  if (items.length !== expected.length) problems.push(`expected ${expected.length} items, got ${items.length}`);
  expected.forEach((want, index) => {
    const got = items[index] ?? {};
    for (const key of Object.keys(want)) {
      if (got[key] !== want[key]) problems.push(`item ${index + 1}: ${key} ${got[key]} instead of ${want[key]}`);
    }
  });
  return problems;
}

const success = id => ({ kind: 'SuccessResponse', code: 'SUCCESS', id });

/** An SDK call whose parsed answer must be an ActionWrapper with these items. */
async function action(call, expected) {
  const parsed = parse(await call);
  const problems = parsed.object === 'ActionWrapper' ? itemProblems(parsed, expected) : [`parsed as ${parsed.object}, not ActionWrapper`];
  return { parsed, saw: describe(parsed), problems };
}

/** The rows of the SDK's FileStore (a CSV with a header line); values are never printed. */
function storedTokens(dir) {
  const [header, ...rows] = readFileSync(`${dir}/tokens.csv`, 'utf8').split('\n').filter(line => line.trim());
  const names = header.split(',');
  return rows.map(row => Object.fromEntries(row.split(',').map((value, index) => [names[index], value])));
}

/**
 * The fields of a module the SDK fetched and cached in its resource path (written synchronously, unlike its log):
 * the field API names, or none when it never read them.
 */
function cachedFields(dir, module) {
  const folder = `${dir}/resources`;
  const files = readdirSync(folder, { withFileTypes: true }).filter(f => f.isFile() && f.name.endsWith('.json'));
  for (const file of files) {
    const cache = JSON.parse(readFileSync(`${folder}/${file.name}`, 'utf8'));
    const fields = cache[module.toLowerCase()];
    if (fields && typeof fields === 'object' && Object.keys(fields).length > 0) return Object.keys(fields);
  }
  return [];
}

const emulatorOnly = ctx => (ctx.server.isEmulator ? null : 'faults are injected through the control plane, which only the emulator has');

export const CHECKS = [
  {
    id: 'link',
    title: 'links three contacts with updateRelatedRecords',
    run: ({ sdk, fx }) => action(sdk.link(sdk.operations('Contacts', 'Campaigns'), fx.campaign, [fx.a, fx.b, fx.d]),
      [success(fx.a), success(fx.b), success(fx.d)]),
  },
  {
    id: 'refresh',
    title: 'refreshed its own access token into the fresh token store',
    run: ({ dir, settings }) => {
      const rows = storedTokens(dir).filter(row => row.client_id === settings.clientId);
      const problems = [];
      if (rows.length !== 1) problems.push(`${rows.length} tokens of the client in the store, expected 1`);
      const row = rows[0] ?? {};
      if (!row.access_token) problems.push('no access token stored');
      if (row.access_token === settings.accessToken) problems.push('the stored access token is not the SDK\'s own');
      if (row.refresh_token !== settings.refreshToken) problems.push('the stored refresh token is not the one given');
      const minutes = Math.round((Number(row.expiry_time) - Date.now()) / 60000);
      if (!(minutes > 0)) problems.push(`the stored token expires in ${minutes} minutes`);
      const domain = row.api_domain === undefined ? '' : `, api_domain ${row.api_domain || '(none)'}`;
      return { parsed: { stored_tokens: rows.length }, saw: `${rows.length} stored token(s) of the client, expires in ${minutes} min${domain}`, problems };
    },
  },
  {
    id: 'read',
    title: 'reads the three back with getRelatedRecords',
    run: async ({ sdk, fx }) => {
      const parsed = parse(await sdk.read(sdk.operations('Contacts', 'Campaigns'), fx.campaign));
      const ids = (parsed.items ?? []).map(item => item.id).sort();
      const want = [fx.a, fx.b, fx.d].sort();
      const problems = parsed.http === 200 && parsed.object === 'ResponseWrapper' && JSON.stringify(ids) === JSON.stringify(want)
        ? [] : [`expected HTTP 200 ResponseWrapper with the three contacts in any order, got ${describe(parsed)}`];
      parsed.items?.sort((x, y) => (x.id < y.id ? -1 : 1));  // Zoho promises no order
      return { parsed, saw: describe(parsed), problems };
    },
  },
  {
    id: 'delink-many',
    title: 'delinks two ids in one call: two SUCCESS items in request order, with their ids',
    run: ({ sdk, fx }) => action(sdk.delinkMany(sdk.operations('Contacts', 'Campaigns'), fx.campaign, [fx.b, fx.a]),
      [success(fx.b), success(fx.a)]),
  },
  {
    id: 'delink-one',
    title: 'delinks one id through the single form',
    run: ({ sdk, fx }) => action(sdk.delinkOne(sdk.operations('Contacts', 'Campaigns'), fx.d, fx.campaign), [success(fx.d)]),
  },
  {
    id: 'read-empty',
    title: 'sees 204 afterwards',
    run: async ({ sdk, fx }) => {
      const parsed = parse(await sdk.read(sdk.operations('Contacts', 'Campaigns'), fx.campaign));
      return { parsed, saw: describe(parsed), problems: parsed.http === 204 ? [] : [`expected 204, got ${describe(parsed)}`] };
    },
  },
  {
    id: 'mixed',
    title: 'mixed call: a SuccessResponse and an INVALID_DATA APIException',
    run: async ({ sdk, fx, server }) => {
      await server.link(sdk.entry.api, 'Campaigns', fx.campaign, 'Contacts', [fx.a]);
      return action(sdk.delinkMany(sdk.operations('Contacts', 'Campaigns'), fx.campaign, [fx.a, fx.x]),
        [success(fx.a), { kind: 'APIException', code: 'INVALID_DATA', id: fx.x }]);
    },
  },
  {
    id: 'deals-fields',
    title: 'delinks from a Deals parent, after the SDK\'s fields pre-call',
    run: async ({ sdk, fx, server, dir }) => {
      await server.link(sdk.entry.api, 'Deals', fx.deal, 'Products', [fx.product]);
      const before = cachedFields(dir, 'Deals').length;
      const result = await action(sdk.delinkOne(sdk.operations('Products', 'Deals'), fx.product, fx.deal), [success(fx.product)]);
      const fields = cachedFields(dir, 'Deals');
      if (before > 0) result.problems.push('the fields of Deals were cached before the call');
      if (fields.length === 0) result.problems.push('the SDK has not read settings/fields?module=Deals: no fields of Deals in its resource path');
      result.saw += `; fields of Deals the SDK read and cached: ${fields.length}`;
      return result;
    },
  },
  {
    id: 'find-user',
    title: 'findUser at its default reads the current user and org',
    skip: ({ sdk }) => (sdk.findsUser ? null : '2.1 SDKs have no findUser and never read the user'),
    run: async ({ sdk, server, dir, settings }) => {
      const row = storedTokens(dir).find(r => r.client_id === settings.clientId) ?? {};
      const stored = row.user_name ?? row.user_mail;
      const expected = await server.currentUserName(sdk.entry.api);
      const problems = stored === expected ? [] : [`the store names the user '${stored}', expected '${expected}' (users?type=CurrentUser, org)`];
      return { parsed: { user_read: problems.length === 0 }, saw: 'token stored for <current user email>:<org id>, read from users?type=CurrentUser and org', problems };
    },
  },
  {
    id: 'unsupported-module',
    title: 'delinks on an unsupported module (Documents): INVALID_MODULE APIException',
    run: async ({ sdk, fx }) => {
      const parsed = parse(await sdk.delinkOne(sdk.operations('Contacts', 'Documents'), fx.a, fx.campaign));
      const problems = parsed.object === 'APIException' && parsed.code === 'INVALID_MODULE' ? [] : [`expected an INVALID_MODULE APIException, got ${describe(parsed)}`];
      return { parsed, saw: describe(parsed), problems };
    },
  },
  {
    id: 'retry-429',
    title: `survives a 429 with Retry-After: ${RETRY_AFTER_SECONDS} through its own retries`,
    skip: emulatorOnly,
    run: async ({ sdk, fx, server }) => {
      await server.link(sdk.entry.api, 'Campaigns', fx.campaign, 'Contacts', [fx.d]);
      await server.injectFault({ route: 'delink', kind: 'too_many_requests', retry_after_seconds: RETRY_AFTER_SECONDS, times: 1 });
      const started = Date.now();
      const result = await action(sdk.delinkOne(sdk.operations('Contacts', 'Campaigns'), fx.d, fx.campaign), [success(fx.d)]);
      const seconds = (Date.now() - started) / 1000;
      if ((await server.pendingFaults()).length > 0) result.problems.push('the 429 was never answered: no retry happened');
      if (seconds < RETRY_AFTER_SECONDS) result.problems.push(`answered after ${seconds.toFixed(1)} s, before Retry-After`);
      result.saw = `429 then ${result.saw}, ${seconds >= RETRY_AFTER_SECONDS ? 'at least' : 'only'} ${RETRY_AFTER_SECONDS} s later`;
      return result;
    },
  },
  {
    id: 'retry-5xx',
    title: 'survives a 500 INTERNAL_ERROR through its own retries',
    skip: emulatorOnly,
    run: async ({ sdk, fx, server }) => {
      await server.injectFault({ route: 'link', kind: 'error', error: 'INTERNAL_ERROR', times: 1 });
      const result = await action(sdk.link(sdk.operations('Contacts', 'Campaigns'), fx.campaign, [fx.b]), [success(fx.b)]);
      if ((await server.pendingFaults()).length > 0) result.problems.push('the 500 was never answered: no retry happened');
      result.saw = `500 then ${result.saw}`;
      return result;
    },
  },
  {
    id: 'state',
    title: 'the server holds what the calls should have left',
    run: async ({ sdk, fx, server, ran }) => {
      // Only the 5xx check leaves a relation: contact B, linked again after the injected 500.
      if (server.isEmulator) {
        const expected = ran.has('retry-5xx') ? [`Campaigns:${fx.campaign} + Contacts:${fx.b}`] : [];
        const relations = await server.relationsAmong(fx.all);
        const pending = await server.pendingFaults();
        const problems = [];
        if (JSON.stringify(relations) !== JSON.stringify(expected)) problems.push(`relations ${JSON.stringify(relations)}, expected ${JSON.stringify(expected)}`);
        if (pending.length > 0) problems.push(`${pending.length} injected faults never fired`);
        return { parsed: { relations, pending_faults: pending.length }, saw: `control plane: relations [${relations.join(', ')}], ${pending.length} pending faults`, problems };
      }
      const contacts = await server.relatedIds(sdk.entry.api, 'Campaigns', fx.campaign, 'Contacts');
      const products = await server.relatedIds(sdk.entry.api, 'Deals', fx.deal, 'Products');
      const problems = contacts.length + products.length === 0 ? [] : [`still related: contacts ${contacts}, products ${products}`];
      return { parsed: { relations: [], pending_faults: 0 }, saw: `public API: campaign's contacts [${contacts}], deal's products [${products}]`, problems };
    },
  },
];
