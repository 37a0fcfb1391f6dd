import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { AppError } from '../../../errors.js';
import type { RequestContext } from '../../../graphql/context.js';
import { actorOf, currentAccountId } from '../../../graphql/session-scope.js';
import { InvoiceType, getAccountInvoice, toInvoiceType } from '../../billing/index.js';
import { Payment } from '../payment.entity.js';
import { cardPaymentHooks } from './card-collection.js';
import { PaymentMethod } from './payment-method.entity.js';
import { toPaymentType } from '../payment.types.js';
import {
  confirmPaymentMethodSetup,
  createSetupIntent,
  listPaymentMethods,
  removePaymentMethod,
  setDefaultPaymentMethod,
} from './payment-methods.service.js';
import { type StripeClient, stripeClientFor } from './stripe-client.js';
import {
  type CardPaymentResult,
  confirmCardPayment,
  payInvoice,
} from './stripe-payments.service.js';
import { openFixPaymentLink, paymentAttentionOf } from './payment-attention.js';
import {
  CardPaymentSettings,
  FixPaymentLinkInput,
  PaymentAttention,
  ConfirmInvoicePaymentInput,
  ConfirmPaymentMethodSetupInput,
  PayInvoiceInput,
  PayInvoicePayload,
  PaymentMethodIdInput,
  PaymentMethodType,
  SetupIntentPayload,
  toPaymentMethodType,
} from './stripe.types.js';

/** The Stripe client, or CONFLICT when this deployment has no Stripe keys. */
export function stripeOf(ctx: Pick<RequestContext, 'config'>): StripeClient {
  if (ctx.config.stripe === null) {
    throw new AppError(
      'CONFLICT',
      'Card payments are not set up on this portal. Invoices are paid by bank transfer.',
    );
  }
  return stripeClientFor(ctx.config.stripe);
}

/**
 * NOT_FOUND unless the object is the account's, checked before anything else (Stripe configured
 * or not): another account's id answers exactly like one that does not exist.
 */
async function assertOwned(
  ctx: RequestContext,
  accountId: string,
  ids: { paymentMethodId?: string; invoiceId?: string; paymentId?: string },
): Promise<void> {
  const em = ctx.em.fork();
  if (
    ids.paymentMethodId !== undefined &&
    (await em.count(PaymentMethod, { id: ids.paymentMethodId, account: accountId })) === 0
  ) {
    throw new AppError('NOT_FOUND', 'Payment method not found.');
  }
  if (ids.invoiceId !== undefined) await getAccountInvoice(em, accountId, ids.invoiceId);
  if (
    ids.paymentId !== undefined &&
    (await em.count(Payment, { id: ids.paymentId, account: accountId })) === 0
  ) {
    throw new AppError('NOT_FOUND', 'Payment not found.');
  }
}

@Resolver()
export class StripeResolver {
  @Query(() => CardPaymentSettings, {
    description: 'Whether card payments are on, and what the browser needs for Stripe.js.',
  })
  cardPayments(@Ctx() ctx: RequestContext): CardPaymentSettings {
    return {
      enabled: ctx.config.stripe !== null,
      publishableKey: ctx.config.stripe?.publishableKey ?? null,
      stripeJsUrl: ctx.config.stripeJsUrl,
    };
  }

  @Query(() => PaymentAttention, {
    nullable: true,
    description:
      'A late or failed payment to fix now (the banners on Overview and the billing pages), or null.',
  })
  async paymentAttention(@Ctx() ctx: RequestContext): Promise<PaymentAttention | null> {
    const attention = await paymentAttentionOf(ctx.em.fork(), currentAccountId(ctx));
    return attention === null ? null : { ...attention, invoice: toInvoiceType(attention.invoice) };
  }

  @Query(() => InvoiceType, {
    description:
      "Checks the signed link of a payment-failed e-mail and answers the invoice it names. BAD_USER_INPUT when the link was changed or has expired; NOT_FOUND when the invoice is another account's.",
  })
  async fixPaymentLink(
    @Arg('link', () => FixPaymentLinkInput) link: FixPaymentLinkInput,
    @Ctx() ctx: RequestContext,
  ): Promise<InvoiceType> {
    const invoice = await openFixPaymentLink(
      ctx.em.fork(),
      ctx.config,
      currentAccountId(ctx),
      link,
      ctx.clock.now(),
    );
    return toInvoiceType(invoice);
  }

  @Query(() => [PaymentMethodType], {
    description: "The account's payment methods, the default first.",
  })
  async paymentMethods(@Ctx() ctx: RequestContext): Promise<PaymentMethodType[]> {
    const now = ctx.clock.now();
    return (await listPaymentMethods(ctx.em, currentAccountId(ctx))).map((m) =>
      toPaymentMethodType(m, now),
    );
  }

