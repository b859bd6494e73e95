import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type { RenderLink } from './render-link';
import { ServiceNavigation } from './service-navigation';

/** A window as wide as `width` pixels, as far as matchMedia can tell, that can be resized. */
function windowOf(width: number) {
  const listeners = new Set<() => void>();
  let current = width;
  const matches = () => current >= 641;
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    value: (query: string) => ({
      media: query,
      get matches() {
        return matches();
      },
      addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
      removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
    }),
  });
  return {
    resize(to: number) {
      current = to;
      act(() => listeners.forEach((listener) => listener()));
    },
  };
}

const renderLink: RenderLink = ({ href, className, children, current, onClick }) => (
  <a
    href={href}
    className={className}
    aria-current={current ? 'page' : undefined}
    onClick={(event) => {
      event.preventDefault();
      onClick?.();
    }}
  >
    {children}
  </a>
);

const navigation = [
  { href: '/', label: 'Home', current: true },
  { href: '/councils', label: 'Councils', current: false },
];

function renderNavigation() {
  render(<ServiceNavigation navigation={navigation} renderLink={renderLink} />);
  return {
    menu: () => screen.queryByRole('button', { name: 'Menu' }),
    councils: () => screen.queryByRole('link', { name: 'Councils' }),
  };
}

describe('ServiceNavigation', () => {
  afterEach(() => {
    Reflect.deleteProperty(window, 'matchMedia');
  });

  it('shows every link and no Menu button on a wide screen', () => {
    windowOf(1280);
    const { menu, councils } = renderNavigation();
    expect(menu()).toBeNull();
    expect(councils()).toBeVisible();
  });

  it('folds the links behind a Menu button on a phone, which opens and closes them', async () => {
    windowOf(390);
    const { menu, councils } = renderNavigation();
    const button = menu();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveAttribute('aria-controls', 'navigation');
    expect(councils()).toBeNull();
    await userEvent.click(button as HTMLElement);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(councils()).toBeVisible();
    // Choosing a page folds the menu again.
    await userEvent.click(councils() as HTMLElement);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(councils()).toBeNull();
  });

  it('unfolds when the window grows past the tablet breakpoint', () => {
    const screenSize = windowOf(390);
    const { menu, councils } = renderNavigation();
    expect(councils()).toBeNull();
    screenSize.resize(800);
    expect(menu()).toBeNull();
    expect(councils()).toBeVisible();
  });
});
