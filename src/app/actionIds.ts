/**
 * Journal action ids of the pane's actions: a kind and the ISO time, e.g.
 * `apply-2024-05-02T08:15:00.000Z`. The kind prefix lets "Hoàn tác" name an action in words
 * without a separate record; `mark-` and `native-` are the ids the CLI and core already use.
 */

export const actionKinds = [
  'mark',
  'export',
  'apply',
  'accept',
  'calc',
  'native',
  'rules',
] as const;

export type ActionKind = (typeof actionKinds)[number];

export function actionId(kind: ActionKind, now: Date): string {
  return `${kind}-${now.toISOString()}`;
}

/** The kind an action id starts with; `undefined` for ids written by something else. */
export function actionKindOf(action: string): ActionKind | undefined {
  const prefix = action.slice(0, action.indexOf('-'));
  return (actionKinds as readonly string[]).includes(prefix) ? (prefix as ActionKind) : undefined;
}

/** The user's calendar day, YYYY-MM-DD: an acceptance at 6 a.m. in Hà Nội is not yesterday. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
