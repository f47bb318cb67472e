import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Section } from '../../components/Section.js';
import { WEB_PATHS } from '../../paths.js';

/** Where each kind of user signs in: individuals with the card, organisations and intermediaries with 認証ID + password. */
export function SignInSection() {
  const { t } = useTranslation();
  const groups = [
    { heading: t('home.signIn.individuals'), links: [[WEB_PATHS.cardSignIn, t('home.signIn.cardSignIn')], [WEB_PATHS.register, t('home.signIn.register')], [WEB_PATHS.card, t('home.signIn.card')]] },
    { heading: t('home.signIn.organisations'), links: [[WEB_PATHS.signIn, t('home.signIn.passwordSignIn')]] },
    { heading: t('home.signIn.officers'), links: [[WEB_PATHS.officerSignIn, t('home.signIn.officerSignIn')]] },
  ] as const;
  return (
    <Section id="sign-in" heading={t('home.signIn.heading')}>
      <div className="grid gap-6 md:grid-cols-3">
        {groups.map((group) => (
          <nav key={group.heading} aria-label={group.heading} className="rounded-12 border border-solid-gray-420 p-4 md:p-6">
            <h3 className="text-std-18B-160 text-solid-gray-900">{group.heading}</h3>
            <ul className="mt-3 flex flex-col gap-2">
              {group.links.map(([to, label]) => (
                <li key={to}>
                  <Link className="dads-link" to={to}>
                    {label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ))}
      </div>
    </Section>
  );
}
