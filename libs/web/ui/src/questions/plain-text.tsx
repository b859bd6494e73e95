/** Text as it was written: plain, its line breaks kept, nothing interpreted as markup. */
export function PlainText({
  text,
  className = 'govuk-body',
}: {
  text: string;
  className?: string;
}) {
  return (
    <p className={className} style={{ whiteSpace: 'pre-line' }}>
      {text}
    </p>
  );
}
