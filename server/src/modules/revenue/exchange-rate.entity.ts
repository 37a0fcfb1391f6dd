import { type Opt } from '@mikro-orm/core';
import { Entity, Enum, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { newId } from '../../ids.js';

export const exchangeRateSources = ['manual', 'csv'] as const;
export type ExchangeRateSource = (typeof exchangeRateSources)[number];

/**
 * One day's exchange rate from `currency` into the reporting currency: one unit of `currency`
 * (major units, e.g. 1 EUR) is worth `rate` units of `reportingCurrency` (e.g. 1.0842 USD).
 * One row per day and pair; entering the day again replaces the rate.
 */
@Entity({ tableName: 'exchange_rate' })
@Unique({ properties: ['day', 'currency', 'reportingCurrency'] })
export class ExchangeRate {
  @PrimaryKey({ type: 'text' })
  id: string = newId('fxr');

  /** The UTC calendar day, `YYYY-MM-DD` (text: compared as written, never shifted by a zone). */
  @Property({ type: 'text', length: 10 })
  day!: string;

  @Property({ type: 'text', length: 3 })
  currency!: string;

  @Property({ type: 'text', length: 3 })
  reportingCurrency!: string;

  /** Exact decimal (numeric(20,10)), read and written as text: never a float. */
  @Property({ type: 'decimal', precision: 20, scale: 10 })
  rate!: string;

  @Enum({ items: () => [...exchangeRateSources] })
  source!: ExchangeRateSource;

  /** The operator (user id) who entered or imported it. */
  @Property({ type: 'text', nullable: true })
  enteredBy: string | null = null;

  @Property({ columnType: 'timestamptz', type: 'datetime' })
  updatedAt: Date & Opt = new Date();
}
