import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123000000Initial } from './Migration20261123000000_initial.js';
import { Migration20261123010000BillingDetails } from './Migration20261123010000_billing_details.js';

/** Every committed migration, in order. Add new ones at the end. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261123000000_initial', class: Migration20261123000000Initial },
  {
    name: 'Migration20261123010000_billing_details',
    class: Migration20261123010000BillingDetails,
  },
];
