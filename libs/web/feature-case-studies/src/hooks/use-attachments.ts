import {
  CaseStudyAttachmentsDocument,
  DeleteCaseStudyAttachmentDocument,
  type GraphQLRequestError,
  queryKey,
  QueryKeys,
  uploadFile,
  useGraphQLMutation,
  useGraphQLQuery,
} from '@lgx/web/data-access';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/**
 * A case study's documents, and attaching and removing them: what was
 * chosen, the problem with it, and the status line read out after each.
 */
export function useAttachments(caseStudyId: string) {
  const queryClient = useQueryClient();
  const query = useGraphQLQuery(CaseStudyAttachmentsDocument, { id: caseStudyId });
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string>();
  const [status, setStatus] = useState('');
  const refresh = () =>
    queryClient.invalidateQueries({
      queryKey: queryKey(QueryKeys.CaseStudyAttachments, { id: caseStudyId }),
    });

  const upload = useMutation<{ filename: string }, GraphQLRequestError, File>({
    mutationFn: (file) => uploadFile(`/case-studies/${caseStudyId}/attachments`, file),
    onSuccess: async (saved) => {
      await refresh();
      if (input.current) input.current.value = '';
      setProblem(undefined);
      setStatus(`${saved.filename} is attached.`);
    },
    onError: (failure) => {
      setStatus('');
      setProblem(failure.message);
    },
  });
  const remove = useGraphQLMutation(DeleteCaseStudyAttachmentDocument, {
    onSuccess: () => refresh(),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) return setProblem('Select a file to attach');
    if (file.size === 0) return setProblem('The selected file is empty');
    if (file.size > MAX_UPLOAD_BYTES)
      return setProblem('The selected file must be smaller than 10 MB');
    setProblem(undefined);
    setStatus('');
    upload.mutate(file);
  };
  const removeFile = (file: { id: string; filename: string }) => {
    setStatus('');
    remove.mutate({ id: file.id }, { onSuccess: () => setStatus(`${file.filename} was removed.`) });
  };

  return { query, input, problem, status, upload, remove, submit, removeFile };
}
