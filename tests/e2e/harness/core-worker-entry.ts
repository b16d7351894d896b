// The core worker as the renderer suite runs it: worker.ts with the suites' cheap key derivation
// loaded first and the harness's control handlers, bundled into one file once per run by
// core-worker-bundle.ts (node_modules stay external), instead of worker.ts loaded from source
// through tsx in every test's new thread. Loading core from source cost about 1.6 s of CPU per
// test, the bundle about 0.6 s (docs/developer/testing.md, "Where the renderer suite's time goes").
// What runs is the same source as before; only the loading differs, as it does in the app
// (electron-vite bundles worker.ts into out/main/core-worker.js).
//
// The fixture names this bundle as the worker's control module too: worker.ts requires it by its
// path for `controls`, and gets this module's exports (its own file, already loaded), so the
// handlers act on the same modules as the core they control. The order below is the order of
// evaluation: the handlers and the cheap derivation are in place before worker.ts starts core.
export { controls } from './core-control';
import '../../support/cheap-key-derivation';
import '../../../src-main/core-host/worker';
