/// <reference lib="dom" />
// The renderer end-to-end fixture. Per test it:
// - starts core on a fresh temporary data folder in a worker thread, as Electron's main does
//   (src-main/core-host: the host forwards the bridge calls, events and platform calls), with
//   worker.ts bundled once for the run (core-worker-bundle.ts, Playwright's globalSetup) instead of
//   loaded from source through tsx per test; what a spec does to core besides the bridge goes through the
//   host's test control channel (core-control.ts, `app.control` and `app.sql`);
// - serves the built renderer (out/renderer) on a fixed origin through page.route, with the same
//   headers (CSP) as the app:// handler, and aborts and records every other request;
// - runs the real built preload (out/preload/index.js) with a stand-in for `require('electron')`
//   whose ipcRenderer talks to core through a Playwright binding: only the transport is swapped;
// - fails the test on any request outside the app, any console error, or any axe violation;
// - saves a screenshot at the end of every test;
// - starts core's clock and the page's clock at the same fixed moment (HARNESS_START), so a date a
//   test expects holds on whatever day the suite runs; moving core's clock moves the page's too.
// - on the `postgres` project (option `engine: 'postgres'`), gives core a fresh database in the
//   run's private PostgreSQL cluster through the data folder's store.json, dropped afterwards;
// - on the `server` project (`engine: 'server'`), puts the desktop's team mode between the page and
//   core: the binding goes to a workstation as Electron's main makes it (createWorkstation, its
//   remote bridge), which calls a real CTER server over HTTPS on loopback; the server's core, on a
//   fresh copy of the worker's PostgreSQL template, is `core` (team-server.ts);
// - with the option `adminPolicy` (test.use), gives core the administrator's policy as main.ts
//   does: the result of the policy reader (src-main/electron/admin-policy.ts), passed as
//   CoreOptions.adminPolicy, its data folder (if it fixes one) as core's data folder. The app
//   itself reads no test file: the policy is handed over here, never through a path;
// - gives new key slots scrypt's lowest accepted cost, as the vitest suites do
//   (tests/support/cheap-key-derivation.ts): the specs are about the screens, not the derivation;
// - with CTER_E2E_SPARE=1, starts the next test's core (its worker thread, data folder, database)
//   while a test runs (spare-core.ts);
// - with CTER_E2E_TIMING=1, records where each test's time goes (timing.ts).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, expect, type Page, type TestInfo } from '@playwright/test';
import type { AdminPolicyResult } from '../../../src-shared/domain/admin-policy';
import type { MenuAction } from '../../../src-shared/ipc/events';
import { formatMessage } from '../../../src-shared/i18n/messages';
import type { ErrorCode, Result } from '../../../src-shared/ipc/errors';
import { createRendererAssets } from '../../../src-main/core/app/renderer-assets';
import type { WorkerEntry } from '../../../src-main/core-host/entry';
import { controlOf, type Control } from '../../../src-main/core-host/control';
import type { Core } from '../../../src-main/core/core';
import { startCoreWorker, type HostedCore } from '../../../src-main/core-host/host';
import { sharedManualClock, type SharedClock } from '../../../src-main/core-host/shared-clock';
import { memoryLogger } from '../../../src-main/core/logger';
import { useProductionScryptCost } from '../../../src-main/core/vault/kdf';
import type { PostgresStore } from '../../../src-main/core/db/store';
import type { BridgeBackend } from '../../../src-main/team/remote-bridge';
import { checkAccessibility, formatViolations, type AxeViolation } from './axe';
import { controls, type Controls } from './core-control';
import { coreWorkerBundle } from './core-worker-bundle';
import { printFailureReport, type CallRecord } from './failure-report';
import { harnessPlatform, type DialogStandIn, type TeamStandIn } from './platform';
import { createE2eDatabase, dropE2eDatabase, writeStoreFile } from './postgres';
import { ORIGIN, preloadScript, RENDERER_DIR } from './renderer-page';
import { spareCores } from './spare-core';
import { phaseTimer } from './timing';
import {
  disposeWorker,
  prepareWorker,
  startTeamServer,
  type TeamServerTest,
  type TeamServerWorker,
} from './team-server';

