import type { ProcurementGroupWorkspaceQuery } from '@lgx/web/data-access';

type Message = ProcurementGroupWorkspaceQuery['procurementGroupWorkspace']['messages'][number];

const when = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );

/** The group's messages, each with who wrote it, for which council, and when. */
export function GroupMessages({ messages }: { messages: readonly Message[] }) {
  if (messages.length === 0) return <p className="govuk-body">No messages yet.</p>;
  return (
    <ul className="govuk-list" aria-label="Messages">
      {messages.map((message) => (
        <li key={message.id} className="govuk-!-margin-bottom-4">
          <p className="govuk-body-s govuk-!-margin-bottom-1">
            <strong>{message.authorName}</strong>, {message.council.name},{' '}
            {when(String(message.createdAt))}
          </p>
          <p className="govuk-body" style={{ whiteSpace: 'pre-wrap' }}>
            {message.body}
          </p>
        </li>
      ))}
    </ul>
  );
}
