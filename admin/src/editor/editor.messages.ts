/** UI text of the editor screens. */
export const editorMessages = {
} as const;
