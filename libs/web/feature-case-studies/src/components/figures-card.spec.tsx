import type { AppraisalFiguresDetailsFragment } from '@lgx/web/data-access';
import { render, screen, within } from '@testing-library/react';
import type { ComponentProps } from 'react';
import { MemoryRouter } from 'react-router';

import { FiguresCard } from './figures-card';

type Study = ComponentProps<typeof FiguresCard>['study'];

const money = (pence: string, formatted: string) => ({ pence, formatted });
const outcome = (
  npv: string,
  bcr: string | null,
  payback: number | null,
  discounted = payback,
): AppraisalFiguresDetailsFragment => ({
  netPresentValue: money('0', npv),
  presentValueCosts: { formatted: '' },
  presentValueBenefits: { formatted: '' },
  benefitCostRatio: bcr,
  paybackYear: payback,
  discountedPaybackYear: discounted,
});

/** Derby's figures as the API appraises them (docs/appraisal-method.md, worked example). */
const derby: Study = {
  investmentStated: '£1,500,000 to £2,000,000',
  runningCostPerYear: null,
  cashableSavingsStated: 'up to £12,000,000 over 3 to 4 years',
  projectType: { key: 'equipment-development', label: 'Equipment and development' },
  figuresBasis: 'FORECAST',
  appraisalNotWorkedOut: null,
  hoursSavedPerYear: null,
  residentsAffected: null,
  nonCashableBenefits: null,
  evidenceLevel: null,
  appraisal: {
    methodVersion: 'lgx-green-book-1',
    methodUrl: '/appraisal-method',
    hasRange: true,
    optimismBias: {
      projectType: 'equipment-development',
      label: 'Equipment and development',
      upliftPercent: 200,
      appliesTo: 'investment',
      source: 'HM Treasury, Supplementary Green Book Guidance: Optimism Bias (2003)',
    },
    low: {
      unadjusted: outcome('-£2,000,000', '0.00', null),
      adjusted: outcome('-£6,000,000', '0.00', null),
    },
    central: {
      unadjusted: outcome('£3,799,756.73', '3.17', 2),
      adjusted: outcome('£299,756.73', '1.06', 4),
    },
    high: {
      unadjusted: outcome('£9,706,547.92', '7.47', 1),
      adjusted: outcome('£6,706,547.92', '2.49', 2),
    },
  },
};

const show = (study: Study) =>
  render(
    <MemoryRouter>
      <FiguresCard study={study} />
    </MemoryRouter>,
  );
/** The value beside a summary row's key. */
const row = (key: string) =>
  screen.getByText(key, { selector: 'dt' }).nextElementSibling?.textContent ?? '';
/** A row of the appraisal table: [unadjusted, adjusted]. */
const appraisalRow = (label: string) =>
  within(screen.getByRole('rowheader', { name: label }).closest('tr')!)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

describe('FiguresCard', () => {
  it('shows the figures as stated, ranges and "up to" as given, and forecast or actual', () => {
    show(derby);
    expect(row('Investment')).toBe('£1,500,000 to £2,000,000');
    expect(row('Cashable savings')).toBe('up to £12,000,000 over 3 to 4 years');
    expect(row('Running cost per year')).toBe('Not given (counted as nothing)');
    expect(row('Forecast or actual')).toBe('Forecast');
    expect(row('Project type')).toBe('Equipment and development');
  });

  it('shows the method’s results unadjusted beside optimism bias, with the NPV range', () => {
    show(derby);
    expect(screen.getByRole('heading', { name: 'LGX appraisal (forecast)' })).toBeTruthy();
    expect(
      screen.getByRole('columnheader', { name: /With optimism bias \(\+200% on the investment\)/ }),
    ).toBeTruthy();
    expect(appraisalRow('Net present value')).toEqual([
      '£3,799,756.73 (from -£2,000,000 to £9,706,547.92)',
      '£299,756.73 (from -£6,000,000 to £6,706,547.92)',
    ]);
    expect(appraisalRow('Benefit-cost ratio')).toEqual(['3.17', '1.06']);
    expect(appraisalRow('Payback')).toEqual(['By the end of year 2', 'By the end of year 4']);
    expect(appraisalRow('Discounted payback')).toEqual([
      'By the end of year 2',
      'By the end of year 4',
    ]);
    const links = screen.getAllByRole('link', { name: 'How LGX works out these figures' });
    expect(links[0]!.getAttribute('href')).toBe('/appraisal-method');
  });

  it('scrolls the appraisal table sideways in a box of its own on a phone, its corner header read out', () => {
    // jsdom lays nothing out: the table is wider than its box, as at 390 px.
    jest.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockReturnValue(900);
    jest.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(358);
    show(derby);
    const name = 'Central reading, with the low to high range of the figures given';
    const box = screen.getByRole('region', { name });
    expect(within(box).getByRole('table', { name })).toBeTruthy();
    expect(
      within(box)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Figure', 'Unadjusted', 'With optimism bias (+200% on the investment)']);
    jest.restoreAllMocks();
  });

  it('shows no range for exact figures, and labels measured actuals', () => {
    const exact = outcome('£100,000', '2.00', 3, null);
    show({
      ...derby,
      figuresBasis: 'ACTUAL',
      appraisal: {
        ...derby.appraisal!,
        hasRange: false,
        low: { unadjusted: exact, adjusted: exact },
        central: { unadjusted: exact, adjusted: exact },
        high: { unadjusted: exact, adjusted: exact },
      },
    });
    expect(row('Forecast or actual')).toBe('Measured actual');
    expect(screen.getByRole('heading', { name: 'LGX appraisal (measured actual)' })).toBeTruthy();
    expect(appraisalRow('Net present value')).toEqual(['£100,000', '£100,000']);
    expect(appraisalRow('Discounted payback')[0]).toBe('Not paid back within the period');
  });

  it('says "no figures given", or what is missing, and works nothing out another way', () => {
    show({ ...derby, appraisal: null, appraisalNotWorkedOut: 'No figures given' });
    expect(screen.getByText(/^No figures given\./)).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByText(/Worked out by LGX|three-year/i)).toBeNull();
  });
});
