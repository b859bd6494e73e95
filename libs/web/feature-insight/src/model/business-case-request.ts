/** Where a business case starts, read from its address (the URL contract other pages link to). */
export interface BusinessCaseVariables {
  caseStudy: string | null;
  objective: string | null;
  technology: string | null;
  /** Only peers with measured figures ("measuredOnly=true", as the sector map's cell says). */
  measuredOnly: boolean;
}

const read = (params: URLSearchParams, name: string) => params.get(name)?.trim() || null;

/**
 * `/business-case?caseStudy=<id>` or `/business-case?objective=<KEY>&technology=<KEY>`,
 * either with `&measuredOnly=true`.
 */
export function businessCaseVariables(params: URLSearchParams): BusinessCaseVariables {
  return {
    caseStudy: read(params, 'caseStudy'),
    objective: read(params, 'objective'),
    technology: read(params, 'technology'),
    measuredOnly: params.get('measuredOnly') === 'true',
  };
}

/** Whether the address says where to start at all (else the page explains how to start one). */
export const hasStart = (variables: BusinessCaseVariables) =>
  Boolean(variables.caseStudy || (variables.objective && variables.technology));

/** The query string of the same business case (what is not chosen is left out), without "?". */
export function businessCaseQuery(variables: BusinessCaseVariables): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(variables)) if (value) query.set(name, String(value));
  return query.toString();
}

/** The address of the business case as a file, Word or Markdown, for the same start. */
export const documentHref = (variables: BusinessCaseVariables, file: 'docx' | 'md') =>
  `/business-case/document.${file}?${businessCaseQuery(variables)}`;

/** The page of a business case from a sector map cell, carrying the measured-only choice. */
export const cellBusinessCasePath = (
  objective: string,
  technology: string,
  measuredOnly: boolean,
) =>
  `/business-case?${businessCaseQuery({ caseStudy: null, objective, technology, measuredOnly })}`;

/** A case study's page on this site. */
export const caseStudyPath = (id: string) => `/case-studies/${encodeURIComponent(id)}`;
