import type { ComponentType } from 'react';
import { Circle, Diamond, Frame, Hand, Image, MousePointer2, MoveUpRight, Square, SquarePlus, StickyNote, Type } from 'lucide-react';
import type { MessageKey } from '../../../../shared/i18n/messages.ts';
import { commandById, runCommand } from '../../commands/registry.ts';
import { displayShortcut } from '../../commands/shortcuts.ts';
import { useT } from '../../i18n/useT.ts';
import type { CanvasTool } from '../extension.ts';
import { kindToolCommandId } from '../commands.ts';
import { kindToolId } from '../extensionContext.ts';
import { useCanvasSession, type Tool } from '../sessionStore.ts';

interface ToolButton {
  commandId: string;
  tool?: Tool;
  labelKey: MessageKey;
  Icon: ComponentType<{ 'aria-hidden'?: boolean; size?: number; strokeWidth?: number }>;
}

const buttons: (ToolButton | 'gap')[] = [
  { commandId: 'canvas.tool.select', tool: 'select', labelKey: 'canvas.tool.select', Icon: MousePointer2 },
  { commandId: 'canvas.tool.hand', tool: 'hand', labelKey: 'canvas.tool.hand', Icon: Hand },
  'gap',
  { commandId: 'canvas.tool.note', tool: 'note', labelKey: 'canvas.tool.note', Icon: StickyNote },
  { commandId: 'canvas.tool.text', tool: 'text', labelKey: 'canvas.tool.text', Icon: Type },
  { commandId: 'canvas.tool.rect', tool: 'rect', labelKey: 'canvas.tool.rect', Icon: Square },
  { commandId: 'canvas.tool.ellipse', tool: 'ellipse', labelKey: 'canvas.tool.ellipse', Icon: Circle },
  { commandId: 'canvas.tool.diamond', tool: 'diamond', labelKey: 'canvas.tool.diamond', Icon: Diamond },
  { commandId: 'canvas.tool.connector', tool: 'connector', labelKey: 'canvas.tool.connector', Icon: MoveUpRight },
  { commandId: 'canvas.tool.frame', tool: 'frame', labelKey: 'canvas.tool.frame', Icon: Frame },
  'gap',
  { commandId: 'canvas.insertImage', labelKey: 'canvas.tool.image', Icon: Image },
];

/**
 * The tools, down the left edge: big icons with their names under them, so nobody hunts for a
 * control while the room waits. Each button runs the same command as its key.
 */
export function Toolbar({ tools = [] }: { tools?: readonly CanvasTool[] }) {
  const t = useT();
  const active = useCanvasSession((s) => s.tool);
  const all: (ToolButton | 'gap')[] = [
    ...buttons,
    ...(tools.length > 0 ? (['gap'] as const) : []),
    ...tools.map((tool) => ({ commandId: kindToolCommandId(tool), tool: kindToolId(tool), labelKey: tool.labelKey, Icon: SquarePlus })),
  ];
  return (
    <div
      className="canvas-toolbar"
      data-canvas-ui
      role="toolbar"
      aria-orientation="vertical"
      aria-label={t('canvas.toolbar')}
      onKeyDown={(e) => {
        // Up and down move between the tools, as in any vertical toolbar.
        if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
        const all = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('button')];
        const i = all.indexOf(document.activeElement as HTMLButtonElement);
        if (i < 0) return;
        e.preventDefault();
        e.stopPropagation();
        all[(i + (e.key === 'ArrowDown' ? 1 : -1) + all.length) % all.length]?.focus();
      }}
    >
      {all.map((b, i) => {
        if (b === 'gap') return <span key={`gap-${i}`} className="toolbar-gap" aria-hidden />;
        const key = commandById(b.commandId)?.shortcuts?.[0];
        const label = t(b.labelKey);
        const pressed = b.tool ? active === b.tool : undefined;
        return (
          <button
            key={b.commandId}
            type="button"
            className={`tool-btn${pressed ? ' active' : ''}`}
            aria-pressed={pressed}
            aria-keyshortcuts={key}
            title={key ? t('canvas.toolWithKey', { tool: label, key: displayShortcut(key) }) : label}
            onClick={() => void runCommand(b.commandId)}
          >
            <b.Icon aria-hidden size={26} strokeWidth={2.2} />
            <span className="tool-label">{label}</span>
          </button>
        );
      })}
    </div>
  );
}
