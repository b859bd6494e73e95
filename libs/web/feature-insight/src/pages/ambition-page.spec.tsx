import { fakeGraphQLApi, refusedWith } from '@lgx/web/util';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { AmbitionPage } from './ambition-page';
import { expectNoAxeViolations, renderPageAt, viewerAs } from './insight-test-kit';

const DERBY = { code: 'DER', name: 'Derby City Council' };
const CASE_STUDY = { kind: 'CASE_STUDY', id: 'cs-1', title: 'AI for care assessments' };

const objective = (key: string, label: string, extra: object = {}) => ({
  objective: key,
  label,
  importance: null,
  cells: [],
  ...extra,
});

const mapOf = (extra: object = {}) => ({
  data: {
    ambitionMap: {
      councilCode: 'DER',
      councilName: 'Derby',
      published: false,
      publishedAt: null,
      version: 1,
      updatedAt: '2026-12-01T10:00:00.000Z',
      canEdit: true,
      canPublish: false,
      objectives: [
        objective('EFFICIENCY', 'Efficiency and productivity', { importance: 4 }),
        objective('NET_ZERO', 'Net zero'),
      ],
      ...extra,
    },
  },
});
const HISTORY = {
  data: {
    ambitionMapHistory: {
      totalCount: 1,
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: [
        {
          node: {
            version: 1,
            kind: 'SAVE',
            savedAt: '2026-12-01T10:00:00.000Z',
            changes: ['Efficiency and productivity: importance not answered → 4'],
          },
        },
      ],
    },
  },
};
const OPTIONS = { data: { ambitionEvidenceOptions: [CASE_STUDY] } };

const renderPage = () =>
  renderPageAt('digital-ambition/:code', '/digital-ambition/der', <AmbitionPage />);

/** An editor of Derby, with these answers for the operations besides the page's own. */
const asDerbyEditor = (more: Parameters<typeof fakeGraphQLApi>[0] = {}) =>
  fakeGraphQLApi({
    Viewer: () => viewerAs(DERBY, 'EDITOR'),
    AmbitionMap: () => mapOf(),
    AmbitionEvidenceOptions: () => OPTIONS,
    AmbitionMapHistory: () => HISTORY,
    ...more,
  });

/** Opens the Efficiency objective's form; returns it and its AI questions, with AI marked live. */
async function efficiencyFormWithAiLive() {
  await userEvent.click(await screen.findByText('Efficiency and productivity'));
  const form = await screen.findByRole('form', { name: 'Efficiency and productivity' });
  const ai = within(form).getByRole('group', { name: 'AI and machine learning' });
  await userEvent.click(within(ai).getByRole('radio', { name: 'Live' }));
  return { form, ai };
}

// The form is long (every technology of two objectives): role queries and axe take a while in jsdom.
jest.setTimeout(60_000);

