import type { ArticleStatus } from './article-status.ts';

export interface CorrectionsPanelProps {
  slug: string;
  status: ArticleStatus;
}

/** Placeholder: the article's corrections and clarifications; adding one once published. */
export function CorrectionsPanel(_props: CorrectionsPanelProps) {
  return null;
}
