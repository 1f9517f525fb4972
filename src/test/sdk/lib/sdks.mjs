// The six official Zoho CRM SDKs the npm registry serves, one API version each (the /crm/vN/ segment is a literal in
// their code), and what differs between them when they are pointed at another server.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export const SDKS = [
  { pkg: '@zohocrm/nodejs-sdk-2.1', family: 'Node 2.1', api: 'v2.1' },
  { pkg: '@zohocrm/typescript-sdk-2.1', family: 'TypeScript 2.1', api: 'v2.1' },
  { pkg: '@zohocrm/nodejs-sdk-7.0', family: 'Node 7/8', api: 'v7' },
  { pkg: '@zohocrm/typescript-sdk-7.0', family: 'TypeScript 7/8', api: 'v7' },
  { pkg: '@zohocrm/nodejs-sdk-8.0', family: 'Node 7/8', api: 'v8' },
  { pkg: '@zohocrm/typescript-sdk-8.0', family: 'TypeScript 7/8', api: 'v8' },
];

/** The user signature the 2.1 SDKs require: any address; it only keys their token store. */
const SIGNATURE = 'sdk-check@example.invalid';

const require = createRequire(import.meta.url);

/** One SDK, loaded unmodified from node_modules, behind the few calls the checks make. */
export class Sdk {
  constructor(entry, Z) {
    this.entry = entry;
    this.Z = Z;
    this.version = JSON.parse(readFileSync(require.resolve(`${entry.pkg}/package.json`), 'utf8')).version;
    // TypeScript 7.0 exports the related-records namespace as RecordsRelated
    this.RR = Z.RelatedRecords ?? Z.RecordsRelated;
    this.Record = entry.api === 'v2.1' ? Z.Records.Record : Z.Record.Record;
  }

  static async load(pkg) {
    const entry = SDKS.find(s => s.pkg === pkg);
    if (!entry) throw new Error(`not one of the six SDKs: ${pkg}`);
    return new Sdk(entry, await import(pkg));
  }

  get isV21() {
    return this.entry.api === 'v2.1';
  }

  /** 7.0 and 8.0 read the current user and org on a token's first use unless findUser(false); 2.1 has no findUser. */
  get findsUser() {
    return !this.isV21;
  }

  /**
   * Initialises the SDK against a server: its own refresh-token flow, a fresh token store and resource path (a stored
   * api_domain of real Zoho would switch 7.0 and 8.0 back to Zoho), its log in the same directory.
   */
  async initialize({ apiUrl, tokenUrl, clientId, clientSecret, refreshToken }, dir) {
    const Z = this.Z;
    const environment = this.isV21
      ? new Z.Environment(apiUrl, tokenUrl, apiUrl, 'custom')  // 2.1: a fourth argument, the environment's name
      : new Z.Environment(apiUrl, tokenUrl, apiUrl);
    const token = new Z.OAuthBuilder().clientId(clientId).clientSecret(clientSecret).refreshToken(refreshToken).build();
    const logger = new Z.LogBuilder().level(Z.Levels.INFO).filePath(`${dir}/sdk.log`).build();
    let builder = (await new Z.InitializeBuilder())
      .environment(environment).token(token).store(new Z.FileStore(`${dir}/tokens.csv`))
      .resourcePath(`${dir}/`)  // 7.0 concatenates resourcePath + "resources": keep the trailing '/'
      .logger(logger);
    if (this.isV21) builder = builder.user(new Z.UserSignature(SIGNATURE));
    await builder.initialize();
  }

  operations(relatedList, parentModule) {
    return new this.RR.RelatedRecordsOperations(relatedList, parentModule);
  }

  async link(ops, parentId, relatedIds) {
    const body = new this.RR.BodyWrapper();
    body.setData(relatedIds.map(id => {
      const record = new this.Record();
      record.addKeyValue('id', BigInt(id));
      return record;
    }));
    return ops.updateRelatedRecords(BigInt(parentId), body);
  }

  /** Get related records, with fields=id where the version requires fields (v5 on). */
  async read(ops, parentId) {
    const params = new this.Z.ParameterMap();
    if (!this.isV21) await params.add(this.RR.GetRelatedRecordsParam.FIELDS, 'id');
    return ops.getRelatedRecords(BigInt(parentId), params);
  }

  /** The bulk form: DelinkRecordsParam.IDS is a String parameter; each add() joins with a comma. */
  async delinkMany(ops, parentId, relatedIds) {
    const params = new this.Z.ParameterMap();
    for (const id of relatedIds) await params.add(this.RR.DelinkRecordsParam.IDS, id);
    return ops.delinkRecords(BigInt(parentId), params);
  }

  async delinkOne(ops, relatedId, parentId) {
    return ops.delinkRecord(BigInt(relatedId), BigInt(parentId));
  }
}
