import { Hono } from 'hono';
import type { Store } from '../store/store.ts';
import { errorResponse, sendError } from './errors.ts';
import { analyzeRoute, type Analyze } from './routes/analyze-route.ts';
import { storeRoutes } from './routes/store-routes.ts';
import { viewRoutes } from './routes/view-routes.ts';

export interface ServerLimits {
  /** Largest request body accepted by POST /api/analyze; larger ones get 413 INPUT_TOO_LARGE. */
  readonly maxBodyBytes: number;
}

export const DEFAULT_SERVER_LIMITS: ServerLimits = { maxBodyBytes: 5 * 1024 * 1024 };

export interface AppDeps {
  store: Store;
  /** Without it, POST /api/analyze answers 501. */
  analyze?: Analyze;
  limits?: ServerLimits;
  /** Where unexpected errors are reported (default: console.error); responses never carry their details. */
  log?: (error: unknown) => void;
}

/** The JSON API as a Hono app: serve it with serve(), or drive it in-process with app.request() in tests. */
export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  const log = deps.log ?? ((error: unknown) => console.error(error));
  storeRoutes(app, deps.store, deps.analyze !== undefined);
  viewRoutes(app, deps.store);
  analyzeRoute(app, deps.analyze, (deps.limits ?? DEFAULT_SERVER_LIMITS).maxBodyBytes);
  app.notFound((c) => sendError(c, 'USAGE', `no route ${c.req.method} ${c.req.path}`, 404));
  app.onError((error, c) => errorResponse(c, error, log));
  return app;
}
