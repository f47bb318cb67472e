import { CaseActionNotAllowed, CaseActorNotAllowed } from '../../../domain/case/index.js';
import { AppError } from '../../errors.js';

/** The case guard's refusals as HTTP answers (DESIGN §3.1): 409 naming the status and what is possible now; 403 for the actor. */
export function asConflict<T>(guard: () => T): T {
  try {
    return guard();
  } catch (error) {
    if (error instanceof CaseActionNotAllowed) throw new AppError('ACTION_NOT_ALLOWED', error.text, undefined, { status: error.status, allowedActions: error.allowed });
    if (error instanceof CaseActorNotAllowed) throw new AppError('FORBIDDEN', error.text);
    throw error;
  }
}
