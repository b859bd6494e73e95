import type { CaseStudyDetailsFragment } from '@lgx/web/data-access';
import { WarningText } from '@lgx/web/ui';

/** Who can see a case study that is not (or no longer) published, and why. */
export function CaseStudyStatusNotice({ study }: { study: CaseStudyDetailsFragment }) {
  switch (study.status) {
    case 'DRAFT':
      return (
        <WarningText>
          Draft: only your council can see this. This is a preview: publish it when it is ready for
          everyone.
        </WarningText>
      );
    case 'IN_REVIEW':
      return (
        <WarningText>
          In review: only your council can see this until an editor publishes it.
        </WarningText>
      );
    case 'ARCHIVED':
      return (
        <div className="govuk-inset-text">
          This case study has been archived by {study.leadCouncil.name}. It may be out of date.
        </div>
      );
    default:
      return null;
  }
}
