// The server the SDKs are pointed at, reached directly (not through an SDK) for fixtures, read-backs and, on the
// emulator, its control plane. Secrets are held here and never printed.

export class HttpFailure extends Error {}

/** Exchanges the refresh token for an access token (url-encoded form, as Zoho's docs show). */
export async function refreshAccessToken({ tokenUrl, clientId, clientSecret, refreshToken }) {
  const form = new URLSearchParams({ grant_type: 'refresh_token', client_id: clientId, client_secret: clientSecret, refresh_token: refreshToken });
  const response = await fetch(tokenUrl, { method: 'POST', body: form }).catch(error => {
    throw new HttpFailure(`cannot reach ${tokenUrl}: ${error.cause?.code ?? error.cause?.message ?? error.message}`);
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok || !body.access_token) {
    // the error code only (invalid_client, invalid_code, ...): the answer never carries the secrets, but keep it short
    throw new HttpFailure(`the token endpoint refused the refresh token: HTTP ${response.status} ${body.error ?? ''}`.trim());
  }
  return body.access_token;
}

export class Server {
  /** @param settings {apiUrl, tokenUrl, controlPlane (emulator only, else null), accessToken} */
  constructor(settings) {
    this.apiUrl = settings.apiUrl;
    this.controlPlane = settings.controlPlane;
    this.accessToken = settings.accessToken;
  }

  get isEmulator() {
    return this.controlPlane != null;
  }

  async api(method, path, body) {
    const response = await fetch(this.apiUrl + path, {
      method,
      headers: { Authorization: `Zoho-oauthtoken ${this.accessToken}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, json: text ? JSON.parse(text) : null };
  }

  async expect(method, path, body, statuses) {
    const answer = await this.api(method, path, body);
    if (!statuses.includes(answer.status)) {
      throw new HttpFailure(`${method} ${path}: HTTP ${answer.status} ${JSON.stringify(answer.json)}`);
    }
    return answer;
  }

  /** Inserts records; returns their ids in order. */
  async insert(version, module, records) {
    const answer = await this.expect('POST', `/crm/${version}/${module}`, { data: records }, [201, 200]);
    return answer.json.data.map((item, index) => {
      if (item.code !== 'SUCCESS') throw new HttpFailure(`insert ${module}[${index}]: ${item.code} ${item.message}`);
      return item.details.id;
    });
  }

  async link(version, parentModule, parentId, relatedList, relatedIds) {
    await this.expect('PUT', `/crm/${version}/${parentModule}/${parentId}/${relatedList}`, { data: relatedIds.map(id => ({ id })) }, [200]);
  }

  async deleteRecords(version, module, ids) {
    if (ids.length > 0) await this.expect('DELETE', `/crm/${version}/${module}?ids=${ids.join(',')}`, undefined, [200, 207]);
  }

  /** What Zoho's 7.0 and 8.0 SDKs store as the user of a token found with findUser: "<email>:<org id>". */
  async currentUserName(version) {
    const user = await this.expect('GET', `/crm/${version}/users?type=CurrentUser`, undefined, [200]);
    const org = await this.expect('GET', `/crm/${version}/org`, undefined, [200]);
    return `${user.json.users[0].email}:${org.json.org[0].id}`;
  }

  async relatedIds(version, parentModule, parentId, relatedList) {
    const answer = await this.expect('GET', `/crm/${version}/${parentModule}/${parentId}/${relatedList}?fields=id`, undefined, [200, 204]);
    return answer.status === 204 ? [] : answer.json.data.map(record => record.id);
  }

  async control(method, path, body) {
    if (!this.isEmulator) throw new Error('the control plane is the emulator\'s only');
    const response = await fetch(this.controlPlane + path, { method, body: body === undefined ? undefined : JSON.stringify(body) });
    const json = await response.json();
    if (!response.ok) throw new HttpFailure(`control plane ${method} ${path}: HTTP ${response.status} ${json.message}`);
    return json;
  }

  async injectFault(fault) {
    return this.control('POST', '/faults', fault);
  }

  async pendingFaults() {
    return (await this.control('GET', '/faults')).faults;
  }

  /** Relations among the given records, each as "moduleA:idA + moduleB:idB" with the lower id first. */
  async relationsAmong(ids) {
    const mine = new Set(ids);
    return (await this.control('GET', '/relations')).relations
      .filter(([a, b]) => mine.has(a.id) && mine.has(b.id))
      .map(([a, b]) => `${a.module}:${a.id} + ${b.module}:${b.id}`);
  }
}
