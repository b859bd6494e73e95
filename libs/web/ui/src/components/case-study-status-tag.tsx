import { Tag, type TagColour } from './tag';

const STATUSES: Record<string, { label: string; colour: TagColour }> = {
  DRAFT: { label: 'Draft', colour: 'grey' },
  IN_REVIEW: { label: 'In review', colour: 'yellow' },
  PUBLISHED: { label: 'Published', colour: 'green' },
  ARCHIVED: { label: 'Archived', colour: 'orange' },
};

/** The words for a case study's status, for people. */
export const caseStudyStatusLabel = (status: string) => STATUSES[status]?.label ?? status;

/** A case study's workflow status as a tag: draft, in review, published or archived. */
export function CaseStudyStatusTag({ status, className }: { status: string; className?: string }) {
  const known = STATUSES[status];
  return (
    <Tag colour={known?.colour ?? 'grey'} className={className}>
      {known?.label ?? status}
    </Tag>
  );
}
