import { listAllSections, updateTaxonomy } from './taxonomy.api.ts';

/**
 * Moves a section one place up (-1) or down (+1) in the navigation. Positions may tie or have
 * gaps, so the whole order is renumbered 0…n-1 and only the sections whose number changes are
 * written. Answers the section's new place (0-based) and how many there are.
 */
export async function moveSection(slug: string, direction: -1 | 1): Promise<{ index: number; total: number }> {
  const order = await listAllSections();
  const from = order.findIndex((s) => s.slug === slug);
  const to = from + direction;
  const moving = order[from];
  const other = order[to];
  if (!moving || !other) return { index: Math.max(from, 0), total: order.length };
  order[from] = other;
  order[to] = moving;
  for (const [index, section] of order.entries()) {
    if (section.position !== index) await updateTaxonomy('sections', section.slug, { position: index });
  }
  return { index: to, total: order.length };
}
