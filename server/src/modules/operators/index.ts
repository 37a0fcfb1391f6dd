/**
 * Public entry of modules/operators: what other modules and the wiring may use; everything else in
 * this folder is internal. The allowed direction between modules is drawn in CONTRIBUTING.md
 * ("Modules and layers") and checked by `npm run boundaries`.
 *
 * Who the vendor's operators are: OPERATOR_EMAILS and the grants kept in the database.
 */
export { OperatorGrant } from './operator-grant.entity.js';
export {
  grantOperator,
  isOperatorEmail,
  listOperators,
  operatorGrantedSql,
  type OperatorListing,
  type OperatorSource,
  revokeOperator,
} from './operator-grants.service.js';
