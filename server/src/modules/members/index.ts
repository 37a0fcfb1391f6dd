/**
 * Public entry of modules/members: what other modules and the wiring may use; everything else in
 * this folder is internal. The allowed direction between modules is drawn in CONTRIBUTING.md
 * ("Modules and layers") and checked by `npm run boundaries`.
 *
 * Memberships of people in accounts, their roles and grants, and invitations.
 */
export { billingAdminEmails } from './billing-admins.js';
export {
  invitationForNewUser,
  invitationTokenIn,
  joinByInvitation,
} from './invitations.service.js';
export {
  accountIdsWithMemberEmail,
  addAccountCreator,
  firstMembershipOf,
  listMembers,
  membershipsOf,
} from './members.service.js';
export { Member, toMember } from './members.types.js';
export { Membership } from './membership.entity.js';
export { seatsInUse, seatsInUseSql } from './seats.js';
