/** Whether the viewer is an editor (or admin) of this council, who may write its case studies. */
export function isEditorOf(
  viewer: { council: { code: string } | null; councilRole: string | null } | undefined,
  councilCode: string,
): boolean {
  return (
    viewer?.council?.code === councilCode &&
    (viewer.councilRole === 'EDITOR' || viewer.councilRole === 'ADMIN')
  );
}
