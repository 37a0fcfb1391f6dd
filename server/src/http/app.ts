import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { pinoHttp } from 'pino-http';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { EntityManager, Orm } from '../db/orm.js';
import type { RequestContext } from '../graphql/context.js';
import type { PoolHealth } from '../db/pool-health.js';
import { contextErrorFor, formatErrorFor, serviceUnavailablePlugin } from '../graphql/errors.js';
import { abuseLimitRules } from '../graphql/limits.js';
import { buildExecutableSchema } from '../graphql/schema.js';
import type { JobQueue } from '../jobs/queue.js';
import type { Logger } from '../logging.js';
import { type AuthState, resolveAuthState } from '../modules/signin/index.js';
import { authRoutes } from '../modules/signin/auth.routes.js';
import {
  createDevSignIn,
  devIssuerPath,
  githubProvider,
  googleProvider,
  loadTwoFactorKeys,
  microsoftProvider,
  readCookie,
  sessionCookieName,
  SignInProviders,
} from '../modules/identity/index.js';
import { billingAdminEmails } from '../modules/members/index.js';
import { deploymentCollector, stripeEventIntake } from '../modules/payments/index.js';
import { perIpRateLimit } from '../modules/rate-limits/rate-limit.routes.js';
import { rateLimitsOf } from '../modules/rate-limits/index.js';
import { apiTokenAuthentication, apiTokenAuthOf } from '../modules/tokens/index.js';
import { invoiceCsvRoutes } from '../modules/billing/invoices/invoice-csv.routes.js';
import { invoicePdfRoutes } from '../modules/billing/invoices/invoice-pdf.routes.js';
import { stripeWebhookRoutes } from '../modules/payments/webhooks/stripe-webhook.routes.js';
import { healthRoutes } from './health.js';
import { declaredBodyLimit, urlInputGuard } from './input-guard.js';
import { type ErrorAnswer, lastResortErrorHandler } from './last-resort-errors.js';
import { originCheck } from './origin-check.js';
import { browserDocumentHeaders, securityHeaders } from './security-headers.js';
import { staticWeb } from './static-web.js';

export interface AppDeps {
  config: Config;
  orm: Orm;
  clock: Clock;
  jobs: JobQueue;
  log: Logger;
  isShuttingDown?: () => boolean;
  /** Liveness watch of the database pool (db/pool-health.ts); /healthz reads it. */
  poolHealth?: PoolHealth;
}

export interface App {
  app: Express;
  apollo: ApolloServer<RequestContext>;
  providers: SignInProviders;
}

const requestIdPattern = /^[A-Za-z0-9._-]{8,100}$/;

/** The GraphQL body parser's limit. */
const graphqlBodyLimitBytes = 100 * 1024;
/** The largest body any route reads (webhook payloads included). */
const anyBodyLimitBytes = 1024 * 1024;

