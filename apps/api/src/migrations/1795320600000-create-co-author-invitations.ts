import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Invitations to co-author a case study or co-maintain a component. The
 * councils that accepted stay in the existing arrays (case_study.co_author_council_codes,
 * component.maintaining_council_codes); these tables hold only the invitations
 * not yet accepted (PENDING) and those the invited council turned down (DECLINED).
 */
export class CreateCoAuthorInvitations1795320600000 implements MigrationInterface {
  name = 'CreateCoAuthorInvitations1795320600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "case_study_co_author_invitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_study_id" uuid NOT NULL, "council_code" text NOT NULL, "status" text NOT NULL DEFAULT 'PENDING', "invited_by_council_code" text NOT NULL, "invited_by" uuid, "invited_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "responded_by" uuid, "responded_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "case_study_co_author_invitation_status" CHECK ("status" IN ('PENDING', 'DECLINED')), CONSTRAINT "PK_case_study_co_author_invitation" PRIMARY KEY ("id"), CONSTRAINT "FK_case_study_co_author_invitation_study" FOREIGN KEY ("case_study_id") REFERENCES "case_study"("id") ON DELETE CASCADE)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "case_study_co_author_invitation_once" ON "case_study_co_author_invitation" ("case_study_id", "council_code")`,
    );
    await queryRunner.query(
      `CREATE INDEX "case_study_co_author_invitation_council" ON "case_study_co_author_invitation" ("council_code", "status")`,
    );
    await queryRunner.query(
      `CREATE TABLE "component_co_maintainer_invitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "component_id" uuid NOT NULL, "council_code" text NOT NULL, "status" text NOT NULL DEFAULT 'PENDING', "invited_by_council_code" text NOT NULL, "invited_by" uuid, "invited_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "responded_by" uuid, "responded_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "component_co_maintainer_invitation_status" CHECK ("status" IN ('PENDING', 'DECLINED')), CONSTRAINT "PK_component_co_maintainer_invitation" PRIMARY KEY ("id"), CONSTRAINT "FK_component_co_maintainer_invitation_component" FOREIGN KEY ("component_id") REFERENCES "component"("id") ON DELETE CASCADE)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "component_co_maintainer_invitation_once" ON "component_co_maintainer_invitation" ("component_id", "council_code")`,
    );
    await queryRunner.query(
      `CREATE INDEX "component_co_maintainer_invitation_council" ON "component_co_maintainer_invitation" ("council_code", "status")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "component_co_maintainer_invitation"`);
    await queryRunner.query(`DROP TABLE "case_study_co_author_invitation"`);
  }
}
