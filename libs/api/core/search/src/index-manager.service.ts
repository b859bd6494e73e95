import { Injectable, Logger } from '@nestjs/common';

import { settingsDiff } from './index-settings';
import { meiliErrorCode, SearchClient } from './search-client';
import type { IndexDefinition } from './search-definition';
import { SearchSourceRegistry } from './search-source';

const TASK_TIMEOUT_MS = 120_000;

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
   * what differs. Returns the uids of indexes that were created (empty).
   */
  async ensureAll(): Promise<string[]> {
    const created: string[] = [];
    for (const definition of this.sources.definitions()) {
      if (await this.ensure(this.uid(definition), definition)) created.push(this.uid(definition));
    }
    return created;
  }

  /** Ensures one index (any uid, e.g. a reindex's temporary one); true when it was created. */
  async ensure(uid: string, definition: IndexDefinition): Promise<boolean> {
    let created = false;
    if (!(await this.exists(uid))) {
      await this.search.meili
        .createIndex(uid, { primaryKey: 'id' })
        .waitTask({ timeout: TASK_TIMEOUT_MS });
      created = true;
    }
    const index = this.search.meili.index(uid);
    const differing = settingsDiff(definition.settings, await index.getSettings());
    if (differing.length > 0) {
      if (!created) this.logger.log(`Updating ${uid} settings: ${differing.join(', ')}`);
      const settings = Object.fromEntries(
        differing.map((key) => [key, (definition.settings as Record<string, unknown>)[key]]),
      );
      const task = await index.updateSettings(settings).waitTask({ timeout: TASK_TIMEOUT_MS });
      if (task.status !== 'succeeded')
        throw new Error(`Settings of ${uid} were not applied: ${task.error?.message}`);
    }
    return created;
  }
}
