import type { ArticleStatus } from './article-status.ts';

export interface WorkflowPanelProps {
  slug: string;
  status: ArticleStatus;
  /** The article's embargo (ISO time) or null. */
  embargoUntil: string | null;
  /** True when the editor has unsaved changes: actions then ask to save first. */
  dirty: boolean;
  /** Called after any action changed the article on the server: the editor reloads it. */
  onChanged: () => void;
}

/** Placeholder: submit, send back, schedule, publish, unpublish, preview links. */
export function WorkflowPanel(_props: WorkflowPanelProps) {
  return null;
}
