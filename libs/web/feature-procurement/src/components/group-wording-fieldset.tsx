import { Textarea, TextInput } from '@lgx/web/ui';

import type { GroupFieldsetProps } from './group-fieldset-props';

/** The group’s title and need: the only details that change after tender. */
export function GroupWordingFieldset({ errors: e, defaults }: GroupFieldsetProps) {
  return (
    <>
      <TextInput
        id="title"
        name="title"
        label="Title"
        error={e['title']}
        hint="For example, AI digital assistant"
        defaultValue={defaults.title}
      />
      <Textarea
        id="need"
        name="need"
        label="The need, in plain words"
        rows={5}
        error={e['need']}
        defaultValue={defaults.need}
      />
    </>
  );
}
