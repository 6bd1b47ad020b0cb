import { Badge, Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { formatFinding, formatSuggestion } from '../../core/messages/formatMessage';
import type { Finding } from '../../core/rules/finding';
import { useMessages } from '../messages/useMessages';
import { numberText } from './cellText';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  goTo: {
    justifyContent: 'flex-start',
    textAlign: 'left',
    fontWeight: tokens.fontWeightRegular,
    padding: tokens.spacingHorizontalXS,
    height: 'auto',
  },
  cell: { fontFamily: tokens.fontFamilyMonospace, marginRight: tokens.spacingHorizontalS },
  detail: { margin: 0, color: tokens.colorNeutralForeground2 },
  accepted: { margin: 0, fontStyle: 'italic' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

export interface FindingActions {
  /** Absent where the host cannot show a cell: the message is then plain text. */
  onSelect?(finding: Finding): void;
  /** Absent on a read-only workbook. */
  onApply?(finding: Finding): void;
  onAccept?(finding: Finding): void;
}

/**
 * One finding: its message (a button that selects the cell, so Tab and Enter reach it), the
 * expected and actual values, the suggested fix, and "Áp dụng" / "Bỏ qua".
 */
export function FindingItem({ finding, ...actions }: { finding: Finding } & FindingActions) {
  const { t, language } = useMessages();
  const styles = useStyles();
  const cell = finding.cells[0] ?? '';
  const message = formatFinding(finding, language);
  const heading = (
    <>
      <span className={styles.cell}>{cell}</span>
      {message}
    </>
  );
  return (
    <li className={styles.item}>
      {actions.onSelect ? (
        <Button
          appearance="subtle"
          className={styles.goTo}
          title={t('finding.go-to', { cell })}
          onClick={() => actions.onSelect?.(finding)}
        >
          <span>{heading}</span>
        </Button>
      ) : (
        <Text>{heading}</Text>
      )}
      {finding.cells.length > 1 && (
        <p className={styles.detail}>{t('finding.cells', { cells: finding.cells.join(', ') })}</p>
      )}
      {(finding.expected !== undefined || finding.actual !== undefined) && (
        <p className={styles.detail}>
          {finding.expected !== undefined &&
            t('finding.expected', { value: numberText(finding.expected, language) })}
          {finding.expected !== undefined && finding.actual !== undefined && ' · '}
          {finding.actual !== undefined &&
            t('finding.actual', { value: numberText(finding.actual, language) })}
        </p>
      )}
      {finding.suggestion && (
        <p className={styles.detail}>
          {t('finding.suggestion', { text: formatSuggestion(finding.suggestion, language) })}
        </p>
      )}
      {finding.accepted ? (
        <div className={styles.accepted}>
          <Badge appearance="tint" color="subtle">
            {t('finding.accepted', finding.accepted)}
          </Badge>
        </div>
      ) : (
        <FindingButtons finding={finding} {...actions} />
      )}
    </li>
  );
}

function FindingButtons({ finding, onApply, onAccept }: { finding: Finding } & FindingActions) {
  const { t } = useMessages();
  const styles = useStyles();
  if (!onApply && !onAccept) return null;
  const cell = finding.suggestion?.cell ?? finding.cells[0] ?? '';
  return (
    <div className={styles.actions}>
      {onApply && finding.suggestion && (
        <Button
          size="small"
          aria-label={t('finding.apply.label', { cell })}
          onClick={() => onApply(finding)}
        >
          {t('finding.apply')}
        </Button>
      )}
      {onAccept && (
        <Button
          size="small"
          appearance="subtle"
          aria-label={t('finding.accept.label', { cell: finding.cells[0] ?? '' })}
          onClick={() => onAccept(finding)}
        >
          {t('finding.accept')}
        </Button>
      )}
    </div>
  );
}
