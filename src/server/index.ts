export { createApp, DEFAULT_SERVER_LIMITS, type AppDeps, type ServerLimits } from './app.ts';
export { serve, type RunningServer, type ServeOptions } from './serve.ts';
export type { ErrorBody } from './errors.ts';
export type { Analyze } from './routes/analyze-route.ts';
