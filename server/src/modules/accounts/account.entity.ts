import { type Opt } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { newId } from '../../ids.js';
import { Plan } from '../catalog/index.js';
import { alertTopics, type AlertTopic } from './alert-topics.js';

/** A customer account: the unit that is billed and that members belong to. */
@Entity({ tableName: 'account' })
export class Account {
  @PrimaryKey({ type: 'text' })
  id: string = newId('acc');

  @Property({ type: 'text' })
  name!: string;

  /** The plan the account is on; Free until a subscription says otherwise. */
  @ManyToOne(() => Plan)
  plan!: Plan;

  @Property({ columnType: 'timestamptz', type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @Property({ columnType: 'timestamptz', type: 'datetime' })
  updatedAt: Date & Opt = new Date();

  @Property({ columnType: 'timestamptz', type: 'datetime', nullable: true })
  suspendedAt: Date | null = null;

  /** Why: `dunning` (lifted when the overdue invoices are paid) or an operator's note. */
  @Property({ type: 'text', nullable: true })
  suspensionReason: string | null = null;

  /**
   * When a Billing Admin finished the first-run wizard (company, country, currency, billing
   * e-mail, alerts). Null until then; accounts that existed before onboarding count as done.
   */
  @Property({ columnType: 'timestamptz', type: 'datetime', nullable: true })
  onboardedAt: Date | null = null;

  /** "Skip for now": the wizard is no longer forced on sign-in, Overview still offers it. */
  @Property({ columnType: 'timestamptz', type: 'datetime', nullable: true })
  onboardingSkippedAt: Date | null = null;

  /**
   * Country and billing e-mail given at onboarding (ISO 3166-1 alpha-2, lower-cased address).
   * They prefill the billing details form; once billing details exist, those are what invoices use.
   */
  @Property({ type: 'text', length: 2, nullable: true })
  country: string | null = null;

  @Property({ type: 'text', nullable: true })
  billingEmail: string | null = null;

  /** The currency to start a subscription in, unless the person picks another. */
  @Property({ type: 'text', length: 3, nullable: true })
  preferredCurrency: string | null = null;

  /** What the account's Billing Admins want to be alerted about (alert-topics.ts). */
  /**
   * The default payment method (a `payment_method` id) when the account has one, kept by
   * modules/payments/stripe/payment-methods.service.ts. Renewal's collector reads it from the
   * account it has loaded anyway, so deciding card or bank transfer costs no query per invoice.
   */
  @Property({ type: 'text', nullable: true })
  defaultPaymentMethodId: string | null = null;

  @Property({ type: 'json' })
  alertTopics: AlertTopic[] & Opt = [...alertTopics];
}
