import { completeWebAddress } from '@lgx/shared/domain';
import { type ComponentProps, useEffect } from 'react';

import { TextInput } from './text-input';

/** Completes the input's address in place, so the person sees what will be sent. */
function complete(input: HTMLInputElement | null) {
  if (!input) return;
  const completed = completeWebAddress(input.value);
  if (completed !== input.value) input.value = completed;
}

/**
 * A text input for a web address that accepts one typed without https://
 * ("bops.digital") and completes it to a full address when the person
 * leaves the field or sends the form, before the form is read.
 */
export function WebAddressInput(props: Omit<ComponentProps<typeof TextInput>, 'type'>) {
  const { id } = props;
  useEffect(() => {
    const input = document.getElementById(id) as HTMLInputElement | null;
    const form = input?.form;
    const onSubmit = () => complete(input);
    // Listening on the form itself runs before React's handler at the root reads it.
    form?.addEventListener('submit', onSubmit);
    return () => form?.removeEventListener('submit', onSubmit);
  }, [id]);
  return (
    <TextInput
      type="text"
      inputMode="url"
      spellCheck={false}
      autoCapitalize="none"
      autoComplete="url"
      {...props}
      onBlur={(event) => {
        complete(event.currentTarget);
        props.onBlur?.(event);
      }}
    />
  );
}
