import type { ButtonHTMLAttributes, MouseEvent, ReactNode } from 'react';

interface ButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'disabled'> {
  variant?: 'primary' | 'secondary' | 'warning';
  /**
   * While the form is being sent: the button looks disabled and ignores
   * presses (GOV.UK's data-prevent-double-click), but keeps focus for
   * keyboard and screen reader users.
   */
  busy?: boolean;
  children: ReactNode;
}

/** A GOV.UK button; a submit button unless told otherwise. */
export function Button({
  variant = 'primary',
  busy = false,
  type = 'submit',
  className,
  onClick,
  children,
  ...rest
}: ButtonProps) {
  const classes = ['govuk-button', variant !== 'primary' && `govuk-button--${variant}`, className]
    .filter(Boolean)
    .join(' ');
  const click = (event: MouseEvent<HTMLButtonElement>) => {
    if (busy) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  };
  return (
    <button
      type={type}
      className={classes}
      data-module="govuk-button"
      data-prevent-double-click="true"
      aria-disabled={busy ? true : undefined}
      onClick={click}
      {...rest}
    >
      {children}
    </button>
  );
}
