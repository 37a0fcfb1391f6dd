/**
 * Public entry of modules/catalog: what other modules and the wiring may use; everything else in
 * this folder is internal. The allowed direction between modules is drawn in CONTRIBUTING.md
 * ("Modules and layers") and checked by `npm run boundaries`.
 *
 * The plan catalog: plans, versioned prices, features and limits.
 */
export {
  catalogVocabulary,
  listCatalogForOperators,
  type PlanDraft,
  type PlanPriceDraft,
  type PlanSaveSummary,
  savePlanIn,
  setPlanArchivedIn,
} from './catalog-editor.js';
export { limitLabels, offeredFeatures } from './catalog.seed.js';
export {
  catalogCurrencies,
  ensureCatalog,
  getPlanByCode,
  getPlanPrice,
  getPlan,
  getPlans,
  listPlans,
} from './catalog.service.js';
export { featureUnavailable, planFeatures } from './plan-features.js';
export { type BillingInterval, Plan, PlanPrice } from './plan.entity.js';
export {
  BillingIntervalEnum,
  PlanFeature,
  PlanLimit,
  PlanPriceType,
  PlanType,
  toPlanType,
} from './plan.types.js';
