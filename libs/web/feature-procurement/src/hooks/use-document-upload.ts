import { type FormEvent, useRef, useState } from 'react';

import { useGroupsChanged } from './use-groups-changed';

/** What went wrong sharing a file, as the server said it, or a general word if it said nothing. */
async function uploadFailure(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as {
    errors?: { message: string }[];
  } | null;
  return body?.errors?.[0]?.message ?? 'The file could not be shared. Try again.';
}

/** Shares the chosen file with a group's members (an upload outside GraphQL). */
export function useDocumentUpload(groupId: string) {
  const changed = useGroupsChanged();
  const [uploadError, setUploadError] = useState<string>();
  const [uploading, setUploading] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const upload = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    if (!file) return setUploadError('Choose a file to share');
    setUploading(true);
    try {
      const response = await fetch(`/procurement-groups/${groupId}/documents`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: {
          'content-type': 'application/octet-stream',
          'x-filename': encodeURIComponent(file.name),
        },
        body: file,
      });
      if (!response.ok) {
        setUploadError(await uploadFailure(response));
        return;
      }
      setUploadError(undefined);
      if (fileInput.current) fileInput.current.value = '';
      await changed();
    } finally {
      setUploading(false);
    }
  };

  return { fileInput, uploadError, uploading, upload };
}