export async function createApp(deps: AppDeps): Promise<App> {
  const { config, orm, clock, log } = deps;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);

  // Stripe's deliveries, first: they read their body as raw bytes (the signature covers them),
  // before any body parser, and skip the per-request logger and browser headers below (the
  // route logs its own refusals and failures). Its hot path: see docs/BENCHMARKS.md (webhooks).
  app.use(
    stripeWebhookRoutes({
      orm,
      clock,
      log,
      secret: config.stripe?.webhookSecret ?? null,
      intake: stripeEventIntake({ orm, clock, config, jobs: deps.jobs, log, billingAdminEmails }),
    }),
  );

  app.use(
    pinoHttp({
      logger: log,
      // Keep a caller's request id (from a proxy) when it looks like one; else mint one.
      genReqId: (req, res) => {
        const incoming = req.headers['x-request-id'];
        const id =
          typeof incoming === 'string' && requestIdPattern.test(incoming) ? incoming : randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      quietReqLogger: true,
      customAttributeKeys: { reqId: 'reqId' },
      // Path only: query strings can carry one-time codes and state.
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          path: req.url.split('?')[0],
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
      customLogLevel: (_req, res, err) =>
        err !== undefined || res.statusCode >= 500
          ? 'error'
          : res.statusCode >= 400
            ? 'warn'
            : 'info',
    }),
  );
  app.use(securityHeaders(config.contentSecurity));
  app.use(urlInputGuard(), declaredBodyLimit(anyBodyLimitBytes));

  app.use(healthRoutes(orm, deps.isShuttingDown ?? (() => false), deps.poolHealth));

  const providers = new SignInProviders();
  if (config.google !== undefined) providers.add(googleProvider(config.google));
  if (config.microsoft !== undefined) {
    providers.add(microsoftProvider(config.microsoft, { production: config.production }));
  }
  if (config.github !== undefined) {
    providers.add(githubProvider(config.github, { production: config.production }));
  }
  const devSignIn = config.devSignIn ? createDevSignIn(config, log) : undefined;
  if (devSignIn !== undefined) {
    providers.add(devSignIn.provider);
    log.warn('development sign-in is on: anyone can sign in with any e-mail (never in production)');
  }

  app.use(
    originCheck(config, (path) => {
      // oidc-provider's protocol endpoints are called server-to-server (client-authenticated).
      if (path.startsWith(devIssuerPath) && !path.startsWith(`${devIssuerPath}/interaction/`)) {
        return true;
      }
      return path.startsWith('/webhooks/');
    }),
  );

  const limits = rateLimitsOf(config);
  // A request with an API token acts as that token only, whatever cookie it carries.
  const requestAuth = async (req: Request, em: EntityManager): Promise<AuthState | null> =>
    apiTokenAuthOf(req) ??
    (await resolveAuthState(em, readCookie(req, sessionCookieName(config)), config, clock));
  if (devSignIn !== undefined) {
    app.post(
      `${devIssuerPath}/interaction/:uid/login`,
      perIpRateLimit({ orm, clock }, limits.devSignInForm),
    );
    app.use(devSignIn.router);
  }
  app.use(authRoutes({ config, orm, clock, providers }));
  const twoFactorKeys = await loadTwoFactorKeys(config, log);
  const collector = deploymentCollector(config.billing, clock);

  const apollo = new ApolloServer<RequestContext>({
    schema: await buildExecutableSchema(),
    introspection: !config.production,
    hideSchemaDetailsFromClientErrors: config.production,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // main.ts owns shutdown (HTTP drain, then Apollo, then the database).
    stopOnTerminationSignals: false,
    validationRules: abuseLimitRules,
    formatError: formatErrorFor(log),
    // Apollo's cache-control plugin wraps every field's resolver to collect cache hints, which
    // nothing here gives (every answer is private): about a seventh of the CPU of a request that
    // lists plans or invoices. Off; `/graphql` sends `no-store` itself (below).
    plugins: [serviceUnavailablePlugin, ApolloServerPluginCacheControlDisabled()],
  });
  await apollo.start();
  // A partner's `Authorization: Bearer llp_…` is checked (and counted) before the body is read;
  // one instance, so failed attempts on either route count against the same limit.
  const tokenAuthentication = apiTokenAuthentication({
    orm,
    clock,
    failureLimit: limits.bearerFailures,
  });
  app.use(
    '/graphql',
    noStore,
    declaredBodyLimit(graphqlBodyLimitBytes),
    tokenAuthentication,
    express.json({ limit: graphqlBodyLimitBytes }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const em = orm.em.fork();
        try {
          return await requestContext(req, em);
        } catch (error) {
          throw contextErrorFor(error);
        }
      },
    }),
  );
  /** Every GraphQL answer is someone's own data: never stored by a browser or a proxy. */
  function noStore(_req: Request, res: Response, next: NextFunction) {
    res.setHeader('cache-control', 'no-store');
    next();
  }
  /** One request's context; a database outage while building it answers 503 (contextErrorFor). */
  async function requestContext(req: Request, em: EntityManager): Promise<RequestContext> {
    return {
      em,
      config,
      clock,
      log: req.log,
      requestId: String(req.id),
      ip: req.ip ?? null,
      auth: await requestAuth(req, em),
      providers,
      jobs: deps.jobs,
      twoFactorKeys,
      collector,
      billingAdminEmails,
    };
  }

  app.use('/invoices', browserDocumentHeaders(), tokenAuthentication);
  app.use(invoicePdfRoutes({ orm, readerOf: requestAuth }));
  app.use(invoiceCsvRoutes({ orm, readerOf: requestAuth }));

  const web = staticWeb(log);
  if (web !== undefined) app.use(web);
  else log.warn('web/dist not found: the API runs without the web app (npm run build -w web)');

  app.use((req, res) => {
    res
      .status(404)
      .json({ error: { code: 'NOT_FOUND', message: `No route for ${req.method} ${req.path}` } });
  });
  // Last resort: a client's mistake (a body parser's 413 or bad JSON, a malformed URL) is
  // answered as one; anything else is logged and the client told nothing internal.
  app.use(
    lastResortErrorHandler({
      logOf: (req) => req.log,
      messages: {
        databaseUnavailable: 'database unavailable during a request',
        clientError: 'client error',
        internalError: 'unhandled error',
      },
      clientErrorAnswer: clientError,
      internalErrorFields: (req) => ({ requestId: req.id }),
    }),
  );

  return { app, apollo, providers };
}

/** What a client is told about a 4xx raised by Express or a body parser. */
function clientError(status: number, type: unknown): ErrorAnswer {
  if (type === 'entity.parse.failed') {
    return { code: 'BAD_REQUEST', message: 'The request body is not valid JSON.' };
  }
  if (status === 404) return { code: 'NOT_FOUND', message: 'Not found.' };
  if (status === 413) {
    return { code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large.' };
  }
  if (status === 415) {
    return { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'The request body has an unsupported type.' };
  }
  return { code: 'BAD_REQUEST', message: 'The request could not be processed.' };
}
