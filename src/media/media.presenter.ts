import { contentTypeOf, mediaUrl, variantHeight, variantWidths, variantKey } from './media-key.ts';
import { storedFormatOf } from './media-image.ts';
import type { MediaItem } from './media.model.ts';

/** The allow-listed JSON of one image for the Admin API. */
export function presentMedia(item: MediaItem) {
  const widths = variantWidths(item.width);
  const largest = widths[widths.length - 1] as number;
  const url = mediaUrl(variantKey(item.prefix, largest, storedFormatOf(item.originalFormat)));
  const height = variantHeight(item.width, item.height, largest);
  return {
    id: item.id, url, width: largest, height, originalWidth: item.width, originalHeight: item.height,
    format: item.originalFormat, bytes: item.bytes, alt: item.alt, caption: item.caption, credit: item.credit,
    originalName: item.originalName, createdBy: item.createdBy, createdAt: item.createdAt, updatedAt: item.updatedAt,
    variants: item.variants.map((v) => ({ url: mediaUrl(v.key), width: v.width, height: v.height, type: contentTypeOf(v.format), bytes: v.bytes })),
    image: { url, alt: item.alt, caption: item.caption, credit: item.credit, width: largest, height },
  };
}