export { ORIGIN };
useProductionScryptCost(false);
const ROOT = resolve(__dirname, '../../..');
export const RESOURCES_DIR = join(ROOT, 'resources');
export const SCREENSHOT_DIR = join(ROOT, 'test-results/screenshots');
/**
 * Core's worker thread runs the run's bundle (core-worker-entry.ts: new key slots at scrypt's
 * lowest cost, as here, then worker.ts), which is also the module the worker takes `controls` from.
 */
function workerBundle(): { entry: WorkerEntry; control: string } {
  const script = coreWorkerBundle();
  return { entry: { script, eval: false }, control: script };
}
/**
 * CTER_E2E_SPARE=1: the next test's core is started while a test runs (spare-core.ts). Off by
 * default: in the CI run that first had it on, the Chromium suite took about as long as before and
 * two specs' timing races showed (docs/developer/testing.md); each test starts its own core.
 */
const SPARE_CORE = process.env['CTER_E2E_SPARE'] === '1';

type Tamper = (input: unknown) => unknown;

/** The release of a held call (AppHarness.hold), with the moment the page made it. */
export type Held = (() => void) & { reached: Promise<void> };

/**
 * "Now" at the start of every test, for core and for the page: 10:00 in Amsterdam, and the same
 * calendar day in every time zone from UTC-9 to UTC+14. The page's clock then runs on in real time
 * (timers work as usual); core's stands still until a test moves it.
 */
export const HARNESS_START = new Date('2026-11-29T09:00:00.000Z');

/**
 * The store core runs on: the SQLCipher file (default) or a PostgreSQL database (store.json); or
 * `server`: a CTER server on PostgreSQL, reached by the workstation's remote bridge (team mode).
 */
export type Engine = 'sqlcipher' | 'postgres' | 'server';

const APP_VERSION = '0.0.0-test';

export interface AppHarness {
  page: Page;
  /**
   * The core that holds the test's data, as the bridge sees it (dispatch, events, the idle check):
   * the host of core's worker thread, or on `server` the CTER server's core (in this process).
   */
  core: HostedCore;
  /** Test-only operations on that core (core-control.ts): in its worker, or on `server` here. */
  control: Control<Controls>;
  /** A query on the test's store (either engine), e.g. to check what is stored; its rows. */
  sql(strings: TemplateStringsArray, ...values: unknown[]): Promise<Record<string, unknown>[]>;
  /**
   * What the page's bridge talks to: `core` itself, or on `server` the workstation (its remote
   * bridge to the server). Set-up helpers that act as the logged-in user call this.
   */
  bridge: BridgeBackend;
  /**
   * On `server`: where the workstation connects (team.json), and the server stopped and started
   * again on the same database (after a stop `core` is closed); null on the other projects.
   */
  server: {
    host: string;
    port: number;
    stop(): Promise<void>;
    start(): Promise<void>;
    /** The core of the server running now (a new one after `start`): `control` and `sql` use it. */
    core(): Core;
    /**
     * The laptop restarts: a new workstation on the same data folder (load the page again); with
     * `childProcess`, in a child process of its own from then on (team-server.ts).
     */
    restartWorkstation(options?: { childProcess?: boolean }): Promise<void>;
    /** The workstation's child process killed with SIGKILL and started again (load the page again). */
    killWorkstation(): Promise<void>;
  } | null;
  /** The workstation's data folder (on `server` it holds team.json and the preferences only). */
  dataDir: string;
  /** The engine of this test's store (the project's `engine` option). */
  engine: Engine;
  /**
   * Where this test's screenshots go: test-results/screenshots, or a subfolder named after the
   * project for postgres and server, so the projects never write the same file.
   */
  screenshotDir: string;
  /** Opens the app at a route (hash path, e.g. "/") and waits until the shell is there. */
  open(route?: string): Promise<void>;
  /** Runs axe (WCAG 2.1 AA) on the page as it is now; violations fail the test at its end. */
  expectAccessible(label: string): Promise<void>;
  /**
   * Saves a named screenshot next to the per-test one: the whole page from its top, or with
   * `{ window: true }` the window as it is scrolled now (an open menu lies over the field it belongs to).
   */
  screenshot(name: string, options?: { window?: boolean }): Promise<string>;
  /** Sends a menu command as Electron's menu would. */
  menu(action: MenuAction): void;
  /** Rewrites the input of the next calls on one channel before core sees it (fault injection). */
  tamper(channel: string, rewrite: Tamper): void;
  /**
   * Holds the next call on one channel before core sees it, until the returned function is called:
   * a save still under way while the user goes on. Its `reached` resolves once the page has made
   * that call (and it waits), so a test knows the answer is still to come.
   */
  hold(channel: string): Held;
  /**
   * The next call on `channel` fails with `code` without reaching core, as a call to the CTER
   * server does while the connection is gone (team mode: NO_CONNECTION).
   */
  failNext(channel: string, code: ErrorCode): void;
  /** Every bridge call the page made, in order. */
  calls: CallRecord[];
  /**
   * Resolves once no bridge call of the page is under way (and none started for a moment): every
   * authorised call counts as activity in core, so a test that moves the clock to reach the idle
   * lock must not move it while the page is still loading what it shows.
   */
  callsSettled(): Promise<void>;
  /** Core's clock (the page's follows it): move it to test idle locking and throttling without waiting. */
  clock: Omit<SharedClock, 'buffer'> & {
    /** Resolves once the page's clock has made the moves made so far on core's (open() waits for it). */
    pageFollowed(): Promise<void>;
  };
  /** Answers for file dialogs, and what was saved or printed. */
  dialogs: DialogStandIn;
  /** Team mode's CTER server, stood in: what was connected, what core reports as `team`. */
  team: TeamStandIn;
  /** A folder of this test's own for files (downloads, backups). */
  filesDir: string;
  /**
   * Runs `work` and, with CTER_E2E_TIMING set, adds its duration to the phase `phase` of this
   * test's timing (timing.ts): the set-up helpers name theirs, so a run says where the time goes.
   */
  timed<T>(phase: string, work: () => Promise<T>): Promise<T>;
}

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase()
    .slice(0, 90);
}

