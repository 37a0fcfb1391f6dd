import { startMailSink } from './mail-sink';

/** Starts the SMTP server the portal delivers to; Playwright calls the returned teardown. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  return startMailSink();
}
