/** Leaves the app for a page at Stripe (the Customer Portal); its own module so tests can stand in. */
export function leaveForStripe(url: string): void {
  window.location.assign(url);
}
