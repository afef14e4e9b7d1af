# Atlas Job OS in a container: the app on Node 24, talking to a Postgres server with pgvector
# (see compose.yaml). Two stages: the build stage installs everything and builds the browser app;
# the image keeps only what runs, as the unprivileged `node` user.

FROM node:24-bookworm-slim AS build
WORKDIR /app
# The preinstall script lives in scripts/, so it is copied with the manifests.
COPY package.json package-lock.json ./
COPY scripts ./scripts
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:24-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    ATLAS_DATA_DIR=/data
WORKDIR /app
COPY --from=build --chown=node:node /app /app
# The embedded database's daily snapshots go beside its folder (ATLAS_SNAPSHOT_DIR's default), on a volume of their own.
RUN mkdir -p /data /data-snapshots && chown node:node /data /data-snapshots
USER node
VOLUME ["/data", "/data-snapshots"]
EXPOSE 3000
# Ready means the database answers, not only that the process is up.
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/api/health/ready`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# `npm start` without its prestart step: the browser app was built into the image above.
CMD ["node", "--env-file-if-exists=.env", "--import", "tsx", "web/main.ts"]
