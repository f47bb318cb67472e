/**
 * The pages of the web app. The server answers these with the app (200) and any other page path with the
 * app's not-found page and a 404 status. Shared by the router and the server; no React here.
 */
export const WEB_PATHS = {
  home: '/',
  precheck: '/precheck',
  devMailbox: '/dev/mailbox',
  signIn: '/sign-in',
  forgotPassword: '/password/forgot',
  forgotAuthId: '/auth-id/forgot',
  passwordSet: '/password/set',
  passwordReset: '/password/reset',
  account: '/account',
  emailConfirm: '/account/email/confirm',
  officerSignIn: '/officer/sign-in',
  officerHome: '/officer',
  officerAdmin: '/officer/admin/officers',
  officerIntake: '/officer/intake',
  officerCases: '/officer/cases',
  card: '/card',
  register: '/register',
  registerPassword: '/register/password',
  cardSignIn: '/sign-in/card',
  intermediaryRegister: '/intermediaries/register',
  intermediaryPassword: '/intermediaries/password',
  usageApplication: '/organisation/usage-application',
  orgStaffPassword: '/organisation/password',
  organisation: '/organisation',
  usageApplicationReply: '/organisation/usage-application/reply',
  applications: '/applications',
  statistics: '/statistics',
  verify: '/verify',
} as const;

/** Pages with an id in the path (`:id` is one path segment, never personal data). */
export const WEB_PATH_PATTERNS = {
  application: '/applications/:id',
  officerCase: '/officer/cases/:id',
  officerIssuance: '/officer/issuance/:id',
  ecoe: '/ecoe/:id',
} as const;

export function officerCasePath(id: string): string {
  return WEB_PATH_PATTERNS.officerCase.replace(':id', encodeURIComponent(id));
}

export function officerIssuancePath(id: string): string {
  return WEB_PATH_PATTERNS.officerIssuance.replace(':id', encodeURIComponent(id));
}

export function applicationPath(id: string): string {
  return WEB_PATH_PATTERNS.application.replace(':id', encodeURIComponent(id));
}

const matchesPattern = (pattern: string, path: string): boolean =>
  new RegExp(`^${pattern.split('/').map((part) => (part.startsWith(':') ? '[A-Za-z0-9_-]+' : part)).join('/')}$`).test(path);

export function isKnownWebPath(path: string): boolean {
  const clean = path.split('?')[0]?.replace(/\/+$/, '') || '/';
  return Object.values(WEB_PATHS).some((p) => p === clean) || Object.values(WEB_PATH_PATTERNS).some((p) => matchesPattern(p, clean));
}
