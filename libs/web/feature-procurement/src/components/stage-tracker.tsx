import { GROUP_STAGE_PATH, GROUP_STAGES, type GroupStage } from '@lgx/shared/domain';

/** Where the group is on its way to a contract, as an ordered list a screen reader reads well. */
export function StageTracker({ stage }: { stage: GroupStage }) {
  const current = GROUP_STAGE_PATH.indexOf(stage);
  return (
    <section aria-labelledby="stage-tracker-heading" className="govuk-!-margin-bottom-6">
      <h2 className="govuk-heading-m" id="stage-tracker-heading">
        Stage
      </h2>
      {stage === 'ABANDONED' ? (
        <p className="govuk-body">
          <strong className="govuk-tag govuk-tag--grey">Abandoned</strong>
        </p>
      ) : (
        <ol className="govuk-list govuk-list--number">
          {GROUP_STAGE_PATH.map((step, index) => (
            <li key={step} aria-current={index === current ? 'step' : undefined}>
              {index === current ? (
                <strong>
                  {GROUP_STAGES[step]} <span className="govuk-tag">Current stage</span>
                </strong>
              ) : (
                <>
                  {GROUP_STAGES[step]}
                  <span className="govuk-visually-hidden">
                    {index < current ? ' (done)' : ' (to come)'}
                  </span>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
