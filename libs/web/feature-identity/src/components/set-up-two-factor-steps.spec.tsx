import { render, screen } from '@testing-library/react';

import { SetUpTwoFactorSteps } from './set-up-two-factor-steps';

describe('SetUpTwoFactorSteps', () => {
  it('says the QR code is being made until the enrolment arrives', () => {
    render(<SetUpTwoFactorSteps enrolment={undefined} />);
    expect(screen.getByRole('heading', { name: '1. Add LGX to your app' })).toBeInTheDocument();
    expect(screen.getByText(/Making your QR code/)).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it('shows the QR code and the setup key in groups of four, then the second step', () => {
    render(
      <SetUpTwoFactorSteps
        enrolment={{ qrCodeSvg: '<svg xmlns="http://www.w3.org/2000/svg"/>', secret: 'ABCDEFGHIJ' }}
      />,
    );
    expect(screen.getByRole('img', { name: 'QR code for your authenticator app' })).toHaveAttribute(
      'src',
      expect.stringMatching(/^data:image\/svg\+xml;base64,/),
    );
    expect(screen.getByText('ABCD EFGH IJ')).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: '2. Enter the code from your app' }),
    ).toBeInTheDocument();
  });
});
