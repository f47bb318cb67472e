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
  card: '/card',
  register: '/register',
  registerPassword: '/register/password',
  cardSignIn: '/sign-in/card',
  intermediaryRegister: '/intermediaries/register',
  intermediaryPassword: '/intermediaries/password',
  usageApplication: '/organisation/usage-application',
  orgStaffPassword: '/organisation/password',
} as const;

export function isKnownWebPath(path: string): boolean {
  const clean = path.split('?')[0]?.replace(/\/+$/, '') || '/';
  return Object.values(WEB_PATHS).some((p) => p === clean);
}