export interface EngineOption {
  /** Set per project in playwright.config.ts; one per worker (a worker runs one project). */
  engine: Engine;
}

interface TestOptions {
  /**
   * The administrator's policy for a test, as readAdminPolicy returns it (parseAdminPolicy makes
   * one from the keys of policy.json). A DataFolder in it is the test's data folder, removed with
   * the test's other folders afterwards: give a fresh path of its own. Not for the `server` project.
   */
  adminPolicy: AdminPolicyResult | null;
}

interface WorkerFixtures extends EngineOption {
  /** On `server`: the worker's certificate and template database (team-server.ts); else null. */
  teamServerWorker: TeamServerWorker | null;
  /** The next test's core, started ahead (spare-core.ts); null on `server` and without CTER_E2E_SPARE=1. */
  spares: ReturnType<typeof spareCores> | null;
}

export const test = base.extend<{ app: AppHarness } & TestOptions, WorkerFixtures>({
  engine: ['sqlcipher', { option: true, scope: 'worker' }],
  adminPolicy: [null, { option: true }],
  teamServerWorker: [
    async ({ engine }, use) => {
      if (engine !== 'server') return use(null);
      const dir = mkdtempSync(join(tmpdir(), 'cter-e2e-server-'));
      const parts = { resourcesDir: RESOURCES_DIR, appVersion: APP_VERSION };
      const worker = await prepareWorker(dir, parts, sharedManualClock(HARNESS_START), memoryLogger());
      await use(worker);
      await disposeWorker(worker);
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  spares: [
    async ({ engine }, use) => {
      if (!SPARE_CORE || engine === 'server') return use(null);
      const spares = spareCores({
        resourcesDir: RESOURCES_DIR,
        appVersion: APP_VERSION,
        idleCheckMs: 0,
        ...workerBundle(),
        start: HARNESS_START,
        postgres: engine === 'postgres',
      });
      await use(spares);
      await spares.dispose();
    },
    { scope: 'worker' },
  ],
  app: async ({ page, engine, teamServerWorker, spares, adminPolicy }, use, testInfo: TestInfo) => {
    if (adminPolicy && engine === 'server') throw new Error('adminPolicy: not on the server project');
    const timer = phaseTimer(testInfo);
    // The core started ahead for this test, with its data folder (and on `postgres` its database);
    // with a policy the core starts here, as the policy is one of its start options.
    const spare = spares && !adminPolicy ? await timer.timed('harness:spare-core', () => spares.take()) : null;
    // First, so a cluster that did not start fails the test with its one line, before anything else.
    const store: PostgresStore | null =
      spare?.store ?? (engine === 'postgres' ? await timer.timed('harness:database', () => createE2eDatabase()) : null);
    const root = spare?.root ?? mkdtempSync(join(tmpdir(), 'cter-e2e-'));
    // As main.ts: the policy's data folder first.
    const dataDir = spare?.dataDir ?? adminPolicy?.policy.dataFolder ?? join(root, 'data');
    const filesDir = join(root, 'bestanden');
    const screenshotDir = engine === 'sqlcipher' ? SCREENSHOT_DIR : join(SCREENSHOT_DIR, testInfo.project.name);
    // Written before core starts: core reads store.json when it looks for its store.
    if (store && !spare) writeStoreFile(dataDir, store);
    const logger = spare?.logger ?? memoryLogger();
    const serverLogger = memoryLogger();
    const coreClock = spare?.clock ?? sharedManualClock(HARNESS_START);
    // The renderer reads "today" from the browser (default dates in forms, the current year): it
    // must be the day core has. Installed before the first navigation. Time that passes for core
    // passes for the page too (its timers due by then fire, as after a real wait); the page never
    // goes back, so it runs ahead of core by the real seconds the test has taken.
    await page.clock.install({ time: HARNESS_START });
    let pageClockSync: Promise<void> = Promise.resolve();
    const follow = (move: () => Promise<void>) => {
      pageClockSync = pageClockSync.then(move).catch(() => undefined);
    };
    const clock: AppHarness['clock'] = {
      now: () => coreClock.now(),
      advance(ms) {
        coreClock.advance(ms);
        follow(() => page.clock.fastForward(ms));
      },
      set(date) {
        coreClock.set(date);
        follow(() => page.clock.setSystemTime(date));
      },
      pageFollowed: () => pageClockSync,
    };
    const { platform, dialogs, team } = harnessPlatform(page, filesDir);
    // On `server` the workstation is made where the data folder would be; its core is the server's.
    const teamServer: TeamServerTest | null = teamServerWorker
      ? await timer.timed('harness:server', () =>
          startTeamServer(teamServerWorker, {
            root,
            resourcesDir: RESOURCES_DIR,
            appVersion: APP_VERSION,
            clock: coreClock,
            platform,
            serverLogger,
            workstationLogger: logger,
          }),
        )
      : null;
    spare?.platform.bind(platform);
    const host = teamServer
      ? null
      : (spare?.host ??
        startCoreWorker({
          dataDir,
          resourcesDir: RESOURCES_DIR,
          appVersion: APP_VERSION,
          logger,
          clock: coreClock,
          platform,
          idleCheckMs: 0,
          ...workerBundle(),
          ...(adminPolicy ? { adminPolicy } : {}),
        }));
    const core: HostedCore = teamServer?.server.core ?? host!;
    // On `server`: the handlers run on the core of the server running now, so a spec that stopped
    // and started it reads what the new one holds.
    const control = host
      ? controlOf(controls, (name, input) => host.control(name, input))
      : controlOf(controls, async (name, input) =>
          (controls[name as keyof Controls] as (core: Core, input: unknown) => unknown)(
            teamServer!.currentCore(),
            input,
          ),
        );
    const bridge: BridgeBackend = teamServer?.bridge ?? core;
    const serve = createRendererAssets(RENDERER_DIR);
    const outsideRequests: string[] = [];
    const consoleErrors: string[] = [];
    const violations: { label: string; violations: AxeViolation[] }[] = [];
    const tampers = new Map<string, Tamper>();
    const holds = new Map<string, { released: Promise<void>; reached: () => void }>();
    const failures = new Map<string, ErrorCode>();
    const calls: AppHarness['calls'] = [];
    let callsUnderWay = 0;

    const pageSetupStarted = Date.now();
    await page.context().route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== ORIGIN) {
        outsideRequests.push(route.request().url());
        return route.abort('blockedbyclient');
      }
      const asset = await serve(url.pathname);
      return route.fulfill({ status: asset.status, headers: asset.headers, body: asset.body });
    });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(`${error.name}: ${error.message}`));

    const answerCall = async (channel: unknown, input: unknown): Promise<Result<unknown>> => {
      const held = typeof channel === 'string' ? holds.get(channel) : undefined;
      if (held) {
        holds.delete(channel as string);
        held.reached();
        await held.released;
      }
      const rewrite = typeof channel === 'string' ? tampers.get(channel) : undefined;
      const failure = typeof channel === 'string' ? failures.get(channel) : undefined;
      if (failure) failures.delete(String(channel));
      const result: Result<unknown> = failure
        ? { ok: false, error: { code: failure, message: formatMessage('nl', `errors.${failure}`) } }
        : await bridge.dispatch(channel, rewrite ? rewrite(input) : input);
      calls.push({ channel: String(channel), ok: result.ok, ...(result.ok ? {} : { code: result.error.code }) });
      return result;
    };
    await page.exposeBinding('__cterTransportInvoke', async (_source, channel: unknown, input: unknown) => {
      callsUnderWay += 1;
      try {
        return await answerCall(channel, input);
      } finally {
        callsUnderWay -= 1;
      }
    });
    await page.addInitScript({ content: preloadScript() });
    // Core's events reach the page asynchronously; open() waits for those under way. A session that
    // ended behind the page's back (a log-in made through core, e.g. asBeheerder) makes open() load
    // a fresh page: the old one may have asked core for its state half-way through that log-in.
    let eventsUnderWay: Promise<unknown> = Promise.resolve();
    let sessionEndedSinceLoad = false;
    const unsubscribe = bridge.onEvent((event) => {
      if (event.type === 'session-ended') sessionEndedSinceLoad = true;
      const delivered = page
        .evaluate(
          (payload) => (window as never as { __cterTransportEmit(p: unknown): void }).__cterTransportEmit(payload),
          event,
        )
        .catch(() => undefined);
      eventsUnderWay = Promise.all([eventsUnderWay, delivered]);
    });

    mkdirSync(screenshotDir, { recursive: true });
    timer.add('harness:page', Date.now() - pageSetupStarted);
    // With timing on, core's worker thread is awaited here, so its start is a phase of its own (else
    // the first call waits for it). A control call: it answers once the worker has loaded core.
    if (timer.on && host) await timer.timed('harness:core-start', () => host.control('ready'));
    const harness: AppHarness = {
      page,
      core,
      control,
      sql: (strings, ...values) => control.sql({ strings: [...strings], values }),
      bridge,
      server: teamServer
        ? {
            host: teamServer.host,
            port: teamServer.port,
            stop: () => teamServer.stopServer(),
            start: () => teamServer.startServer(),
            core: () => teamServer.currentCore(),
            restartWorkstation: (restart) => teamServer.restartWorkstation(restart),
            killWorkstation: () => teamServer.killWorkstation(),
          }
        : null,
      dataDir: teamServer?.dataDir ?? dataDir,
      engine,
      screenshotDir,
      calls,
      async callsSettled() {
        // Settled when nothing is under way and the count of calls stood still for 200 ms: a
        // render that follows one answer may ask for the next.
        await expect
          .poll(
            async () => {
              const before = calls.length;
              await new Promise((resolve) => setTimeout(resolve, 200));
              return callsUnderWay === 0 && calls.length === before;
            },
            { intervals: [0] },
          )
          .toBe(true);
      },
      clock,
      dialogs,
      team,
      filesDir,
      timed: (phase, work) => timer.timed(phase, work),
      open: (route = '/') => timer.timed('open', () => open(route)),
      async expectAccessible(label) {
        const found = await timer.timed('axe', () => checkAccessibility(page));
        if (found.length) violations.push({ label, violations: found });
      },
      async screenshot(name, options = {}) {
        const file = join(screenshotDir, `${slug(testInfo.titlePath.slice(1).join(' '))}--${slug(name)}.png`);
        if (options.window) {
          await timer.timed('screenshot', () => page.screenshot({ path: file }));
          return file;
        }
        // A full-page capture draws the fixed app bar where the window is scrolled to, over the
        // content: from the top, it sits where the user sees it.
        await page.evaluate(() => window.scrollTo(0, 0));
        await timer.timed('screenshot', () => page.screenshot({ path: file, fullPage: true }));
        return file;
      },
      menu(action) {
        bridge.emit({ type: 'menu', action });
      },
      tamper(channel, rewrite) {
        tampers.set(channel, rewrite);
      },
      hold(channel) {
        let release = () => {};
        let reached = () => {};
        const released = new Promise<void>((resolve) => (release = resolve));
        const madeCall = new Promise<void>((resolve) => (reached = resolve));
        holds.set(channel, { released, reached: () => reached() });
        return Object.assign(() => release(), { reached: madeCall });
      },
      failNext(channel, code) {
        failures.set(channel, code);
      },
    };
    async function open(route: string) {
      await pageClockSync;
      await eventsUnderWay;
      const url = `${ORIGIN}/index.html#${route}`;
      // Going to the address already shown is no navigation at all: the page would keep what it
      // showed, e.g. "no access" for the account logged in before a login made through core.
      // Nor is a change of the hash alone, after a session ended: load the route fresh.
      if (sessionEndedSinceLoad && page.url().startsWith(`${ORIGIN}/`)) {
        await page.evaluate((target) => history.replaceState(null, '', target), url);
        await page.reload();
      } else if (page.url() === url) await page.reload();
      else await page.goto(url);
      sessionEndedSinceLoad = false;
      await expect(page.locator('main#inhoud')).toBeVisible();
      // A page's code loads on its first visit (routes.ts, `onDemand`); once it is there its
      // heading takes focus. A test that moves focus before then loses it to that heading.
      await expect(page.locator('[data-page-loading]')).toHaveCount(0);
    }

    timer.add('harness:before-body', Date.now() - timer.started);
    // This test's core is there: the next test's starts now, while this one runs.
    spares?.prepareNext();
    const bodyStarted = Date.now();
    await use(harness);
    timer.add('body', Date.now() - bodyStarted);

    const teardownStarted = Date.now();
    unsubscribe();
    await pageClockSync;
    if (!page.isClosed()) {
      if (testInfo.status !== testInfo.expectedStatus) await printFailureReport(page, calls, callsUnderWay);
      await timer.timed('teardown:screenshot', () =>
        page.screenshot({
          path: join(screenshotDir, `${slug(testInfo.titlePath.slice(1).join(' '))}.png`),
          fullPage: true,
        }),
      );
      if (testInfo.status === 'passed') {
        const found = await timer.timed('teardown:axe', () => checkAccessibility(page));
        if (found.length) violations.push({ label: 'einde van de test', violations: found });
      }
    }
    await timer.timed('teardown:close', async () => {
      if (teamServer) await teamServer.close();
      else await core.close();
      if (store) await dropE2eDatabase(store);
    });
    rmSync(root, { recursive: true, force: true });
    if (adminPolicy?.policy.dataFolder) rmSync(adminPolicy.policy.dataFolder, { recursive: true, force: true });
    timer.add('teardown', Date.now() - teardownStarted);
    timer.report();

    expect(outsideRequests, 'requests outside the app').toEqual([]);
    expect(consoleErrors, 'console errors').toEqual([]);
    expect(
      violations.map((v) => `${v.label}:\n${formatViolations(v.violations)}`),
      'axe violations',
    ).toEqual([]);
    expect(
      [...logger.lines, ...serverLogger.lines].filter((line) => line.startsWith('error')),
      'core errors',
    ).toEqual([]);
  },
});

export { expect };
