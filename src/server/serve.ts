import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve as serveNode } from '@hono/node-server';
import type { Hono } from 'hono';

export interface ServeOptions {
  /** 0 picks a free port (tests). */
  port: number;
  /** Loopback by default: the API has no authentication, so exposing it is a deliberate choice. */
  host?: string;
}

export interface RunningServer {
  /** Base URL, e.g. http://127.0.0.1:8787 (the actual port when 0 was asked for). */
  readonly url: string;
  /** Stops accepting, ends idle keep-alive connections, resolves when every connection is closed. */
  close(): Promise<void>;
}

export function serve(app: Hono, options: ServeOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const server = serveNode({ fetch: app.fetch, port: options.port, hostname: host }) as Server;
    server.once('error', reject); // EADDRINUSE, EACCES: fail the promise instead of crashing the process
    server.once('listening', () => {
      server.off('error', reject);
      const { port } = server.address() as AddressInfo;
      const shownHost = host.includes(':') ? `[${host}]` : host;
      resolve({ url: `http://${shownHost}:${port}`, close: () => closeServer(server) });
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeIdleConnections();
  });
}
