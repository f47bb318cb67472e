/** The heading of the step on screen: focused after moving between steps, so screen readers start there. */
export const STEP_HEADING_ID = 'application-step-heading';

/** The heading of the sign-in prompt after a session timeout (focused when shown, and by the save bar's button). */
export const RESIGNIN_HEADING_ID = 'resignin-heading';

/** The steps after the form pages, in order. */
export const EXTRA_STEPS = ['attachments', 'receipt', 'submit'] as const;
export type ExtraStep = (typeof EXTRA_STEPS)[number];
export const isExtraStep = (id: string): id is ExtraStep => (EXTRA_STEPS as readonly string[]).includes(id);
