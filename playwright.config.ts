import { defineConfig } from '@playwright/test';

// Browser tests drive Debian's chromium (scripts/ensure-chromium.sh); no browser is downloaded.
export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  workers: 1,
  reporter: [['list'], ['json', { outputFile: 'tmp/playwright.json' }]],
  use: {
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
  },
  globalSetup: './test/e2e/global-setup.ts',
});