describe('AmbitionPage', () => {
  it("shows an editor the form per objective with the map's answers, private, with its changes; axe finds nothing", async () => {
    asDerbyEditor();
    renderPage();
    await userEvent.click(await screen.findByText('Efficiency and productivity'));
    const form = await screen.findByRole('form', { name: 'Efficiency and productivity' });
    const importance = within(form).getByRole('group', {
      name: /How important is efficiency and productivity/,
    });
    expect(within(importance).getByRole('radio', { name: '4' })).toBeChecked();
    const ai = within(form).getByRole('group', { name: 'AI and machine learning' });
    expect(
      within(ai).getByRole('combobox', { name: 'Evidence for AI and machine learning' }),
    ).toHaveTextContent('Case study: AI for care assessments');
    expect(screen.getByText("Only your council's officers can read this map.")).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Compare your map with councils like yours' }),
    ).toHaveAttribute('href', '/digital-ambition/DER/peers');
    expect(screen.queryByRole('button', { name: 'Publish the map' })).not.toBeInTheDocument();
    expect(
      await screen.findByText('Efficiency and productivity: importance not answered → 4'),
    ).toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it('asks for evidence before sending when a technology is live without it, and links the summary to the chooser', async () => {
    const sent = asDerbyEditor();
    renderPage();
    const { form, ai } = await efficiencyFormWithAiLive();
    await userEvent.click(
      within(form).getByRole('button', { name: 'Save efficiency and productivity' }),
    );
    const summary = await within(form).findByRole('alert');
    const link = within(summary).getByRole('link', {
      name: /AI and machine learning: live needs evidence/,
    });
    expect(link).toHaveAttribute('href', '#EFFICIENCY-AI-evidence');
    expect(
      within(ai).getByRole('combobox', { name: /Evidence for AI/ }),
    ).toHaveAccessibleDescription(expect.stringContaining('live needs evidence'));
    expect(sent.map((request) => request.operation)).not.toContain('SaveAmbitionObjective');
    await expectNoAxeViolations();
  });

  it('saves the objective with its evidence and says so; shows the API’s refusal by field', async () => {
    let refuse = true;
    const sent = asDerbyEditor({
      SaveAmbitionObjective: () =>
        refuse
          ? refusedWith([
              {
                field: 'cells[0].evidence',
                message: "That case study is not one of your council's",
              },
            ])
          : { data: { saveAmbitionObjective: mapOf().data.ambitionMap } },
    });
    renderPage();
    const { form, ai } = await efficiencyFormWithAiLive();
    await userEvent.selectOptions(
      within(ai).getByRole('combobox', { name: /Evidence for AI/ }),
      'Case study: AI for care assessments',
    );
    await userEvent.click(within(ai).getByRole('checkbox', { name: 'Skills' }));
    const save = within(form).getByRole('button', { name: 'Save efficiency and productivity' });
    await userEvent.click(save);
    expect(
      await within(form).findByRole('link', {
        name: "That case study is not one of your council's",
      }),
    ).toHaveAttribute('href', '#EFFICIENCY-AI-evidence');

    refuse = false;
    await userEvent.click(save);
    expect(
      await within(form).findByText('Efficiency and productivity: saved.'),
    ).toBeInTheDocument();
    expect(within(form).queryByRole('alert')).not.toBeInTheDocument();
    const saved = sent.filter((request) => request.operation === 'SaveAmbitionObjective').at(-1);
    expect(saved?.variables).toEqual({
      input: {
        councilCode: 'DER',
        objective: 'EFFICIENCY',
        importance: 4,
        cells: [
          {
            technology: 'AI',
            potential: null,
            plan: 'LIVE',
            barriers: ['SKILLS'],
            readiness: null,
            evidence: { kind: 'CASE_STUDY', id: 'cs-1' },
          },
        ],
      },
    });
  });

  it("lets the council's admin publish the map", async () => {
    const sent = fakeGraphQLApi({
      Viewer: () => viewerAs(DERBY, 'ADMIN'),
      AmbitionMap: () => mapOf({ canPublish: true }),
      AmbitionEvidenceOptions: () => OPTIONS,
      AmbitionMapHistory: () => HISTORY,
      PublishAmbitionMap: () => ({
        data: { publishAmbitionMap: mapOf({ canPublish: true, published: true }).data.ambitionMap },
      }),
    });
    renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Publish the map' }));
    await waitFor(() =>
      expect(sent.map((request) => request.operation)).toContain('PublishAmbitionMap'),
    );
  });

  it('shows another council’s officer a published map to read, with its evidence, and a private one as not published', async () => {
    const published = mapOf({
      canEdit: false,
      published: true,
      objectives: [
        objective('EFFICIENCY', 'Efficiency and productivity', {
          importance: 5,
          cells: [
            {
              technology: 'AI',
              technologyLabel: 'AI and machine learning',
              potential: 'HIGH',
              plan: 'LIVE',
              barriers: ['SKILLS'],
              readiness: 'YES',
              evidence: { ...CASE_STUDY, path: '/case-studies/cs-1' },
            },
          ],
        }),
      ],
    });
    let answer: object = published;
    const sent = fakeGraphQLApi({
      Viewer: () => viewerAs({ code: 'NOT', name: 'Nottingham City Council' }, 'OFFICER'),
      AmbitionMap: () => answer,
    });
    renderPage();
    expect(await screen.findByRole('link', { name: 'AI for care assessments' })).toHaveAttribute(
      'href',
      '/case-studies/cs-1',
    );
    expect(screen.getByText('Importance: 5 out of 5')).toBeInTheDocument();
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /councils like yours/ })).not.toBeInTheDocument();
    expect(sent.map((request) => request.operation)).not.toContain('AmbitionMapHistory');
    await expectNoAxeViolations();

    answer = { data: { ambitionMap: null } };
    document.body.innerHTML = '';
    renderPage();
    expect(
      await screen.findByText(/This council has not published a digital ambition map/),
    ).toBeInTheDocument();
  });
});
