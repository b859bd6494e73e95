import { render, screen } from '@testing-library/react';

import { ScrollBox } from './scroll-box';

/** Lays the page out as a browser would for what the test needs: jsdom measures nothing. */
function widths(scrollWidth: number, clientWidth: number) {
  jest.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockReturnValue(scrollWidth);
  jest.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(clientWidth);
}

describe('ScrollBox', () => {
  afterEach(() => jest.restoreAllMocks());

  it('is a plain box, not a tab stop, when its content fits', () => {
    widths(600, 600);
    const { container } = render(
      <ScrollBox label="Councils">
        <table />
      </ScrollBox>,
    );
    expect(screen.queryByRole('region')).toBeNull();
    expect(container.firstElementChild).not.toHaveAttribute('tabindex');
  });

  it('is a named region a keyboard can reach when its content is wider than it', () => {
    widths(900, 358);
    render(
      <ScrollBox label="Councils">
        <table />
      </ScrollBox>,
    );
    const region = screen.getByRole('region', { name: 'Councils' });
    expect(region).toHaveAttribute('tabindex', '0');
    expect(region.querySelector('table')).not.toBeNull();
  });
});
