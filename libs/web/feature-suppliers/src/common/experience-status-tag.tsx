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

/** "4 out of 5". */
export const outOfFive = (rating: number) => `${rating} out of 5`;

export function formatDate(iso: string): string {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return date.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/London',
  });
}
