// Browser tests for Chromium, Firefox ESR and WebKitGTK, one engine per run.
// `npm test` (scripts/browsers.mjs) runs this once per engine with AW_BROWSER set, and starts
// Xvfb and WebKitWebDriver for WebKit; `npm run test:watch` uses Chromium alone.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import puppeteerCore from 'puppeteer-core';
import { chromiumLaunchOptions, firefoxPath, webkitBrowserPath } from './scripts/engines.mjs';
import { countingReporter } from './scripts/wtr-counting-reporter.mjs';
import { hardeningMiddleware, hardeningPlugins } from './test/server/hardening.mjs';
import { testServerMiddleware, testServerPlugins } from './test/server/plugins.mjs';

const engine = process.env.AW_BROWSER ?? 'chromium';
const files = process.env.AW_FILES ?? 'test/**/*.test.ts,!test/node/**,!test/consumer/**';

function chromium() {
  return chromeLauncher({
    launchOptions: chromiumLaunchOptions(),
    async createPage({ config, context }) {
      const page = await context.newPage();
      const origin = `${config.protocol ?? 'http:'}//${config.hostname}:${config.port}`;
      await context.overridePermissions(origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
      // Pages run side by side; without focus emulation only one is "focused" and the
      // Clipboard API rejects in the others with "Document is not focused".
      const session = await page.createCDPSession();
      await session.send('Emulation.setFocusEmulationEnabled', { enabled: true });
      return page;
    },
  });
}

function firefox() {
  return chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: {
      browser: 'firefox',
      executablePath: firefoxPath,
      headless: true,
      extraPrefsFirefox: {
        'dom.events.testing.asyncClipboard': true,
        'dom.events.asyncClipboard.readText': true,
        'dom.events.asyncClipboard.clipboardItem': true,
      },
    },
  });
}

function webkit() {
  return webdriverLauncher({
    automationProtocol: 'webdriver',
    hostname: '127.0.0.1',
    port: Number(process.env.WEBKIT_DRIVER_PORT ?? 4444),
    path: '/',
    logLevel: 'error',
    capabilities: {
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': {
        binary: webkitBrowserPath,
        args: ['--automation', '--javascript-can-access-clipboard=true'],
      },
    },
  });
}

const launchers = { chromium, firefox, webkit };
if (!(engine in launchers)) {
  throw new Error(`AW_BROWSER must be one of ${Object.keys(launchers).join(', ')}, not "${engine}"`);
}

export default {
  rootDir: '.',
  files: files.split(','),
  nodeResolve: true,
  browsers: [launchers[engine]()],
  // One page at a time in Firefox and WebKit: a page that is not in front gets no animation
  // frames there, and tests waiting for rendering would time out. Chromium emulates focus.
  concurrency: engine === 'chromium' ? 2 : 1,
  browserStartTimeout: 120_000,
  testsStartTimeout: 120_000,
  testsFinishTimeout: Number(process.env.AW_FINISH_TIMEOUT ?? 300_000),
  testFramework: {
    config: { timeout: 10_000 },
  },
  middleware: [hardeningMiddleware, testServerMiddleware],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    ...testServerPlugins,
    ...hardeningPlugins,
  ],
  // Every test file runs with a guard that fails the running test on any uncaught error or
  // unhandled rejection on the page.
  testRunnerHtml: (testFramework) => `<!doctype html>
<html>
  <body>
    <script type="module" src="${testFramework}"></script>
    <script type="module" src="/test/helpers/no-page-errors.ts"></script>
  </body>
</html>`,
  // Lit's dev build (used in tests for its extra checks) announces itself in every file.
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').startsWith('Lit is in dev mode'),
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countingReporter(engine)],
};
