const FORMAT = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'long',
  timeStyle: 'medium',
  timeZone: 'Europe/London',
});

/** A date and time as UK readers expect them, in UK time: "3 March 2025 at 14:05:09". */
export function formatDateTime(date: Date): string {
  return FORMAT.format(date);
}
