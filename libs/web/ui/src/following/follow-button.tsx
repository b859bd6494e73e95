import { useEffect, useRef, useState } from 'react';

import { Button } from '../components/button';

interface FollowButtonProps {
  /** What is followed, in words: "Derby City Council". */
  name: string;
  /** Null for a visitor and undefined while loading: no button then. */
  following: boolean | null | undefined;
  /** Follows when not following, unfollows when following. */
  toggle: () => void;
  pending: boolean;
  error: string | null;
}

/**
 * Follow or unfollow one thing. The button says what pressing it does, and a
 * polite live region says what happened, for screen reader users.
 */
export function FollowButton({ name, following, toggle, pending, error }: FollowButtonProps) {
  const pressed = useRef(false);
  const [said, setSaid] = useState('');
  useEffect(() => {
    if (!pressed.current || following === undefined || following === null) return;
    setSaid(following ? `You follow ${name}.` : `You no longer follow ${name}.`);
  }, [following, name]);
  if (following === undefined || following === null) return null;
  const press = () => {
    pressed.current = true;
    toggle();
  };
  return (
    <div className="lgx-follow">
      <Button
        type="button"
        variant="secondary"
        className="govuk-!-margin-bottom-2"
        busy={pending}
        onClick={press}
      >
        {following ? 'Unfollow' : 'Follow'}
        <span className="govuk-visually-hidden"> {name}</span>
      </Button>
      <p className="govuk-body-s" role="status">
        {said}
      </p>
      {error && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error: </span>
          {error}
        </p>
      )}
    </div>
  );
}
