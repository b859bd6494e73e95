import {
  CouncilDomainsDocument,
  QueryKeys,
  RemoveCouncilDomainDocument,
  useGraphQLMutation,
  useGraphQLQuery,
  useInvalidateQueries,
} from '@lgx/web/data-access';
import { Loading, usePageTitle, WarningText } from '@lgx/web/ui';
import { Link, useNavigate, useParams } from 'react-router';

import { FormPage } from '../components/form-page';
import { QueryFailure } from '../components/query-failure';
import { useFormErrors } from '../hooks/use-form-errors';

const FIELDS = {};

/** A platform admin removes a council email domain, after confirming. */
export function RemoveCouncilDomainPage() {
  const { domain = '' } = useParams();
  const domains = useGraphQLQuery(CouncilDomainsDocument, {});
  const form = useFormErrors(FIELDS);
  const navigate = useNavigate();
  const invalidate = useInvalidateQueries();
  const remove = useGraphQLMutation(RemoveCouncilDomainDocument, {
    onSuccess: async () => {
      await invalidate([QueryKeys.CouncilDomains]);
      navigate('/admin/domains', { state: { flash: `${domain} has been removed` } });
    },
  });
  usePageTitle(`Remove ${domain}`, form.errors.hasErrors);
  if (domains.error) return <QueryFailure error={domains.error} />;
  if (!domains.data) return <Loading label="Loading the domain" />;
  const entry = domains.data.councilDomains.find((d) => d.domain === domain);
  if (!entry && remove.isIdle) {
    return (
      <>
        <h1 className="govuk-heading-l">Domain not found</h1>
        <p className="govuk-body">
          No council has the domain {domain}.{' '}
          <Link className="govuk-link" to="/admin/domains">
            See council email domains
          </Link>
          .
        </p>
      </>
    );
  }

  const onSubmit = () => {
    form.validate([]);
    remove.mutate({ domain }, { onError: form.fail });
  };
  const council = entry?.council.name ?? 'the council';

  return (
    <FormPage
      back={{ to: '/admin/domains', label: 'Back to council email domains' }}
      cancelTo="/admin/domains"
      title={<>Are you sure you want to remove {domain}?</>}
      errors={form.errors.summary}
      intro={
        <WarningText>
          Officers with an email address on {domain} leave {council} and are signed out.
        </WarningText>
      }
      onSubmit={onSubmit}
      busy={remove.isPending}
      submitLabel="Remove domain"
      submitVariant="warning"
      busyLabel="Removing the domain"
    />
  );
}
