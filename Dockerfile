# LGX API image: the compiled API serving the built web app (decision 0066).
#   docker build -t lgx .
#   docker run -p 3000:3000 -e DATABASE_URL=... -e MEILI_URL=... -e MEILI_MASTER_KEY=... -e LGX_SECRET_KEY=... lgx
# What it relies on is proven without Docker by apps/api/src/release.int-spec.ts.

# Build: every dependency, then `npm run build` (the API into dist/apps/api, the web app into dist/apps/web).
FROM node:20-bookworm-slim AS build
# The npm the lock file and .npmrc's install-script policy (allowScripts) were written with.
RUN npm install -g npm@11.19.1
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# Run: production dependencies only, the compiled output, no transpiler, not root.
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    WEB_DIST_DIR=/app/dist/apps/web \
    STORAGE_DIR=/data/attachments
RUN npm install -g npm@11.19.1
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
RUN mkdir -p /data/attachments && chown -R node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
# Liveness only: /health/ready also needs PostgreSQL and Meilisearch, which the orchestrator watches.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/health/live`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--enable-source-maps", "dist/apps/api/main.js"]
