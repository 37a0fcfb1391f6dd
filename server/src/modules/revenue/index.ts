/**
 * Public entry of modules/revenue: what other modules and the wiring may use; everything else in
 * this folder is internal. The allowed direction between modules is drawn in CONTRIBUTING.md
 * ("Modules and layers") and checked by `npm run boundaries`.
 *
 * Exchange rates per day into the reporting currency, and the revenue figures (computed in SQL
 * by billing, converted here).
 */
export { ExchangeRate } from './exchange-rate.entity.js';
export { importExchangeRates, saveExchangeRate } from './exchange-rates.service.js';
export { revenueMetrics } from './revenue.service.js';
