import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Group, Layer, Stage } from 'react-konva';
import { slideSize } from '../../../../shared/kinds/acuteLoop/slide.ts';

/**
 * Shows the acute-loop picture fitted to the space it has, like a slide: no panning or zooming
 * of its own (the shared canvas is the only pan/zoom surface), just the largest scale at which
 * the whole 16:9 picture is visible, centred.
 */
export function LoopStage({ children, label, describedBy }: { children: ReactNode; label: string; describedBy: string }) {
  const host = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const measure = () => setSize({ width: el.clientWidth, height: el.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const scale = Math.min(size.width / slideSize.w, size.height / slideSize.h);
  const x = (size.width - slideSize.w * scale) / 2;
  const y = (size.height - slideSize.h * scale) / 2;
  return (
    <div ref={host} className="acute-loop-stage" role="img" aria-label={label} aria-describedby={describedBy} data-testid="acute-loop-picture">
      {size.width > 0 && size.height > 0 && (
        <Stage width={size.width} height={size.height} dragDistance={4}>
          <Layer>
            <Group x={x} y={y} scaleX={scale} scaleY={scale}>
              {children}
            </Group>
          </Layer>
        </Stage>
      )}
    </div>
  );
}
