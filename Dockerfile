# syntax=docker/dockerfile:1
# One image for both processes: the API (default command) and the worker
# (`node dist/src/worker.js`, chosen per service in docker-compose.yml).

FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:24-bookworm-slim AS runtime
# Fonts for the board and for reading Chinese prompts' layout; Debian's FFmpeg (kept up to
# date with security fixes, unlike the 2018 build inside @ffmpeg-installer), chosen with
# FFMPEG_PATH; tini reaps child processes (FFmpeg) and forwards SIGTERM so shutdown is
# graceful. OCR data ships inside node_modules.
RUN apt-get update \
  && apt-get install -y --no-install-recommends fonts-dejavu-core fonts-noto-cjk ffmpeg tini \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production PORT=8000 FFMPEG_PATH=/usr/bin/ffmpeg
COPY --from=build --chown=node:node /app/package.json ./package.json
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
COPY --from=build --chown=node:node /app/public ./public
USER node
EXPOSE 8000
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||8000)+'/health/live').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
ENTRYPOINT ["tini", "--"]
CMD ["node", "dist/src/main.js"]
