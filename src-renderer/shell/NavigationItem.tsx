// One entry of the main navigation: a link with its icon and name. Folded, the name is hidden (still
// the link's, for screen readers) and shown beside the icon on hover or focus. The click that opens
// the page closes it and keeps it closed until the pointer moves over the link again or the link is
// focused anew. MUI's tooltip opens on mouseover, and Chromium sends one without any movement when
// the layout changes under a resting pointer (the window resized, the navigation folding at
// 1024×768): the name then lay over the first letters of the page the click had opened.
import { ListItem, ListItemButton, ListItemIcon, ListItemText, Tooltip } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { NavEntry } from '../kit/routes';
import { visuallyHidden } from '../kit/visuallyHidden';

interface NavigationItemProps {
  entry: NavEntry;
  folded: boolean;
  current: boolean;
  /** The page shown: a name opened on one page is not shown on the next. */
  pathname: string;
}

export function NavigationItem({ entry, folded, current, pathname }: NavigationItemProps) {
  const { t } = useTranslation();
  const tooltip = useClosedByClick(pathname, folded);
  const Icon = entry.icon;
  return (
    <ListItem disablePadding>
      <Tooltip
        title={folded ? t(entry.label) : ''}
        placement="right"
        describeChild
        open={tooltip.open}
        onOpen={tooltip.onOpen}
        onClose={tooltip.onClose}
      >
        <ListItemButton
          component={RouterLink}
          to={entry.path}
          selected={current}
          aria-current={current ? 'page' : undefined}
          onClick={tooltip.onClick}
          onFocus={tooltip.onFresh}
          onMouseMove={tooltip.onFresh}
        >
          <ListItemIcon sx={{ minWidth: 40 }}>
            <Icon aria-hidden />
          </ListItemIcon>
          <ListItemText primary={t(entry.label)} sx={folded ? visuallyHidden : undefined} />
        </ListItemButton>
      </Tooltip>
    </ListItem>
  );
}

/**
 * A tooltip's open state that a click closes until the next fresh approach (the pointer moved on
 * the item, the item focused again), and that belongs to the page it was opened on. Unfolded there
 * is no name to show, and MUI then never calls `onClose` (on blur, on leaving): an opening counted
 * then stayed, and folding showed every name walked past at once. So only a folded one counts.
 */
function useClosedByClick(pathname: string, folded: boolean) {
  const [openOn, setOpenOn] = useState<string | null>(null);
  const [clicked, setClicked] = useState(false);
  return {
    open: openOn === pathname && !clicked,
    onOpen: () => setOpenOn(folded ? pathname : null),
    onClose: () => setOpenOn(null),
    onClick: () => setClicked(true),
    onFresh: () => {
      if (clicked) setClicked(false);
    },
  };
}