  @Mutation(() => SetupIntentPayload, {
    description:
      'Starts adding a card: a Stripe SetupIntent whose client secret the browser confirms with Stripe.js (confirmCardSetup). Then call confirmPaymentMethodSetup.',
  })
  async createSetupIntent(@Ctx() ctx: RequestContext): Promise<SetupIntentPayload> {
    return createSetupIntent(ctx.em, stripeOf(ctx), currentAccountId(ctx), ctx.clock);
  }

  @Mutation(() => PaymentMethodType, {
    description:
      'Records the card of a confirmed SetupIntent (once, however often it is called; the webhook may have recorded it first). The first method becomes the default; a new default retries an invoice in dunning at once.',
  })
  async confirmPaymentMethodSetup(
    @Arg('input', () => ConfirmPaymentMethodSetupInput) input: ConfirmPaymentMethodSetupInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PaymentMethodType> {
    const accountId = currentAccountId(ctx);
    const change = await confirmPaymentMethodSetup(
      ctx.em,
      stripeOf(ctx),
      accountId,
      input.setupIntentId,
      actorOf(ctx),
      ctx.clock,
    );
    if (change.becameDefault) await cardPaymentHooks(ctx).newDefaultMethod(accountId);
    return toPaymentMethodType(change.method, ctx.clock.now());
  }

  @Mutation(() => [PaymentMethodType], {
    description:
      'Makes a payment method the default (renewals charge it); retries an invoice in dunning at once. Answers the updated list.',
  })
  async setDefaultPaymentMethod(
    @Arg('input', () => PaymentMethodIdInput) input: PaymentMethodIdInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PaymentMethodType[]> {
    const accountId = currentAccountId(ctx);
    await assertOwned(ctx, accountId, input);
    const change = await setDefaultPaymentMethod(
      ctx.em,
      stripeOf(ctx),
      accountId,
      input.paymentMethodId,
      actorOf(ctx),
      ctx.clock,
    );
    if (change.becameDefault) await cardPaymentHooks(ctx).newDefaultMethod(accountId);
    return this.paymentMethods(ctx);
  }

  @Mutation(() => [PaymentMethodType], {
    description:
      'Removes a payment method (detached at Stripe). CONFLICT for the last one while a paid plan is live. Answers the remaining list.',
  })
  async removePaymentMethod(
    @Arg('input', () => PaymentMethodIdInput) input: PaymentMethodIdInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PaymentMethodType[]> {
    const accountId = currentAccountId(ctx);
    await assertOwned(ctx, accountId, input);
    await removePaymentMethod(
      ctx.em,
      stripeOf(ctx),
      accountId,
      input.paymentMethodId,
      actorOf(ctx),
      ctx.clock,
    );
    return this.paymentMethods(ctx);
  }

  @Mutation(() => PayInvoicePayload, {
    description:
      "Pays an open invoice now with a payment method: SUCCEEDED, or REQUIRES_ACTION with a client secret for 3-D Secure (then confirmInvoicePayment). A decline is PAYMENT_FAILED with the issuer's message; another payment in flight or an invoice already paid is CONFLICT.",
  })
  async payInvoice(
    @Arg('input', () => PayInvoiceInput) input: PayInvoiceInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PayInvoicePayload> {
    const accountId = currentAccountId(ctx);
    await assertOwned(ctx, accountId, input);
    const result = await payInvoice(
      ctx.em,
      stripeOf(ctx),
      accountId,
      input,
      actorOf(ctx),
      ctx.clock,
      cardPaymentHooks(ctx).onSession,
    ).finally(() => cardPaymentHooks(ctx).deliverMail());
    return this.payload(ctx, accountId, result);
  }

  @Mutation(() => PayInvoicePayload, {
    description:
      'After 3-D Secure in the browser: records the payment as Stripe now has it (SUCCEEDED, or PAYMENT_FAILED when authentication failed).',
  })
  async confirmInvoicePayment(
    @Arg('input', () => ConfirmInvoicePaymentInput) input: ConfirmInvoicePaymentInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PayInvoicePayload> {
    const accountId = currentAccountId(ctx);
    await assertOwned(ctx, accountId, input);
    const result = await confirmCardPayment(
      ctx.em,
      stripeOf(ctx),
      accountId,
      input.paymentId,
      ctx.clock,
      cardPaymentHooks(ctx).onSession,
    ).finally(() => cardPaymentHooks(ctx).deliverMail());
    return this.payload(ctx, accountId, result);
  }

  private async payload(
    ctx: RequestContext,
    accountId: string,
    result: CardPaymentResult,
  ): Promise<PayInvoicePayload> {
    const em = ctx.em.fork();
    const payment = await em.findOneOrFail(Payment, { id: result.paymentId });
    const invoice = await getAccountInvoice(em, accountId, result.invoiceId);
    return {
      status: result.status,
      payment: toPaymentType(payment),
      invoice: toInvoiceType(invoice),
      clientSecret: result.clientSecret,
    };
  }
}
