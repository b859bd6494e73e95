import { MyDataDocument, useGraphQLMutation } from '@lgx/web/data-access';
import { NotificationBanner, usePageTitle } from '@lgx/web/ui';
import { useEffect, useState } from 'react';

import { ACCOUNT_FORM, FormPage } from '../components/form-page';
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

  const onSubmit = () => {
    form.validate([]);
    download.mutate({}, { onError: form.fail });
  };

  return (
    <FormPage
      back={ACCOUNT_FORM.back}
      title="Download your data"
      errors={form.errors.summary}
      beforeTitle={
        fileUrl && (
          <NotificationBanner success heading="Your data is ready">
            <p className="govuk-body">
              Your browser should save it now. If it does not,{' '}
              <a className="govuk-notification-banner__link" href={fileUrl} download={MY_DATA_FILE}>
                save {MY_DATA_FILE}
              </a>
              .
            </p>
          </NotificationBanner>
        )
      }
      intro={
        <>
          <p className="govuk-body">
            Get a file of everything LGX holds about you: your account details, your council
            membership, when you signed in, what you did on LGX, what you follow and your saved
            searches, your email preferences and notifications, and the questions you asked and
            answered.
          </p>
          <p className="govuk-body">
            The file is in JSON format, which other software can read. It is made for you now and
            not kept.
          </p>
        </>
      }
      onSubmit={onSubmit}
      busy={download.isPending}
      submitLabel="Download your data"
      busyLabel="Preparing your data"
    />
  );
}
