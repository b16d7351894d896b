// Moving a section or question in the builder, three ways: a drag handle (native HTML5 drag and
// drop onto another card; also worked with the keyboard: ↑/↓ on the focused handle), and the
// move-up and move-down buttons. The builder announces each move in its live region.
import ArrowDownwardOutlined from '@mui/icons-material/ArrowDownwardOutlined';
import ArrowUpwardOutlined from '@mui/icons-material/ArrowUpwardOutlined';
import DragIndicatorOutlined from '@mui/icons-material/DragIndicatorOutlined';
import { Box, IconButton } from '@mui/material';
import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface ReorderControlsProps {
  /** What the item is called in the buttons' names ("Vraag 2: Was u erbij?"). */
  name: string;
  /** The data-focus-id prefix, so focus can follow the moved item. */
  focusId: string;
  canUp: boolean;
  canDown: boolean;
  onMove: (by: -1 | 1, focusId: string) => void;
  /** Starts a drag of this item (the card's drop targets do the rest). */
  onDragStart: () => void;
  onDragEnd: () => void;
}

export function ReorderControls({
  name,
  focusId,
  canUp,
  canDown,
  onMove,
  onDragStart,
  onDragEnd,
}: ReorderControlsProps) {
  const { t } = useTranslation();
  const handleId = `${focusId}-greep`;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
      <IconButton
        size="small"
        draggable
        aria-label={t('evaluations.builder.dragHandle', { name })}
        title={t('evaluations.builder.dragHint')}
        aria-describedby="bouwer-sleep-uitleg"
        data-focus-id={handleId}
        sx={{ cursor: 'grab' }}
        onDragStart={(event) => {
          event.dataTransfer.effectAllowed = 'move';
          // Firefox starts a drag only with data; the builder keeps what is dragged itself.
          event.dataTransfer.setData('text/plain', name);
          onDragStart();
        }}
        onDragEnd={onDragEnd}
        onKeyDown={(event) => {
          if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
          event.preventDefault();
          onMove(event.key === 'ArrowUp' ? -1 : 1, handleId);
        }}
      >
        <DragIndicatorOutlined aria-hidden />
      </IconButton>
      <IconButton
        size="small"
        aria-label={t('evaluations.builder.moveUp', { name })}
        data-focus-id={`${focusId}-omhoog`}
        aria-disabled={!canUp || undefined}
        onClick={() => canUp && onMove(-1, `${focusId}-omhoog`)}
      >
        <ArrowUpwardOutlined aria-hidden />
      </IconButton>
      <IconButton
        size="small"
        aria-label={t('evaluations.builder.moveDown', { name })}
        data-focus-id={`${focusId}-omlaag`}
        aria-disabled={!canDown || undefined}
        onClick={() => canDown && onMove(1, `${focusId}-omlaag`)}
      >
        <ArrowDownwardOutlined aria-hidden />
      </IconButton>
    </Box>
  );
}

/**
 * Drop-target props for a card: while something of the same kind is dragged over it, the card is
 * marked; dropping calls `onDrop`. `accepts` says whether the current drag belongs here.
 */
export function useDropTarget(accepts: () => boolean, onDrop: () => void) {
  const [over, setOver] = useState(false);
  const depth = useRef(0);
  const props = {
    onDragEnter: (event: DragEvent) => {
      if (!accepts()) return;
      event.preventDefault();
      event.stopPropagation();
      depth.current++;
      setOver(true);
    },
    onDragOver: (event: DragEvent) => {
      if (!accepts()) return;
      event.preventDefault();
      event.stopPropagation();
      event.dataTransfer.dropEffect = 'move';
    },
    onDragLeave: (event: DragEvent) => {
      if (!accepts()) return;
      event.stopPropagation();
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setOver(false);
    },
    onDrop: (event: DragEvent) => {
      if (!accepts()) return;
      event.preventDefault();
      event.stopPropagation();
      depth.current = 0;
      setOver(false);
      onDrop();
    },
  };
  return { over, props };
}
