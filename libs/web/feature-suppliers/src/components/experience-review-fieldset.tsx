import { RATING_DIMENSIONS } from '@lgx/shared/domain';
import { Radios, Textarea } from '@lgx/web/ui';

import { YES_NO, yesNo } from '../model/yes-no';
import type { ExperienceFieldsetProps } from './experience-fieldset-props';

const RATING_ITEMS = [
  { value: '1', label: '1 (poor)' },
  { value: '2', label: '2' },
  { value: '3', label: '3' },
  { value: '4', label: '4' },
  { value: '5', label: '5 (excellent)' },
];

const RATING_FIELDS: [keyof typeof RATING_DIMENSIONS, string][] = [
  ['delivery', 'ratingDelivery'],
  ['valueForMoney', 'ratingValueForMoney'],
  ['support', 'ratingSupport'],
  ['interoperability', 'ratingInteroperability'],
  ['exitAndDataPortability', 'ratingExitAndDataPortability'],
];

/** How it went: a rating on each dimension, and what others should know. */
export function ExperienceReviewFieldset({ experience, error }: ExperienceFieldsetProps) {
  const ratings = experience?.ratings as Record<string, number> | undefined;
  return (
    <>
      <h2 className="govuk-heading-m">How it went</h2>
      {RATING_FIELDS.map(([dimension, field]) => (
        <Radios
          key={field}
          id={field}
          name={field}
          legend={`${RATING_DIMENSIONS[dimension]}: your rating`}
          items={RATING_ITEMS}
          defaultValue={ratings ? String(ratings[dimension]) : undefined}
          error={error(field)}
        />
      ))}
      <Radios
        id="wouldBuyAgain"
        name="wouldBuyAgain"
        legend="Would you buy it again?"
        items={YES_NO}
        defaultValue={yesNo(experience?.wouldBuyAgain)}
        error={error('wouldBuyAgain')}
      />
      <Textarea
        id="whatWorked"
        label="What worked"
        rows={4}
        defaultValue={experience?.whatWorked}
        error={error('whatWorked')}
      />
      <Textarea
        id="whatDidNotWork"
        label="What did not work"
        rows={4}
        defaultValue={experience?.whatDidNotWork}
        error={error('whatDidNotWork')}
      />
      <Textarea
        id="advice"
        label="Advice to other councils"
        rows={4}
        defaultValue={experience?.advice}
        error={error('advice')}
      />
    </>
  );
}
