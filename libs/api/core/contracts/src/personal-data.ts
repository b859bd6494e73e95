import { Injectable, Module } from '@nestjs/common';

/**
 * One feature's part of a person's data export ("download my data"): what it
 * holds about the account, as plain JSON. The feature that owns the records
 * provides it, so identity, which builds the export, imports none of them.
 */
export abstract class PersonalDataSource {
  /** The export's key for this part, e.g. "follows"; one source per key. */
  abstract readonly section: string;
  abstract export(accountId: string): Promise<unknown>;
}

/**
 * The registry the features share: each registers its source in
 * onModuleInit; identity's export adds every registered section. Erasing an
 * account is not done here: each table forgets a deleted account at the
 * cause (a trigger on the account's status, or a foreign key).
 */
@Injectable()
export class PersonalData {
  private readonly sources = new Map<string, PersonalDataSource>();

  register(source: PersonalDataSource): void {
    if (this.sources.has(source.section))
      throw new Error(`Personal data section "${source.section}" is already registered.`);
    this.sources.set(source.section, source);
  }

  /** Every registered section of the account's data, in the order the sources registered. */
  async export(accountId: string): Promise<Record<string, unknown>> {
    const sections: Record<string, unknown> = {};
    for (const [section, source] of this.sources)
      sections[section] = await source.export(accountId);
    return sections;
  }
}

/** Imported by identity and by every feature holding personal data; Nest makes one registry for all. */
@Module({ providers: [PersonalData], exports: [PersonalData] })
export class PersonalDataModule {}
