import { type LgxEvent, LgxEvents } from '@lgx/api/core/contracts';
import type { INestApplicationContext } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * The events an app's features record from now on, in order, as they pass
 * to the real LgxEvents (the job queue): each must come with an open
 * transaction, as the port requires. Returns the live list.
 */
export function watchEvents(app: INestApplicationContext): LgxEvent[] {
  const recorded: LgxEvent[] = [];
  const events = app.get(LgxEvents);
  const record = events.record.bind(events);
  events.record = async (manager: EntityManager, list: LgxEvent | readonly LgxEvent[]) => {
    if (!manager.queryRunner?.isTransactionActive)
      throw new Error('An event must be recorded in the transaction of its change');
    recorded.push(...(Array.isArray(list) ? list : [list as LgxEvent]));
    return record(manager, list);
  };
  return recorded;
}
