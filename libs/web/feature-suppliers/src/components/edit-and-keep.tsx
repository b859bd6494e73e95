import { SupplierExperienceDocument, useGraphQLQuery } from '@lgx/web/data-access';
import { Button, Details, Textarea } from '@lgx/web/ui';
import type { FormEvent } from 'react';

/** Resolve by editing: the moderator changes the experience's text and keeps it published. */
export function EditAndKeep({
  experienceId,
  busy,
  onSubmit,
}: {
  experienceId: string;
  busy: boolean;
  onSubmit: (edit: { whatWorked: string; whatDidNotWork: string; advice: string }) => void;
}) {
  const { data } = useGraphQLQuery(SupplierExperienceDocument, { id: experienceId });
  const experience = data?.supplierExperience;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(`${name}-${experienceId}`) ?? '');
    onSubmit({
      whatWorked: text('whatWorked'),
      whatDidNotWork: text('whatDidNotWork'),
      advice: text('advice'),
    });
  };
  if (!experience) return null;
  return (
    <Details summary="Edit the experience and keep it">
      <form onSubmit={submit} noValidate>
        <Textarea
          id={`whatWorked-${experienceId}`}
          label="What worked"
          rows={3}
          defaultValue={experience.whatWorked}
        />
        <Textarea
          id={`whatDidNotWork-${experienceId}`}
          label="What did not work"
          rows={3}
          defaultValue={experience.whatDidNotWork}
        />
        <Textarea
          id={`advice-${experienceId}`}
          label="Advice to other councils"
          rows={3}
          defaultValue={experience.advice}
        />
        <Button variant="secondary" busy={busy}>
          Save the edit and keep it
        </Button>
      </form>
    </Details>
  );
}
