// What an SDK made of an answer, as plain data: the HTTP status, the class it parsed the body into, and the items
// (SuccessResponse / APIException of an ActionWrapper, records of a ResponseWrapper) with their code, message and id.

const value = choice => (choice && typeof choice.getValue === 'function' ? choice.getValue() : choice);

/** details is a Map in some SDKs and a plain object in others; ids may be strings or BigInts. */
function detail(details, key) {
  if (details == null) return undefined;
  const raw = details instanceof Map ? details.get(key) : details[key];
  return raw == null ? undefined : String(raw);
}

function item(x) {
  const parsed = { kind: x.constructor.name };
  if (typeof x.getCode === 'function') {
    parsed.status = value(x.getStatus());
    parsed.code = value(x.getCode());
    parsed.message = value(x.getMessage());
    const id = detail(x.getDetails(), 'id');
    if (id !== undefined) parsed.id = id;
  } else if (typeof x.getId === 'function') {
    parsed.id = String(x.getId());
  }
  return parsed;
}

export function parse(response) {
  const object = response.getObject();
  const parsed = { http: response.getStatusCode(), object: object == null ? null : object.constructor.name };
  if (object != null && typeof object.getData === 'function') {
    parsed.items = (object.getData() ?? []).map(item);
  } else if (object != null && typeof object.getCode === 'function') {
    Object.assign(parsed, item(object));
    delete parsed.kind;
  }
  return parsed;
}

/** One line a person reads in the report: "HTTP 200 ActionWrapper [SuccessResponse SUCCESS relation removed <contact B>]". */
export function describe(parsed) {
  const head = `HTTP ${parsed.http} ${parsed.object ?? '(no body)'}`;
  const one = x => [x.kind, x.code, x.message, x.id].filter(Boolean).join(' ');
  if (parsed.items) return `${head} [${parsed.items.map(one).join('; ')}]`;
  if (parsed.code) return `${head} ${one(parsed)}`;
  return head;
}
