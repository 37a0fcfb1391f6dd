import express, { type Router } from 'express';
import type { Orm } from '../db/orm.js';
import type { PoolHealth } from '../db/pool-health.js';

/** /readyz gives up on the database after this long (a hung connection answers "unreachable"). */
export const readinessTimeoutMs = 2_000;

/**
 * /healthz (liveness): the process can still do its work — it fails (503) once the database pool
 * has been starved for LIVENESS_STARVED_SECONDS, a state no client retry cures, so an orchestrator
 * restarts the process. An unreachable database does not fail it (a restart would not help).
 * /readyz (readiness, for load balancers): the database answers `select 1` within
 * `readinessTimeoutMs`, and the process is not shutting down.
 */
export function healthRoutes(
  orm: Orm,
  isShuttingDown: () => boolean,
  poolHealth?: PoolHealth,
): Router {
  const router = express.Router();
  router.get('/healthz', (req, res) => {
    if (poolHealth?.isWedged()) {
      const starvedSeconds = Math.floor(poolHealth.starvedForMs() / 1000);
      req.log.error(
        { starvedSeconds, pool: poolHealth.stats() },
        'liveness check failed: no database connection could be acquired',
      );
      res.status(503).json({ status: 'wedged', database: 'pool_starved', starvedSeconds });
      return;
    }
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (req, res) => {
    if (isShuttingDown()) {
      res.status(503).json({ status: 'shutting_down' });
      return;
    }
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        orm.em.getConnection().execute('select 1'),
        new Promise((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`no answer within ${readinessTimeoutMs} ms`)),
            readinessTimeoutMs,
          );
        }),
      ]);
      res.json({ status: 'ready', database: 'ok' });
    } catch (error) {
      req.log.warn({ err: error }, 'readiness check failed');
      res.status(503).json({ status: 'unavailable', database: 'unreachable' });
    } finally {
      clearTimeout(timer);
    }
  });
  return router;
}
