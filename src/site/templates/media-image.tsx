import { responsiveSources } from '../../media/index.ts';

/** What a template knows about an image: from the article row, no media lookup needed. */
export interface ImageRef { url: string; width: number | null; height: number | null }

/**
 * An <img> that, for a Dateline media file, becomes a <picture> offering every stored width in
 * WebP and in the stored format, with the real width and height so nothing shifts as it loads.
 * The variants are read from the URL itself, so a list of cards costs no query per card.
 * Images from elsewhere are left as a plain <img>.
 */
export function MediaImage({ image, alt, sizes, eager, highPriority = false, className }: {
  image: ImageRef; alt: string; sizes: string; eager: boolean; highPriority?: boolean; className?: string;
}) {
  const sources = responsiveSources(image.url);
  const common = {
    class: className, alt, decoding: 'async' as const,
    loading: eager ? 'eager' as const : 'lazy' as const, fetchpriority: highPriority ? 'high' as const : undefined,
  };
  if (!sources) return <img {...common} src={image.url} width={image.width ?? undefined} height={image.height ?? undefined} />;
  return (
    <picture>
      <source type="image/webp" srcset={sources.webpSrcset} sizes={sizes} />
      <img {...common} src={sources.src} srcset={sources.srcset} sizes={sizes} width={sources.width} height={sources.height} />
    </picture>
  );
}
