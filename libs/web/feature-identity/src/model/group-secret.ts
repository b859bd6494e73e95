/** A setup key in groups of four, easier to type into an app by hand: "ABCD EFGH IJ". */
export function groupSecret(secret: string): string {
  return (secret.replace(/\s/g, '').match(/.{1,4}/g) ?? []).join(' ');
}
