// The check's own logic, without an SDK or a server: that a wrong answer fails, that the summary line is exact,
// that differences from the baseline are found, and that secrets never reach the output. `node --test test/`
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { itemProblems } from '../lib/checks.mjs';
import { parse, describe } from '../lib/parsed.mjs';
import { compare } from '../lib/baseline.mjs';
import { summaryLine } from '../lib/report.mjs';
import { Redactor } from '../lib/redactor.mjs';

class Choice { constructor(v) { this.v = v; } getValue() { return this.v; } }
class SuccessResponse {
  constructor(id, details = new Map([['id', id]])) { this.details = details; }
  getStatus() { return new Choice('success'); } getCode() { return new Choice('SUCCESS'); }
  getMessage() { return new Choice('relation removed'); } getDetails() { return this.details; }
}
class ActionWrapper { constructor(data) { this.data = data; } getData() { return this.data; } }
const response = (status, object) => ({ getStatusCode: () => status, getObject: () => object });

test('items in another order than requested are problems, the same order is none', () => {
  const parsed = parse(response(200, new ActionWrapper([new SuccessResponse(2n), new SuccessResponse('1')])));
  const want = id => ({ kind: 'SuccessResponse', code: 'SUCCESS', id });
  assert.deepEqual(itemProblems(parsed, [want('2'), want('1')]), []);
  assert.deepEqual(itemProblems(parsed, [want('1'), want('2')]), ['item 1: id 2 instead of 1', 'item 2: id 1 instead of 2']);
  assert.deepEqual(itemProblems(parsed, [want('2')]), ['expected 1 items, got 2']);
});

test('details given as a plain object parse like a Map, and a 204 has no object', () => {
  const parsed = parse(response(207, new ActionWrapper([new SuccessResponse(null, { id: 7n })])));
  assert.equal(parsed.items[0].id, '7');
  assert.equal(describe(parsed), 'HTTP 207 ActionWrapper [SuccessResponse SUCCESS relation removed 7]');
  assert.deepEqual(parse(response(204, null)), { http: 204, object: null });
});

const run = (pkg, api, outcomes) => ({ pkg, api, results: outcomes.map((outcome, i) => ({ id: `c${i}`, outcome, parsed: { http: 200 } })) });

test('the summary line counts the checks that ran, SDKs and API versions', () => {
  const runs = [run('a', 'v2.1', ['passed', 'skipped']), run('b', 'v7', ['passed', 'failed'])];
  assert.equal(summaryLine(runs), 'official SDKs: 2/3 checks passed (2 SDKs, 2 API versions)');
});

test('a parsed result that differs from the baseline, or is missing from it, is reported', () => {
  const runs = [run('a', 'v7', ['passed', 'passed'])];
  const comparisons = compare({ a: { c0: { http: 207 } } }, runs);
  assert.deepEqual(comparisons.map(c => [c.id, c.same, c.differences]), [
    ['c0', false, ['http: 207 -> 200']],
    ['c1', false, ['not in the baseline']],
  ]);
  assert.ok(compare({ a: { c0: { http: 200 }, c1: { http: 200 } } }, runs).every(c => c.same));
});

test('configured secrets and anything shaped like a Zoho token are redacted', () => {
  const token = `1000.${'a'.repeat(32)}.${'b'.repeat(32)}`;
  const text = new Redactor(['s3cret-value', undefined]).redact(`secret s3cret-value, token ${token}`);
  assert.equal(text, 'secret <redacted>, token <redacted token>');
});
