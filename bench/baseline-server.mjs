/**
 * The benchmark's baseline: a bare Apollo Server 5 on the same HTTP stack Ledgerline uses
 * (Express 5, express.json, @as-integrations/express5), with the schema `type Query { viewer:
 * String }` resolving a constant. No logging, sessions, database, permissions or type-graphql:
 * what it serves per second is the ceiling of the HTTP + GraphQL stack on this machine.
 *
 * Run by viewer-throughput.mjs in a child process: PORT (required) and HOST (default 127.0.0.1).
 */
import { createServer } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';

const port = Number.parseInt(process.env.PORT ?? '', 10);
if (!Number.isInteger(port) || port <= 0) {
  process.stderr.write('baseline-server: PORT must be a TCP port number\n');
  process.exit(78);
}
const host = process.env.HOST ?? '127.0.0.1';

const apollo = new ApolloServer({
  typeDefs: 'type Query { viewer: String }',
  resolvers: { Query: { viewer: () => 'baseline' } },
  // The options Ledgerline sets that matter per request; Apollo's defaults otherwise.
  csrfPrevention: true,
  allowBatchedHttpRequests: false,
  includeStacktraceInErrorResponses: false,
  stopOnTerminationSignals: false,
});
await apollo.start();

const app = express();
app.disable('x-powered-by');
app.get('/readyz', (_req, res) => {
  res.json({ status: 'ready' });
});
app.use('/graphql', express.json({ limit: '100kb' }), expressMiddleware(apollo));

const httpServer = createServer(app);
httpServer.listen(port, host);

async function shutdown() {
  httpServer.closeAllConnections();
  await new Promise((resolve) => httpServer.close(resolve));
  await apollo.stop();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown());
process.on('SIGINT', () => void shutdown());
