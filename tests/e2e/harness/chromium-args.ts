// Chromium's command line for the renderer suite (playwright.config.ts). Every flag here changes
// what Chromium spends CPU on, not what the tests check: the page, its CSP, its requests, its
// rendering into screenshots and PDFs are the same. Measured in docs/developer/testing.md
// ("Chromium's share of the renderer suite").

/**
 * The features Playwright 1.65 itself turns off (`disabledFeatures` in playwright-core's
 * chromiumSwitches). Chromium honours only the last `--disable-features` on its command line, so a
 * list of our own must repeat Playwright's; tests/lint/chromium-args.test.ts fails when the
 * installed Playwright's list has a feature this one lacks.
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * Headless Chromium (since 132 the full browser without a window) makes the address bar's WebUI
 * popup for every window, so for every test's browser context: a renderer process of its own,
 * loading chrome://omnibox-popup.top-chrome/, that no test ever shows.
 */
const OUR_DISABLED_FEATURES = ['WebUIOmniboxAimPopup', 'WebUIOmniboxPopup'];

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  // No GPU: Chromium composites and rasterises in software.
  '--disable-gpu',
  // Debian's /usr/bin/chromium adds --enable-gpu-rasterization (/etc/chromium.d/default-flags):
  // with no GPU that rasterises every tile through SwiftShader, Chromium's software GL in the GPU
  // process, instead of Skia's software rasteriser in the renderer. Turned off again.
  '--disable-gpu-rasterization',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...OUR_DISABLED_FEATURES].join(',')}`,
];
