/** UI text of the articles screens. */
export const articlesMessages = {
} as const;
