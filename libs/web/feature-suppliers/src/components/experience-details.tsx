import type { SupplierExperienceQuery } from '@lgx/web/data-access';
import { SummaryList } from '@lgx/web/ui';

import { formatDate, outOfFive } from '../model/format';

type Experience = NonNullable<SupplierExperienceQuery['supplierExperience']>;

/** What the council said: its ratings, the contract, and what worked and what did not. */
export function ExperienceDetails({ experience }: { experience: Experience }) {
  const framework = [experience.frameworkName, experience.frameworkLot].filter(Boolean).join(', ');
  return (
    <>
      <h2 className="govuk-heading-m">Ratings</h2>
      <SummaryList
        rows={[
          { key: 'Delivery', value: outOfFive(experience.ratings.delivery) },
          { key: 'Value for money', value: outOfFive(experience.ratings.valueForMoney) },
          { key: 'Support', value: outOfFive(experience.ratings.support) },
          {
            key: 'Interoperability and open standards',
            value: outOfFive(experience.ratings.interoperability),
          },
          {
            key: 'Exit and data portability',
            value: outOfFive(experience.ratings.exitAndDataPortability),
          },
          { key: 'Would buy again', value: experience.wouldBuyAgain ? 'Yes' : 'No' },
        ]}
      />
      <h2 className="govuk-heading-m">The contract</h2>
      <SummaryList
        rows={[
          { key: 'Category', value: `${experience.category.label} (${experience.category.code})` },
          {
            key: 'Dates',
            value: `${formatDate(experience.contractStart)} to ${formatDate(experience.contractEnd)}${experience.isCurrent ? ' (current)' : ''}`,
          },
          { key: 'Extension options', value: experience.extensionOptions || 'None given' },
          { key: 'Value', value: experience.valueBand.label },
          {
            key: 'Route to market',
            value: framework
              ? `${experience.routeToMarket.label}: ${framework}`
              : experience.routeToMarket.label,
          },
        ]}
      />
      {(
        [
          ['What worked', experience.whatWorked],
          ['What did not work', experience.whatDidNotWork],
          ['Advice to other councils', experience.advice],
        ] as const
      ).map(([heading, text]) =>
        text ? (
          <section key={heading}>
            <h2 className="govuk-heading-m">{heading}</h2>
            {text.split(/\n{2,}/).map((paragraph, index) => (
              <p className="govuk-body" key={index}>
                {paragraph}
              </p>
            ))}
          </section>
        ) : null,
      )}
    </>
  );
}
