import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { pinoHttp } from 'pino-http';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Orm } from '../db/orm.js';
import type { RequestContext } from '../graphql/context.js';
import { formatErrorFor } from '../graphql/errors.js';
import { abuseLimitRules } from '../graphql/limits.js';
import { buildExecutableSchema } from '../graphql/schema.js';
import type { JobQueue } from '../jobs/queue.js';
import type { Logger } from '../logging.js';
import { resolveAuthState } from '../modules/identity/auth-state.js';
import { authRoutes } from '../modules/identity/auth.routes.js';
import { readCookie, sessionCookieName } from '../modules/identity/cookies.js';
import { createDevSignIn, devIssuerPath } from '../modules/identity/dev-provider.js';
import { githubProvider } from '../modules/identity/github-provider.js';
import {
  googleProvider,
  microsoftProvider,
  SignInProviders,
} from '../modules/identity/providers.js';
import { loadTwoFactorKeys } from '../modules/identity/two-factor/two-factor-crypto.js';
import { perIpRateLimit } from '../modules/rate-limits/rate-limit.routes.js';
import { rateLimitsOf } from '../modules/rate-limits/rate-limits.js';
import { apiTokenAuthentication, apiTokenAuthOf } from '../modules/tokens/bearer-auth.js';
import { invoicePdfRoutes } from '../modules/billing/invoices/invoice-pdf.routes.js';
import { stripeWebhookRoutes } from '../modules/payments/webhooks/stripe-webhook.routes.js';
import { stripeEventIntake } from '../modules/payments/webhooks/stripe-webhooks.js';
import { healthRoutes } from './health.js';
import { originCheck } from './origin-check.js';
import { staticWeb } from './static-web.js';

export interface AppDeps {
  config: Config;
  orm: Orm;
  clock: Clock;
  jobs: JobQueue;
  log: Logger;
  isShuttingDown?: () => boolean;
}

export interface App {
  app: Express;
  apollo: ApolloServer<RequestContext>;
  providers: SignInProviders;
}

const requestIdPattern = /^[A-Za-z0-9._-]{8,100}$/;

export async function createApp(deps: AppDeps): Promise<App> {
  const { config, orm, clock, log } = deps;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);

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
  app.use((_req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'same-origin');
    res.setHeader('X-Frame-Options', 'DENY');
    next();
  });

  app.use(healthRoutes(orm, deps.isShuttingDown ?? (() => false)));
  // Reads its body as raw bytes (the signature covers them): before any body parser.
  app.use(
    stripeWebhookRoutes({
      orm,
      clock,
      secret: config.stripe?.webhookSecret ?? null,
      intake: stripeEventIntake({ orm, clock, config, jobs: deps.jobs, log }),
    }),
  );

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
  if (devSignIn !== undefined) {
    app.post(
      `${devIssuerPath}/interaction/:uid/login`,
      perIpRateLimit({ orm, clock }, limits.devSignInForm),
    );
    app.use(devSignIn.router);
  }
  app.use(authRoutes({ config, orm, clock, providers }));
  const twoFactorKeys = await loadTwoFactorKeys(config, log);

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
    tokenAuthentication,
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const em = orm.em.fork();
        return {
          em,
          config,
          clock,
          log: req.log,
          requestId: String(req.id),
          ip: req.ip ?? null,
          // A request with an API token acts as that token only, whatever cookie it carries.
          auth:
            apiTokenAuthOf(req) ??
            (await resolveAuthState(em, readCookie(req, sessionCookieName(config)), config, clock)),
          providers,
          jobs: deps.jobs,
          twoFactorKeys,
        };
      },
    }),
  );

  app.use('/invoices', tokenAuthentication);
  app.use(invoicePdfRoutes({ config, orm, clock }));

  const web = staticWeb();
  if (web !== undefined) app.use(web);
  else log.warn('web/dist not found: the API runs without the web app (npm run build -w web)');

  app.use((req, res) => {
    res
      .status(404)
      .json({ error: { code: 'NOT_FOUND', message: `No route for ${req.method} ${req.path}` } });
  });
  // Last resort: log everything, tell the client nothing internal.
  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    req.log.error({ err: error }, 'unhandled error');
    if (res.headersSent) return;
    const status = (error as { status?: number }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      res
        .status(status)
        .json({ error: { code: 'BAD_REQUEST', message: 'The request could not be processed.' } });
      return;
    }
    res.status(500).json({
      error: {
        code: 'INTERNAL_SERVER_ERROR',
        message: 'Something went wrong on our side.',
        requestId: req.id,
      },
    });
  });

  return { app, apollo, providers };
}
