import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
const dbDir = `var/e2e-db-${port}`;
/** The development JPKI CA of the browser tests: fresh each run; the tests issue cards from it (test/e2e/support/card.ts). */
const jpkiDir = `var/e2e-jpki-ca-${port}`;
/** This port's own web build, so a run on another port cannot rebuild the files this server is serving. */
const webDir = `dist/web-e2e-${port}`;
/** Absolute: vite resolves a relative --outDir from its root, src/web. */
const webOutDir = fileURLToPath(new URL(webDir, import.meta.url));

/** Debian's Chromium, never a downloaded browser (DESIGN §1). The flags keep it off the network it cannot reach. */
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    ...devices['Desktop Chrome'],
    baseURL,
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    trace: 'retain-on-failure',
    launchOptions: { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS },
  },
  // The journeys that move the server's clock (TEST_CLOCK_CONTROL) run after all others, one at a time: a moved
  // clock ends every open session and shifts every TOTP step, so nothing may run beside them.
  projects: [
    { name: 'journeys', testIgnore: [/application-clock\.spec\.ts$/, /ecoe-clock\.spec\.ts$/] },
    { name: 'clock', testMatch: /application-clock\.spec\.ts$/, dependencies: ['journeys'] },
    // Moves the clock 3 months on (the e-COE expires): after the other clock journeys, alone.
    { name: 'ecoe-clock', testMatch: /ecoe-clock\.spec\.ts$/, dependencies: ['clock'] },
  ],
  webServer: {
    command: `npx tsx test/e2e/support/fresh-dir.ts ${dbDir} && npx tsx test/e2e/support/fresh-dir.ts ${jpkiDir} && npm run build:web -- --logLevel warn --outDir ${webOutDir} && npx tsx src/server/server.ts`,
    url: `${baseURL}/readyz`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: baseURL,
      PGLITE_DIR: dbDir,
      WEB_DIR: webDir,
      STORAGE_DIR: `var/e2e-files-${port}`,
      JOBS_ENABLED: 'true',
      TRUSTED_PROXIES: '127.0.0.1',
      SEED_DEMO: 'true',
      JPKI_DEV_CA_DIR: jpkiDir,
      LOG_LEVEL: 'warn',
      // POST /api/test/clock moves the server's clock (e.g. to the next JST day for the reception number).
      TEST_CLOCK_CONTROL: 'true',
      // Every journey comes from 127.0.0.1 and polls the mailbox; the per-address limit is proven in the integration tests.
      RATE_LIMIT_PER_MINUTE: '100000',
    },
  },
});
