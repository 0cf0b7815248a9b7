// The frame the actors and relations tables share: a titled section with its row filter and count,
// the scroll box of a windowed table, the header row, and the spacer rows standing in for the rows
// not rendered. Each table gives its header cells and how to render one of its rows.
import type { ReactNode } from "react";
import { TableHead } from "./TableHead";
import { SpacerRow, TableScroll, type RowWindow } from "./useRowWindow";

export interface DataTableSectionProps {
  /** The heading's id, which labels the section. */
  id: string;
  title: string;
  filter: string;
  onFilter: (text: string) => void;
  rowCount: number;
  /** Accessible name of the scroll box of a windowed table. */
  scrollLabel: string;
  rowWindow: RowWindow;
  columns: number;
  /** Language of the data in the rows (the dataset's, when it says). */
  language: string | undefined;
  header: ReactNode;
  /** One rendered row by its index in the (sorted, filtered) rows; null when out of range. */
  renderRow: (index: number) => ReactNode;
}

export function DataTableSection(props: DataTableSectionProps) {
  const { rowWindow, columns } = props;
  return (
    <section className="table-section" aria-labelledby={props.id}>
      <TableHead
        id={props.id}
        title={props.title}
        filter={props.filter}
        onFilter={props.onFilter}
        rows={props.rowCount}
      />
      <TableScroll windowed={rowWindow.windowed} scrollRef={rowWindow.scrollRef} label={props.scrollLabel}>
        <table className="data-table">
          <thead>
            <tr>{props.header}</tr>
          </thead>
          <tbody lang={props.language}>
            <SpacerRow height={rowWindow.before} columns={columns} />
            {rowWindow.indexes.map(props.renderRow)}
            <SpacerRow height={rowWindow.after} columns={columns} />
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
