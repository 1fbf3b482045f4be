import type { Hono } from 'hono';
import { SCHEMA_ID } from '../../doc/analysis.ts';
import { ParleyError } from '../../errors/catalogue.ts';
import type { Store } from '../../store/store.ts';
import { sendError } from '../errors.ts';
import { choiceParam, intParam, textParam } from '../params.ts';

/** Read-only routes over the store. Lists are wrapped ({ documents: [...] }) so paging fields can join them later. */
export function storeRoutes(app: Hono, store: Store, canAnalyze: boolean): void {
  app.get('/api/health', (c) => c.json({ status: 'ok', schema: SCHEMA_ID, analyze: canAnalyze }));

  app.get('/api/documents', (c) =>
    c.json({
      documents: store.documents({
        limit: intParam(c, 'limit'),
        offset: intParam(c, 'offset'),
        since: textParam(c, 'since'),
        until: textParam(c, 'until'),
        outlet: textParam(c, 'outlet'),
      }),
    }),
  );

  app.get('/api/documents/:id', (c) => {
    const id = c.req.param('id');
    const analysis = store.get(id);
    return analysis ? c.json(analysis) : sendError(c, 'DOC_NOT_FOUND', `no document with id ${JSON.stringify(id)}`);
  });

  app.get('/api/search', (c) => {
    const q = textParam(c, 'q');
    if (q === undefined) throw new ParleyError('USAGE', 'q (the words to search for) is required');
    const scope = choiceParam(c, 'scope', ['articles', 'quotes', 'all'] as const);
    return c.json({ hits: store.search(q, { scope, limit: intParam(c, 'limit') }) });
  });

  app.get('/api/quotes', (c) =>
    c.json({
      quotes: store.quotes({
        speaker: textParam(c, 'speaker'),
        since: textParam(c, 'since'),
        until: textParam(c, 'until'),
        docId: textParam(c, 'doc'),
        limit: intParam(c, 'limit'),
      }),
    }),
  );

  app.get('/api/speakers', (c) => c.json({ speakers: store.speakers({ limit: intParam(c, 'limit') }) }));
  app.get('/api/actors', (c) => c.json({ actors: store.actors({ limit: intParam(c, 'limit') }) }));
  app.get('/api/stats', (c) => c.json(store.stats()));
}
