/**
 * One report over every open file: its status and the counts of open findings by severity, a
 * row per file (click to show it), the totals, and "Xuất CSV" of every finding. The check view
 * lists a single workbook's findings; this is the province's overview of its districts.
 */
import {
  Button,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import type { Finding } from '../../core/rules/finding';
import { useMessages, type MessageCode } from '../messages/useMessages';
import { countsOf, type OpenedFile } from './openedFile';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  heading: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  number: { textAlign: 'right', width: '7em' },
  current: { backgroundColor: tokens.colorBrandBackground2 },
  total: { fontWeight: tokens.fontWeightSemibold },
});

const severities: Finding['severity'][] = ['error', 'warning', 'info'];
const severityLabel: Record<Finding['severity'], MessageCode> = {
  error: 'severity.error',
  warning: 'severity.warning',
  info: 'severity.info',
};

export function statusOf(file: OpenedFile): MessageCode {
  if (file.state === 'failed') return 'files.status.failed';
  if (file.state === 'reading') return 'files.status.reading';
  return file.opened.tableCount === 0 ? 'files.status.no-tables' : 'files.status.ready';
}

export function CombinedReport(props: {
  files: readonly OpenedFile[];
  currentId: string | undefined;
  onSelect(id: string): void;
  onExportCsv(): void;
  /** The same rows as a workbook of its own ("Xuất trang tính"). */
  onExportSheet(): void;
}) {
  const { t } = useMessages();
  const styles = useStyles();
  const counts = props.files.map((file) =>
    file.state === 'ready' ? countsOf(file.opened.findings) : undefined,
  );
  const total = (severity: Finding['severity']) =>
    counts.reduce((sum, count) => sum + (count?.[severity] ?? 0), 0);
  const anyFindings = props.files.some(
    (file) => file.state === 'ready' && file.opened.findings.length > 0,
  );
  return (
    <section className={styles.root} aria-labelledby="files-report-title">
      <div className={styles.heading}>
        <h2 id="files-report-title" className={styles.title}>
          {t('files.report')}
        </h2>
        <Button
          size="small"
          disabled={!anyFindings}
          title={t('files.export-csv.label')}
          onClick={props.onExportCsv}
        >
          {t('files.export-csv')}
        </Button>
        <Button
          size="small"
          disabled={!anyFindings}
          title={t('files.export-sheet.label')}
          onClick={props.onExportSheet}
        >
          {t('files.export-sheet')}
        </Button>
      </div>
      <Table size="extra-small" aria-labelledby="files-report-title">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('files.report.file')}</TableHeaderCell>
            <TableHeaderCell>{t('files.report.status')}</TableHeaderCell>
            {severities.map((severity) => (
              <TableHeaderCell key={severity} className={styles.number}>
                {t(severityLabel[severity])}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {props.files.map((file, i) => (
            <TableRow
              key={file.id}
              className={file.id === props.currentId ? styles.current : undefined}
            >
              <TableCell>
                <Button
                  appearance="transparent"
                  size="small"
                  aria-current={file.id === props.currentId ? 'true' : undefined}
                  onClick={() => props.onSelect(file.id)}
                >
                  {file.name}
                </Button>
              </TableCell>
              <TableCell>{t(statusOf(file))}</TableCell>
              {severities.map((severity) => (
                <TableCell key={severity} className={styles.number}>
                  {counts[i]?.[severity] ?? '–'}
                </TableCell>
              ))}
            </TableRow>
          ))}
          {props.files.length > 1 && (
            <TableRow className={styles.total}>
              <TableCell>{t('files.report.total', { count: props.files.length })}</TableCell>
              <TableCell />
              {severities.map((severity) => (
                <TableCell key={severity} className={styles.number}>
                  {total(severity)}
                </TableCell>
              ))}
            </TableRow>
          )}
        </TableBody>
      </Table>
    </section>
  );
}
