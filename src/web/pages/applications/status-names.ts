import { APPLICATION_STATE_NAMES, APPLICATION_STATES, type ApplicationState } from '../../../domain/case/statuses.js';
import type { Language } from '../../i18n/index.js';

/** The states offered by the list's filter, in the order of R-CASE-1 (drafts first). */
export const LIST_STATES = APPLICATION_STATES;

/** R-CASE-1: the users' status vocabulary (申請完了, 審査中 …) from the domain's one table. */
export function stateName(state: ApplicationState, language: Language): string {
  return APPLICATION_STATE_NAMES[state][language];
}
