import { TaxonomyScreen } from './taxonomy-screen.tsx';

/** The three screens the app routes to (/sections, /tags, /authors): one list screen per kind. */
export function SectionsScreen() {
  return <TaxonomyScreen kind="sections" />;
}
export function TagsScreen() {
  return <TaxonomyScreen kind="tags" />;
}
export function AuthorsScreen() {
  return <TaxonomyScreen kind="authors" />;
}
