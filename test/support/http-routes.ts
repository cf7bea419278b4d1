import type { INestApplication } from '@nestjs/common';

export interface HttpRoute {
  method: string;
  /** Express form: /api/proposals/:id */
  path: string;
}

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
}

/** Every route the running application actually serves, read from its Express router. */
export const servedRoutes = (app: INestApplication): HttpRoute[] => {
  const express = app.getHttpAdapter().getInstance() as { router: { stack: Layer[] } };
  return express.router.stack.flatMap((layer) =>
    layer.route
      ? Object.keys(layer.route.methods)
          .filter((m) => m !== '_all')
          .map((method) => ({ method, path: layer.route!.path }))
      : [],
  );
};

/** /api/proposals/:id → /api/proposals/{id}, as OpenAPI writes it. */
export const openApiPath = (path: string): string => path.replace(/:([A-Za-z]+)/g, '{$1}');
