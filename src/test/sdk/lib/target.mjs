// Where the SDKs are pointed: a standalone emulator (its base URL) or a live org, configured through the same
// variables as the suite (README, "Running against a real Zoho CRM org").

const DEMO = { clientId: 'demo-client', clientSecret: 'demo-secret', refreshToken: 'demo-refresh-token' };

export class ConfigurationError extends Error {}

function credentials(env, live) {
  const given = { clientId: env.ZOHO_CLIENT_ID, clientSecret: env.ZOHO_CLIENT_SECRET, refreshToken: env.ZOHO_REFRESH_TOKEN };
  const missing = [['ZOHO_CLIENT_ID', 'clientId'], ['ZOHO_CLIENT_SECRET', 'clientSecret'], ['ZOHO_REFRESH_TOKEN', 'refreshToken']]
    .filter(([, key]) => !given[key]?.trim()).map(([name]) => name);
  if (missing.length === 3 && !live) return { ...DEMO, demo: true };
  if (missing.length > 0) throw new ConfigurationError(`${missing.join(', ')} must be set${live ? ' for a live org' : ' (or none of the three, for the emulator\'s demo client)'}`);
  return { ...given, demo: false };
}

/** A base URL without a trailing slash; credentials in it are refused (they would be printed). */
function baseUrl(name, text) {
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new ConfigurationError(`${name} is not a URL`);
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.username || url.password) {
    throw new ConfigurationError(`${name} must be an http or https base URL without credentials`);
  }
  return url.origin + url.pathname.replace(/\/+$/, '');
}

export function emulatorTarget(base, env) {
  const apiUrl = baseUrl('the emulator URL', base);
  return { live: false, apiUrl, tokenUrl: `${apiUrl}/oauth/v2/token`, controlPlane: `${apiUrl}/__emulator`, ...credentials(env, false) };
}

/**
 * ZOHO_API_DOMAIN and ZOHO_ACCOUNTS_URL when set; otherwise ZOHO_DC (default us) and ZOHO_ENVIRONMENT (default
 * sandbox) through the data-centre classes of Zoho's own 8.0 SDK, which know the token URL of each.
 */
export async function liveTarget(env) {
  const dc = (env.ZOHO_DC || 'us').trim().toUpperCase();
  const environment = (env.ZOHO_ENVIRONMENT || 'sandbox').trim().toUpperCase();
  let apiUrl = env.ZOHO_API_DOMAIN && baseUrl('ZOHO_API_DOMAIN', env.ZOHO_API_DOMAIN);
  let tokenUrl = env.ZOHO_ACCOUNTS_URL && `${baseUrl('ZOHO_ACCOUNTS_URL', env.ZOHO_ACCOUNTS_URL)}/oauth/v2/token`;
  if (!apiUrl || !tokenUrl) {
    const Z = await import('@zohocrm/nodejs-sdk-8.0');
    const dataCenter = Z[`${dc}DataCenter`];
    if (!dataCenter || typeof dataCenter[environment] !== 'function') {
      throw new ConfigurationError(`ZOHO_DC=${dc.toLowerCase()} with ZOHO_ENVIRONMENT=${environment.toLowerCase()} is not in the SDK's data centres; set ZOHO_API_DOMAIN and ZOHO_ACCOUNTS_URL`);
    }
    const known = dataCenter[environment]();
    apiUrl ||= known.getUrl();
    tokenUrl ||= known.getAccountsUrl();
  }
  return { live: true, apiUrl, tokenUrl, controlPlane: null, ...credentials(env, true) };
}
