/**
 * Public entry of modules/accounts: what other modules and the wiring may use; everything else in
 * this folder is internal. The allowed direction between modules is drawn in CONTRIBUTING.md
 * ("Modules and layers") and checked by `npm run boundaries`.
 *
 * An account: its name, plan, preferences, billing details, the roles and permissions people can
 * hold in it, and which plan features it may use.
 */
export { Account } from './account.entity.js';
export {
  accountExists,
  createAccount,
  defaultPaymentMethodIdOf,
  getAccount,
  lockAccount,
  setDefaultPaymentMethodId,
} from './account.service.js';
export {
  type AccountSearch,
  type AccountSearchPage,
  MAX_ACCOUNT_PAGE_SIZE,
  searchAccounts,
} from './account-search.js';
export {
  isAccountSuspended,
  reactivateAccount,
  suspendAccount,
} from './account-suspension.service.js';
export { AccountType, toAccountType } from './account.types.js';
export { BillingDetails, type TaxIdType } from './billing-details.entity.js';
export { billingDetailsFor, forgetBillingDetails } from './billing-details-loader.js';
export {
  deleteBillingDetails,
  getBillingDetails,
  saveBillingDetails,
} from './billing-details.service.js';
export {
  BillingDetailsType,
  toBillingDetailsType,
  UpdateBillingDetailsInput,
} from './billing-details.types.js';
export { countryCodes, countryName } from './countries.js';
export { CountryCodeEnum } from './country.types.js';
export { missingFeature } from './plan-features.js';
export {
  defaultGrants,
  effectivePermissions,
  type GrantablePermission,
  grantablePermissions,
  grantablePermissionValues,
  type Permission,
  permissions,
  type Role,
  roleLabels,
  roles,
} from './roles.js';
