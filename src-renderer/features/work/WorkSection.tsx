// One section of Mijn werk: a heading with the number of items, and per item a link to the dossier
// with the casusnummer, the person's name, what is to be done and the date that makes it due — the
// start page's NextSection, its entries made from the case work's items.
import type { WorkItem } from '../../../src-shared/ipc/work';
import { NextSection } from './NextSection';

export interface WorkLine {
  what: string;
  when: string;
  /** Shown in the error colour: the date has passed. */
  urgent?: boolean;
}

interface WorkSectionProps {
  id: string;
  title: string;
  empty: string;
  tab: string;
  items: WorkItem[];
  line: (item: WorkItem) => WorkLine;
}

export function WorkSection({ id, title, empty, tab, items, line }: WorkSectionProps) {
  const entries = items.map((item) => {
    const { what, when, urgent } = line(item);
    return {
      key: `${item.caseId}-${item.ref}`,
      to: `/casussen/${item.caseId}?tab=${tab}`,
      title: item.naam,
      code: item.caseNumber,
      what,
      when,
      ...(urgent ? { urgent } : {}),
    };
  });
  return <NextSection id={id} title={title} empty={empty} entries={entries} fill={false} />;
}
