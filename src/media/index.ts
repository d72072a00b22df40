/**
 * Media: image uploads re-encoded into responsive variants, their storage, and the URLs
 * templates turn into srcset without asking the database.
 */
export { createMediaService, sanitiseFileName, type MediaService, type MediaServiceOptions, type UploadInput } from './media.service.ts';
export { createLocalDiskStorage, type MediaStorage } from './media-storage.ts';
export { mediaAdminRoutes } from './media.routes.ts';
export { mediaFileRoutes } from './media-files.routes.ts';
export { MEDIA_ERRORS } from './media.errors.ts';
export { MEDIA_WIDTHS, responsiveSources, variantWidths, type ResponsiveSources } from './media-key.ts';
export type { MediaItem, MediaText } from './media.model.ts';
