/** Words for what a contract's notices state, or that they do not. */

const PROCEDURE: Record<string, string> = {
  open: 'Open',
  selective: 'Selective (restricted)',
  limited: 'Limited',
  direct: 'Direct award',
};

/** OCDS procurementMethod and its details: "Open: Open procedure", or "Not stated". */
export function procedureText(method: string | null, details: string | null): string {
  const named = method ? (PROCEDURE[method.toLowerCase()] ?? method) : null;
  if (named && details && details.toLowerCase() !== named.toLowerCase())
    return `${named}: ${details}`;
  return named ?? details ?? 'Not stated';
}

/** A yes or no the notices may leave out. */
export function statedFlag(value: boolean | null): string {
  if (value === null) return 'Not stated';
  return value ? 'Yes' : 'No';
}

/** A CPV code with its label when LGX knows it. */
export function cpvText(cpv: { code: string; label: string | null }): string {
  return cpv.label ? `${cpv.label} (${cpv.code})` : cpv.code;
}

/** Which service a notice is on, to name its link. */
export function noticeSiteName(url: string): string {
  try {
    const host = new URL(url).hostname;
    if (/find-tender/.test(host)) return 'Find a Tender';
    if (/contractsfinder/.test(host)) return 'Contracts Finder';
    return host;
  } catch {
    return url;
  }
}
