import { ADOPTION_STATUSES, labelOf } from '@lgx/shared/domain';
import type { AdoptionDetailsFragment } from '@lgx/web/data-access';
import { Table } from '@lgx/web/ui';
import { Link } from 'react-router';

const statusLabel = (status: string) => labelOf(ADOPTION_STATUSES, status) ?? status;

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });
const formatDay = (day: string | null) =>
  day ? dateFormat.format(new Date(`${day}T00:00:00Z`)) : '';

function since(adoption: AdoptionDetailsFragment): string {
  if (adoption.status === 'STOPPED' && adoption.stoppedOn)
    return `Stopped ${formatDay(adoption.stoppedOn)}`;
  return adoption.startedOn ? `Since ${formatDay(adoption.startedOn)}` : 'Not given';
}

interface AdoptingCouncilsTableProps {
  adoptions: readonly AdoptionDetailsFragment[];
  /** Officers also see each council's note. */
  showNotes: boolean;
}

/** The councils that recorded using a component: status, since when, their case study, a note. */
export function AdoptingCouncilsTable({ adoptions, showNotes }: AdoptingCouncilsTableProps) {
  if (adoptions.length === 0)
    return <p className="govuk-body">No council has recorded using it yet.</p>;
  return (
    <Table
      caption="Councils that recorded using it"
      captionHidden
      columns={[
        { label: 'Council' },
        { label: 'Status' },
        { label: 'When' },
        ...(showNotes ? [{ label: 'Note' }] : []),
      ]}
      rows={adoptions.map((adoption) => ({
        key: adoption.id,
        cells: [
          <Link key="council" className="govuk-link" to={`/councils/${adoption.council.code}`}>
            {adoption.council.name}
          </Link>,
          statusLabel(adoption.status),
          <span key="when">
            {since(adoption)}
            {adoption.caseStudyId && (
              <>
                <br />
                <Link className="govuk-link" to={`/case-studies/${adoption.caseStudyId}`}>
                  Read their case study
                </Link>
              </>
            )}
          </span>,
          ...(showNotes ? [adoption.note ?? ''] : []),
        ],
      }))}
    />
  );
}
