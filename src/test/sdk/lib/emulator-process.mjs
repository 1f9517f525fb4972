// A standalone emulator for the check: `java -jar <jar> emulator --port 0`, with a client and refresh token
// generated for this run (passed as the ZOHO_* variables the emulator registers), stopped when the check ends.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';

const STARTUP_MS = 30_000;
const LISTENING = /^Zoho CRM emulator listening on (http:\S+)/m;

export class EmulatorStartFailure extends Error {}

const generated = prefix => `${prefix}-${randomBytes(16).toString('hex')}`;

export async function startEmulator(jar) {
  const credentials = { ZOHO_CLIENT_ID: generated('sdk-client'), ZOHO_CLIENT_SECRET: generated('sdk-secret'), ZOHO_REFRESH_TOKEN: generated('sdk-refresh') };
  const env = { ...process.env, ...credentials };
  ['ZOHO_LIMITED_SCOPE_REFRESH_TOKEN', 'ZOHO_RESTRICTED_USER_REFRESH_TOKEN', 'ZOHO_UNPRIVILEGED_USER_REFRESH_TOKEN'].forEach(name => delete env[name]);
  const child = spawn('java', ['-jar', jar, 'emulator', '--port', '0'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const baseUrl = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new EmulatorStartFailure(`the emulator did not start within ${STARTUP_MS / 1000} s: ${output.split('\n')[0]}`));
    }, STARTUP_MS);
    const read = chunk => {
      output += chunk;
      const listening = LISTENING.exec(output);
      if (listening) {
        clearTimeout(timer);
        resolve(listening[1]);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', code => {
      clearTimeout(timer);
      reject(new EmulatorStartFailure(`the emulator exited with code ${code}: ${output.split('\n')[0]}`));
    });
  });
  child.removeAllListeners('exit');
  return {
    baseUrl,
    env: credentials,
    stop: () => new Promise(resolve => {
      child.once('exit', resolve);
      child.kill('SIGTERM');
    }),
  };
}
