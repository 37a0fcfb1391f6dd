import { Account } from '../modules/accounts/account.entity.js';
import { BillingDetails } from '../modules/accounts/billing-details.entity.js';
import { AuditEvent } from '../modules/audit/audit-event.entity.js';
import { Plan, PlanPrice } from '../modules/catalog/plan.entity.js';
import { Session, SignInAttempt } from '../modules/identity/session.entity.js';
import { Identity, User } from '../modules/identity/user.entity.js';
import { Membership } from '../modules/members/membership.entity.js';

/** Every entity, registered explicitly (no folder scanning: the same list in tests and builds). */
export const entities = [
  Account,
  AuditEvent,
  BillingDetails,
  Plan,
  PlanPrice,
  Session,
  SignInAttempt,
  User,
  Identity,
  Membership,
];
