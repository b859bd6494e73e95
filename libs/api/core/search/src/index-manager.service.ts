import { Injectable, Logger } from '@nestjs/common';

import { settingsDiff } from './index-settings';
import { meiliErrorCode, SearchClient } from './search-client';
import type { IndexDefinition } from './search-definition';
import { SearchSourceRegistry } from './search-source';
import { waitForMeiliTasks } from './task-wait';

// Polled often: creating an index or changing its settings takes milliseconds here.
const WAIT = { timeout: 120_000, interval: 10 };

/** Creates the indexes and keeps their settings as the code says. */
@Injectable()
export class IndexManager {
  private readonly logger = new Logger(IndexManager.name);

  constructor(
    private readonly search: SearchClient,
    private readonly sources: SearchSourceRegistry,
  ) {}

  uid(definition: IndexDefinition): string {
    return this.search.indexName(definition.name);
  }

  async exists(uid: string): Promise<boolean> {
    try {
      await this.search.meili.getIndex(uid);
      return true;
    } catch (error) {
      if (meiliErrorCode(error) === 'index_not_found') return false;
      throw error;
    }
  }

  /**
   * Makes sure the index of every registered type exists with the settings in code; applies only
   * what differs. Returns the uids of indexes that were created (empty). The indexes are looked
   * at together: Meilisearch works through their tasks in one queue.
   */
  async ensureAll(): Promise<string[]> {
    const definitions = this.sources.definitions();
    const created = await Promise.all(
      definitions.map((definition) => this.ensure(this.uid(definition), definition)),
    );
    return definitions.map((definition) => this.uid(definition)).filter((_, i) => created[i]);
  }

  /**
   * Ensures one index (any uid, e.g. a reindex's temporary one); true when it was created. A new
   * index gets all its settings in a task enqueued right behind its creation, one wait for both.
   */
  async ensure(uid: string, definition: IndexDefinition): Promise<boolean> {
    const tasks: number[] = [];
    const created = !(await this.exists(uid));
    if (created)
      tasks.push((await this.search.meili.createIndex(uid, { primaryKey: 'id' })).taskUid);
    const index = this.search.meili.index(uid);
    const differing = created
      ? Object.keys(definition.settings)
      : settingsDiff(definition.settings, await index.getSettings());
    if (differing.length > 0) {
      if (!created) this.logger.log(`Updating ${uid} settings: ${differing.join(', ')}`);
      const settings = Object.fromEntries(
        differing.map((key) => [key, (definition.settings as Record<string, unknown>)[key]]),
      );
      tasks.push((await index.updateSettings(settings)).taskUid);
    }
    const [settingsTask] = (await waitForMeiliTasks(this.search.meili.tasks, tasks, WAIT)).filter(
      (task) => task.type === 'settingsUpdate',
    );
    if (settingsTask && settingsTask.status !== 'succeeded')
      throw new Error(`Settings of ${uid} were not applied: ${settingsTask.error?.message}`);
    return created;
  }
}
