import type { Stripe } from '@stripe/stripe-js';
import { loadStripe } from '@stripe/stripe-js/pure';

const loaded = new Map<string, Promise<Stripe | null>>();

/**
 * Stripe.js from the URL the server names (STRIPE_JS_URL: Stripe's own, or the localstripe
 * stand-in in tests). `loadStripe` only loads js.stripe.com but uses `window.Stripe` when present,
 * so the script at that URL is added first; once per page, whatever asks.
 */
export function stripeFor(jsUrl: string, publishableKey: string): Promise<Stripe | null> {
  const key = `${jsUrl} ${publishableKey}`;
  let stripe = loaded.get(key);
  if (stripe === undefined) {
    stripe = injectScript(jsUrl).then(() => loadStripe(publishableKey));
    loaded.set(key, stripe);
  }
  return stripe;
}

function injectScript(src: string): Promise<void> {
  const existing = (window as { Stripe?: unknown }).Stripe;
  if (existing !== undefined) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.async = true;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('Stripe.js could not be loaded'));
    document.head.appendChild(script);
  });
}
