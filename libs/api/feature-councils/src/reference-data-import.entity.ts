import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The last import of a reference dataset, so start-up can skip an unchanged file. */
@Entity('reference_data_import')
export class ReferenceDataImportEntity {
  @PrimaryColumn('text')
  dataset!: string;

  /** SHA-256 of the file that was imported. */
  @Column('text')
  checksum!: string;

  @Column('integer')
  rowCount!: number;

  @Column('timestamptz')
  importedAt!: Date;
}
