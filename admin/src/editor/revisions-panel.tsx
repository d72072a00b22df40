export interface RevisionsPanelProps {
  slug: string;
  /** The revision the editor has loaded. */
  revision: number;
  /** Called after a restore: the editor reloads the article. */
  onRestored: () => void;
}

/** Placeholder: the list of revisions, a side-by-side comparison and restore. */
export function RevisionsPanel(_props: RevisionsPanelProps) {
  return null;
}
