import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Notice } from './notice';
import { useMessages } from './messages/useMessages';

/** A notice as a Fluent MessageBar; errors are announced at once, the rest politely. */
export function NoticeBar({ notice }: { notice: Notice }) {
  const { t } = useMessages();
  return (
    <MessageBar
      intent={notice.intent}
      politeness={notice.intent === 'error' ? 'assertive' : 'polite'}
      layout="multiline"
    >
      <MessageBarBody>
        {notice.title && <MessageBarTitle>{t(notice.title)}</MessageBarTitle>}
        {t(notice.message, notice.params)}
      </MessageBarBody>
    </MessageBar>
  );
}
