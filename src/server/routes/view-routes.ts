import type { Hono } from 'hono';
import { PLOVER_TYPES } from '../../doc/events.ts';
import { ParleyError } from '../../errors/catalogue.ts';
import { filterEvents, findShifts, positionTimeline } from '../../export/views.ts';
import type { Store } from '../../store/store.ts';
import { choiceParam, textParam } from '../params.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function dateParam(value: string | undefined, name: string): string | undefined {
  if (value !== undefined && !DATE.test(value)) throw new ParleyError('USAGE', `${name} must be a date like 2026-03-14`);
  return value;
}

/** Events, positions and shifts over the whole store, the same views as the CLI's. */
export function viewRoutes(app: Hono, store: Store): void {
  app.get('/api/events', (c) => {
    const type = choiceParam(c, 'type', PLOVER_TYPES);
    const since = dateParam(textParam(c, 'since'), 'since');
    return c.json({ events: filterEvents([...store.analyses()], { actor: textParam(c, 'actor'), type, since }) });
  });
  app.get('/api/positions', (c) => {
    const actor = textParam(c, 'actor');
    if (!actor) throw new ParleyError('USAGE', 'actor is required');
    return c.json({ positions: positionTimeline([...store.analyses()], { actor, issue: textParam(c, 'issue') }) });
  });
  app.get('/api/shifts', (c) => c.json({ shifts: findShifts([...store.analyses()], { actor: textParam(c, 'actor'), issue: textParam(c, 'issue') }) }));
}
