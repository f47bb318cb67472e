import { apiGet, type SessionInfo } from '../sign-in/auth-api.js';

/** How this tab's user signs in again after a timeout, and whether the session is active (R-AUTH-8). */
export type SignInMethod = 'CARD' | 'PASSWORD';

const METHOD_KEY = 'zairyu.signInMethod';

/** How this tab's user signed in, remembered so a timeout offers the same way back (no personal data). */
export function rememberSignInMethod(kind: string): void {
  try {
    window.sessionStorage.setItem(METHOD_KEY, kind === 'INDIVIDUAL' ? 'CARD' : 'PASSWORD');
  } catch {
    // Both ways are offered then.
  }
}

export function rememberedMethod(): SignInMethod | undefined {
  try {
    const stored = window.sessionStorage.getItem(METHOD_KEY);
    return stored === 'CARD' || stored === 'PASSWORD' ? stored : undefined;
  } catch {
    return undefined;
  }
}

type ActiveSession = Extract<SessionInfo, { signedIn: true }>;

export async function isSignedIn(): Promise<ActiveSession | undefined> {
  const result = await apiGet<SessionInfo>('/api/v1/session');
  if (!result.ok || !result.data.signedIn || result.data.stage !== 'ACTIVE') return undefined;
  return result.data;
}
