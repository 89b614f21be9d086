import { useState } from 'react';
import { PanelRightOpen } from 'lucide-react';
import type { Board } from '../../../../shared/model/records.ts';
import { useT } from '../../i18n/useT.ts';
import { HukiPanel } from './HukiPanel.tsx';

/**
 * The panel beside the canvas, which the facilitator can fold away so the room sees only the
 * matrix (and fold out again from a narrow strip at the edge).
 */
export function HukiSidePanel({ board }: { board: Board }) {
  const t = useT();
  const [open, setOpen] = useState(true);
  if (open) return <HukiPanel board={board} onHide={() => setOpen(false)} />;
  return (
    <div className="huki-panel-folded">
      <button type="button" className="btn quiet icon-btn" aria-label={t('huki.panel.show')} title={t('huki.panel.show')} onClick={() => setOpen(true)}>
        <PanelRightOpen aria-hidden />
      </button>
    </div>
  );
}
