// @vitest-environment jsdom
// The search box as a keyboard user meets it: type, arrow through results, Enter to pick.
import "@testing-library/jest-dom/vitest";
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, expect, it, vi } from "vitest";
import { buildSearchIndex } from "../../src/analysis";
import { SearchBox } from "../../src/ui/search/SearchBox";
import { placeholderDataset } from "../unit/fixtures";

afterEach(cleanup);

const index = buildSearchIndex(placeholderDataset().actors);

function Harness({ onPick }: { onPick: (id: string) => void }) {
  const [query, setQuery] = useState("");
  return <SearchBox index={index} query={query} onQuery={setQuery} onPick={onPick} shortcut />;
}

it("lists matches with why they matched, and Enter picks the highlighted one", async () => {
  const onPick = vi.fn();
  render(<Harness onPick={onPick} />);
  const box = screen.getByRole("combobox", { name: "Search actors" });
  await userEvent.type(box, "آدا");
  const options = screen.getAllByRole("option");
  expect(options[0]).toHaveTextContent("Ada Example");
  expect(options[0]).toHaveTextContent("also known as: آدا");
  expect(box).toHaveAttribute("aria-expanded", "true");
  expect(box).toHaveAttribute("aria-activedescendant", options[0]!.id);
  await userEvent.keyboard("{Enter}");
  expect(onPick).toHaveBeenCalledWith("ada-example");
});

it("arrow keys move the active option; Escape closes, then clears", async () => {
  const onPick = vi.fn();
  render(<Harness onPick={onPick} />);
  const box = screen.getByRole("combobox", { name: "Search actors" });
  await userEvent.type(box, "example");
  const options = screen.getAllByRole("option");
  expect(options.length).toBeGreaterThanOrEqual(2);
  await userEvent.keyboard("{ArrowDown}");
  expect(options[1]).toHaveAttribute("aria-selected", "true");
  await userEvent.keyboard("{Enter}");
  expect(onPick).toHaveBeenCalledTimes(1);
  await userEvent.click(box);
  await userEvent.keyboard("{Escape}");
  expect(box).toHaveAttribute("aria-expanded", "false");
  await userEvent.keyboard("{Escape}");
  expect(box).toHaveValue("");
});

it("says so when nothing matches, and '/' focuses the box from anywhere", async () => {
  render(<Harness onPick={vi.fn()} />);
  const box = screen.getByRole("combobox", { name: "Search actors" });
  await userEvent.type(box, "zzqx");
  expect(screen.getByRole("listbox")).toHaveTextContent("No actor matches “zzqx”.");
  box.blur();
  await userEvent.keyboard("/");
  expect(box).toHaveFocus();
});
