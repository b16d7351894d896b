// The entries of the main navigation. Only capabilities that exist are listed here; a feature
// adds its entry when it lands.
import HomeOutlined from '@mui/icons-material/HomeOutlined';
import type { SvgIconComponent } from '@mui/icons-material';

export interface NavEntry {
  path: string;
  /** i18n key of the label. */
  label: string;
  icon: SvgIconComponent;
}

export const NAVIGATION: readonly NavEntry[] = [{ path: '/', label: 'nav.home', icon: HomeOutlined }];
