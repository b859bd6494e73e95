import { MyDataDocument, useGraphQLMutation } from '@lgx/web/data-access';
import { Button, ErrorSummary, FormStatus, NotificationBanner, usePageTitle } from '@lgx/web/ui';
import { type FormEvent, useEffect, useState } from 'react';

import { BackLink } from '../components/back-link';
import { useFormErrors } from '../hooks/use-form-errors';

const FIELDS = {};
const MY_DATA_FILE = 'lgx-my-data.json';

/** Download everything LGX holds about you, as a JSON file. */
export function YourDataPage() {
  const form = useFormErrors(FIELDS);
  const [fileUrl, setFileUrl] = useState<string>();
  // Every file made here, to let go of when the page closes (not before: the link may be used).
  const [made] = useState(() => new Set<string>());
  useEffect(() => () => made.forEach((url) => URL.revokeObjectURL(url)), [made]);
  const download = useGraphQLMutation(MyDataDocument, {
    onSuccess: ({ myData }) => {
      const url = URL.createObjectURL(new Blob([myData], { type: 'application/json' }));
      made.add(url);
      setFileUrl(url);
      const link = document.createElement('a');
      link.href = url;
      link.download = MY_DATA_FILE;
      link.click();
    },
  });
  usePageTitle('Download your data', form.errors.hasErrors);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (download.isPending) return;
    form.validate([]);
    download.mutate({}, { onError: form.fail });
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/account">Back to your account</BackLink>
        <ErrorSummary errors={form.errors.summary} />
        {fileUrl && (
          <NotificationBanner success heading="Your data is ready">
            <p className="govuk-body">
              Your browser should save it now. If it does not,{' '}
              <a className="govuk-notification-banner__link" href={fileUrl} download={MY_DATA_FILE}>
                save {MY_DATA_FILE}
              </a>
              .
            </p>
          </NotificationBanner>
        )}
        <h1 className="govuk-heading-l">Download your data</h1>
        <p className="govuk-body">
          Get a file of everything LGX holds about you: your account details, your council
          membership, when you signed in and what you did on LGX.
        </p>
        <p className="govuk-body">
          The file is in JSON format, which other software can read. It is made for you now and not
          kept.
        </p>
        <form noValidate onSubmit={onSubmit}>
          <Button busy={download.isPending}>Download your data</Button>
          <FormStatus busy={download.isPending} label="Preparing your data" />
        </form>
      </div>
    </div>
  );
}
