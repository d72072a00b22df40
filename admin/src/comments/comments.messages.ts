/** UI text of the comments screens. */
export const commentsMessages = {
} as const;
