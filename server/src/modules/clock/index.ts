/**
 * Public entry of modules/clock: what other modules and the wiring may use; everything else in
 * this folder is internal. The allowed direction between modules is drawn in CONTRIBUTING.md
 * ("Modules and layers") and checked by `npm run boundaries`.
 *
 * The persisted test clock (TEST_CLOCK=1) that operators move forward in demos and tests.
 */
export { PersistedTestClock } from './test-clock.js';
