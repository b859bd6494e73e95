import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Data: councils named co-author or co-maintainer before consent existed
 * become pending invitations, unless the record shows the council itself
 * took part (one of its officers changed the record: a revision or a
 * successful audited change by that council, or created it). Sample content
 * keeps its councils: the public report it comes from names them. The first
 * maintaining council of a component is the one that created it, so it stays.
 * See docs/decisions/0015-co-authors-by-invitation.md.
 */
export class CoAuthorsNeedConsent1795320600001 implements MigrationInterface {
  name = 'CoAuthorsNeedConsent1795320600001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TEMPORARY TABLE co_author_unconfirmed ON COMMIT DROP AS
      SELECT study.id, study.lead_council_code, named.code, study.created_by
        FROM case_study study, unnest(study.co_author_council_codes) AS named(code)
       WHERE NOT study.is_sample
         AND NOT EXISTS (SELECT 1 FROM case_study_revision revision
                          WHERE revision.case_study_id = study.id
                            AND revision.changed_by_council_code = named.code)
         AND NOT EXISTS (SELECT 1 FROM audit_event event
                          WHERE event.target_id = study.id::text AND event.outcome = 'success'
                            AND event.actor_council_code = named.code)
         AND NOT EXISTS (SELECT 1 FROM council_membership membership
                          WHERE membership.account_id = study.created_by
                            AND membership.council_code = named.code)`);
    await queryRunner.query(`
      INSERT INTO case_study_co_author_invitation (case_study_id, council_code, invited_by_council_code, invited_by)
      SELECT id, code, lead_council_code, created_by FROM co_author_unconfirmed
      ON CONFLICT (case_study_id, council_code) DO NOTHING`);
    // Changing the array queues each study for search through its outbox trigger.
    await queryRunner.query(`
      UPDATE case_study study
         SET co_author_council_codes = ARRAY(
               SELECT code FROM unnest(study.co_author_council_codes) WITH ORDINALITY AS kept(code, position)
                WHERE NOT EXISTS (SELECT 1 FROM co_author_unconfirmed unconfirmed
                                   WHERE unconfirmed.id = study.id AND unconfirmed.code = kept.code)
                ORDER BY position)
       WHERE study.id IN (SELECT id FROM co_author_unconfirmed)`);

    await queryRunner.query(`
      CREATE TEMPORARY TABLE co_maintainer_unconfirmed ON COMMIT DROP AS
      SELECT component.id, component.maintaining_council_codes[1] AS first_code, named.code, component.created_by
        FROM component, unnest(component.maintaining_council_codes) WITH ORDINALITY AS named(code, position)
       WHERE NOT component.is_sample AND named.position > 1
         AND NOT EXISTS (SELECT 1 FROM audit_event event
                          WHERE event.target_id = component.id::text AND event.outcome = 'success'
                            AND event.actor_council_code = named.code)
         AND NOT EXISTS (SELECT 1 FROM council_membership membership
                          WHERE membership.account_id = component.created_by
                            AND membership.council_code = named.code)`);
    await queryRunner.query(`
      INSERT INTO component_co_maintainer_invitation (component_id, council_code, invited_by_council_code, invited_by)
      SELECT id, code, first_code, created_by FROM co_maintainer_unconfirmed
      ON CONFLICT (component_id, council_code) DO NOTHING`);
    await queryRunner.query(`
      UPDATE component
         SET maintaining_council_codes = ARRAY(
               SELECT code FROM unnest(component.maintaining_council_codes) WITH ORDINALITY AS kept(code, position)
                WHERE NOT EXISTS (SELECT 1 FROM co_maintainer_unconfirmed unconfirmed
                                   WHERE unconfirmed.id = component.id AND unconfirmed.code = kept.code)
                ORDER BY position)
       WHERE component.id IN (SELECT id FROM co_maintainer_unconfirmed)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Before invitations, naming a council was enough: pending ones go back into the arrays.
    await queryRunner.query(`
      UPDATE case_study study
         SET co_author_council_codes = study.co_author_council_codes || ARRAY(
               SELECT council_code FROM case_study_co_author_invitation invitation
                WHERE invitation.case_study_id = study.id AND invitation.status = 'PENDING'
                ORDER BY invitation.invited_at, invitation.council_code)
       WHERE EXISTS (SELECT 1 FROM case_study_co_author_invitation invitation
                      WHERE invitation.case_study_id = study.id AND invitation.status = 'PENDING')`);
    await queryRunner.query(`
      UPDATE component
         SET maintaining_council_codes = component.maintaining_council_codes || ARRAY(
               SELECT council_code FROM component_co_maintainer_invitation invitation
                WHERE invitation.component_id = component.id AND invitation.status = 'PENDING'
                ORDER BY invitation.invited_at, invitation.council_code)
       WHERE EXISTS (SELECT 1 FROM component_co_maintainer_invitation invitation
                      WHERE invitation.component_id = component.id AND invitation.status = 'PENDING')`);
    await queryRunner.query(`DELETE FROM case_study_co_author_invitation`);
    await queryRunner.query(`DELETE FROM component_co_maintainer_invitation`);
  }
}
