import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Suppliers become searchable: every change to a supplier enqueues it for
 * the search index. Existing suppliers need no enqueuing: the new index is
 * missing at the next start, which builds it from PostgreSQL.
 */
export class AddSupplierSearchOutbox1795318768826 implements MigrationInterface {
  name = 'AddSupplierSearchOutbox1795318768826';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TRIGGER supplier_search_outbox AFTER INSERT OR UPDATE OR DELETE ON "supplier"
      FOR EACH ROW EXECUTE FUNCTION search_outbox_enqueue('supplier', 'id')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER supplier_search_outbox ON "supplier"`);
  }
}
