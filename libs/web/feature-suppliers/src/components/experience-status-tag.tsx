import { Tag, type TagColour } from '@lgx/web/ui';

const STATUS: Record<string, [string, TagColour]> = {
  SUBMITTED: ['Waiting for moderation', 'blue'],
  CHANGES_REQUESTED: ['Changes asked for', 'orange'],
  PUBLISHED: ['Published', 'green'],
  REJECTED: ['Not published', 'red'],
  REMOVED: ['Removed', 'grey'],
};

export function ExperienceStatusTag({ status }: { status: string }) {
  const [label, colour] = STATUS[status] ?? [status, 'grey'];
  return <Tag colour={colour}>{label}</Tag>;
}
