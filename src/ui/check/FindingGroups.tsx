import { makeStyles, tokens } from '@fluentui/react-components';
import type { Finding } from '../../core/rules/finding';
import { useMessages } from '../messages/useMessages';
import { FindingItem, type FindingActions } from './FindingItem';
import { groupFindings } from './groupFindings';

const useStyles = makeStyles({
  sheet: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  sheetHeading: { margin: `${tokens.spacingVerticalM} 0 0`, fontSize: tokens.fontSizeBase400 },
  severityHeading: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase300 },
  accepted: { margin: 0, color: tokens.colorNeutralForeground3 },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
});

/** Findings under a heading per sheet (h3) and per severity (h4), each with its count. */
export function FindingGroups(
  props: { findings: readonly Finding[]; sheetOrder: readonly string[] } & FindingActions,
) {
  const { findings, sheetOrder, ...actions } = props;
  const { t } = useMessages();
  const styles = useStyles();
  return (
    <>
      {groupFindings(findings, sheetOrder).map((group) => (
        <section key={group.sheet} className={styles.sheet} aria-label={group.sheet}>
          <h3 className={styles.sheetHeading}>
            {t('check.sheet', { sheet: group.sheet, count: group.open })}
          </h3>
          {group.accepted > 0 && (
            <p className={styles.accepted}>
              {t('check.accepted-count', { count: group.accepted })}
            </p>
          )}
          {group.severities.map(({ severity, findings: listed, open }) => (
            <div key={severity}>
              <h4 className={styles.severityHeading}>
                {t('check.severity', { severity: t(`severity.${severity}`), count: open })}
              </h4>
              <ul
                className={styles.list}
                aria-label={`${group.sheet}: ${t(`severity.${severity}`)}`}
              >
                {listed.map(({ key, finding }) => (
                  <FindingItem key={key} finding={finding} {...actions} />
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </>
  );
}
