/** UI text of the workflow, revisions and corrections panels. */
export const workflowMessages = {
} as const;
