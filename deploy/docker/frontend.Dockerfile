# syntax=docker/dockerfile:1
# Mobility Desk SPA: production build with Node 20, served by nginx with an SPA fallback and
# /api proxied to the backend. Build context: the repository root (see docker-compose.yml).

FROM node:20-alpine AS build
WORKDIR /src/frontend
COPY frontend/package.json frontend/package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund
COPY openapi.yaml /src/openapi.yaml
COPY frontend/ ./
# the OIDC settings are compiled into the bundle: the browser reaches Keycloak at this URL
ARG VITE_OIDC_AUTHORITY=http://localhost:8180/realms/mobility-desk
ARG VITE_OIDC_CLIENT_ID=spa
ENV VITE_OIDC_AUTHORITY=$VITE_OIDC_AUTHORITY \
    VITE_OIDC_CLIENT_ID=$VITE_OIDC_CLIENT_ID
RUN npm run build

FROM nginx:1.27-alpine
# the official image renders /etc/nginx/templates/*.template with envsubst at start-up
COPY deploy/docker/nginx.conf /etc/nginx/templates/default.conf.template
COPY --from=build /src/frontend/dist/ /usr/share/nginx/html/
ENV BACKEND_URL=http://backend:8080
EXPOSE 80
HEALTHCHECK --interval=10s --timeout=3s --start-period=10s --retries=3 \
  CMD wget -q -O /dev/null http://127.0.0.1/ || exit 1
