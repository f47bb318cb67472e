import { useTranslation } from 'react-i18next';
import {
  DEPARTURE_PREPARATION_NOTICE, DESIGNATED_ACTIVITY_NOTICES, STATUSES, type DesignatedActivityNotice, type StatusCode,
} from '../../../domain/reference/index.js';
import { CONTROL_CLASS, CheckboxField, FormField } from '../../components/FormField.js';
import { currentLanguage } from '../../i18n/index.js';
import { QuestionSection } from './QuestionSection.js';
import { fieldDomId, type QuestionProps } from './questions.js';

const DATE_CLASS = `${CONTROL_CLASS} sm:w-60 sm:self-start`;

/** 出国準備期間 first (it decides R-ELIG-6), then the 告示 numbers in order. */
const NOTICE_ORDER: readonly DesignatedActivityNotice[] = [
  DEPARTURE_PREPARATION_NOTICE,
  ...DESIGNATED_ACTIVITY_NOTICES.filter((n) => n !== DEPARTURE_PREPARATION_NOTICE),
];

/** Section 3: the applicant's situation, asking only what the procedure and the filer need, and the filing date. */
export function ApplicantQuestions(props: QuestionProps) {
  const { form, visible, set, errorFor, touch } = props;
  const { t } = useTranslation();
  const dateField = (field: 'dateOfBirth' | 'periodOfStayExpiry' | 'acquisitionEventDate' | 'filingDate', label: string, hint?: string) => (
    <FormField id={fieldDomId(field)} label={label} hint={hint} required error={errorFor(field)}>
      {(control) => (
        <input
          {...control}
          type="date"
          value={form[field]}
          onChange={(event) => set(field, event.target.value)}
          onBlur={() => touch(field)}
          className={DATE_CLASS}
        />
      )}
    </FormField>
  );
  return (
    <QuestionSection id="precheck-applicant" number={3} heading={t('precheck.applicant.heading')} intro={t('precheck.applicant.intro')}>
      {dateField('dateOfBirth', t('precheck.applicant.dateOfBirth.label'))}
      {visible.unableToApplyPersonally && (
        <CheckboxField
          id={fieldDomId('unableToApplyPersonally')}
          label={t('precheck.applicant.unable.label')}
          hint={t('precheck.applicant.unable.hint')}
          checked={form.unableToApplyPersonally}
          onChange={(checked) => set('unableToApplyPersonally', checked)}
        />
      )}
      {visible.currentStatus && (
        <StatusQuestion
          {...props}
          field="currentStatus"
          noticeField="currentNotice"
          label={t('precheck.applicant.currentStatus.label')}
          hint={t('precheck.applicant.currentStatus.hint')}
        />
      )}
      {visible.periodOfStayExpiry && dateField('periodOfStayExpiry', t('precheck.applicant.expiry.label'), t('precheck.applicant.expiry.hint'))}
      {visible.desiredStatus && (
        <StatusQuestion {...props} field="desiredStatus" noticeField="desiredNotice" label={t('precheck.applicant.desiredStatus.label')} />
      )}
      {visible.acquisitionEventDate && dateField('acquisitionEventDate', t('precheck.applicant.eventDate.label'), t('precheck.applicant.eventDate.hint'))}
      {dateField('filingDate', t('precheck.filingDate.label'), t('precheck.filingDate.hint'))}
    </QuestionSection>
  );
}

/** A status of residence, and for 特定活動 its 告示 number (or 出国準備期間) right below. */
function StatusQuestion({ form, visible, set, errorFor, touch, field, noticeField, label, hint }: QuestionProps & {
  field: 'currentStatus' | 'desiredStatus';
  noticeField: 'currentNotice' | 'desiredNotice';
  label: string;
  hint?: string;
}) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const selectClass = `${CONTROL_CLASS} sm:w-auto sm:min-w-80 sm:max-w-full sm:self-start`;
  return (
    <>
      <FormField id={fieldDomId(field)} label={label} hint={hint} required error={errorFor(field)}>
        {(control) => (
          <select {...control} value={form[field]} onChange={(event) => set(field, event.target.value as StatusCode | '')} onBlur={() => touch(field)} className={selectClass}>
            <option value="">{t('precheck.chooseOption')}</option>
            {STATUSES.map((status) => (
              <option key={status.code} value={status.code}>{language === 'ja' ? status.nameJa : status.nameEn}</option>
            ))}
          </select>
        )}
      </FormField>
      {visible[noticeField] && (
        <div className="border-l-4 border-solid-gray-420 pl-4">
          <FormField id={fieldDomId(noticeField)} label={t('precheck.applicant.notice.label')} hint={t('precheck.applicant.notice.hint')} required error={errorFor(noticeField)}>
            {(control) => (
              <select
                {...control}
                value={form[noticeField]}
                onChange={(event) => set(noticeField, event.target.value as DesignatedActivityNotice | '')}
                onBlur={() => touch(noticeField)}
                className={selectClass}
              >
                <option value="">{t('precheck.chooseOption')}</option>
                {NOTICE_ORDER.map((notice) => (
                  <option key={notice} value={notice}>
                    {notice === DEPARTURE_PREPARATION_NOTICE
                      ? t('precheck.applicant.notice.departurePreparation')
                      : t('precheck.applicant.notice.option', { number: language === 'ja' ? notice.replace('-', 'の') : notice })}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </div>
      )}
    </>
  );
}
