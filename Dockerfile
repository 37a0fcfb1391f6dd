# Ledgerline production image. Build: docker build -t ledgerline .
# Needs PostgreSQL (DATABASE_URL), PUBLIC_URL and Google credentials at run time: see
# docs/DEPLOYMENT.md. Not exercised in CI (the build machines cannot run Docker).

# --- build: install everything, compile server and web, then drop dev dependencies -----------
FROM node:24-bookworm-slim AS build
WORKDIR /app

# Manifests and patches first, so the dependency layer is cached until they change.
# `npm ci` runs the root postinstall (patch-package), which patches graphql-shield in place.
COPY package.json package-lock.json .npmrc ./
COPY patches ./patches
COPY server/package.json ./server/
COPY web/package.json ./web/
RUN npm ci --no-audit --no-fund

COPY . .
RUN npm run build

# Keep only production dependencies (the patched files stay as they are).
RUN npm prune --omit=dev --ignore-scripts --no-audit --no-fund

# --- runtime ------------------------------------------------------------------------------------
FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
# DejaVu lets invoice PDFs print every European name (Helvetica lacks ł, ő, ș …).
RUN apt-get update && apt-get install -y --no-install-recommends fonts-dejavu-core \
  && rm -rf /var/lib/apt/lists/*

COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/server ./server
COPY --from=build /app/web/package.json ./web/
COPY --from=build /app/web/dist ./web/dist

# The application files stay root-owned and read-only to the process.
USER node

EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"

# node is PID 1 and handles SIGTERM itself (drains requests, closes the pool).
CMD ["node", "server/dist/main.js"]
