/** UI text of the media screens. */
export const mediaMessages = {
} as const;
