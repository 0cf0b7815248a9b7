// @vitest-environment jsdom
// Notices: data values isolated from the sentence (issue 12), and the set-aside entry offered for download.
import "@testing-library/jest-dom/vitest";
import "fake-indexeddb/auto";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, expect, it, vi } from "vitest";
import { Notices } from "../../src/ui/app/Notices";
import { setAside } from "../../src/ui/files/importedStore";

// No module mocks: the unit suite shares one module graph per worker (isolate: false), where a
// vi.mock may come after another file already loaded the real module. The set-aside entry is
// written to a fake IndexedDB, and the download is read where it leaves the page (the link).
afterEach(cleanup);
const RLO = "\u202e";

it("draws each text value of a message in its own <bdi>, numbers and the sentence outside", () => {
  render(
    <Notices
      notices={[{ id: "app.opened", values: { file: `${RLO}exe.json`, actors: 2, relations: 1 } }]}
      onDismiss={vi.fn()}
    />,
  );
  const notice = within(screen.getByRole("status", { name: "Notices" })).getByText(
    (_, element) => element?.tagName === "P",
  );
  expect(notice).toHaveTextContent(`Opened ${RLO}exe.json: 2 actors, 1 relations.`);
  const isolates = notice.querySelectorAll("bdi");
  expect([...isolates].map((element) => element.textContent)).toEqual([`${RLO}exe.json`]);
  const outside = [...notice.childNodes]
    .filter((node) => node.nodeType === Node.TEXT_NODE)
    .map((node) => node.textContent)
    .join("");
  expect(outside).toBe("Opened : 2 actors, 1 relations. ");
  // The dismiss button still names the whole notice.
  expect(
    screen.getByRole("button", { name: `Dismiss: Opened ${RLO}exe.json: 2 actors, 1 relations.` }),
  ).toBeInTheDocument();
});

it("shows plain-text notices as they are, with no download offered", () => {
  render(<Notices notices={['Ignored unknown part "x" of the link.']} onDismiss={vi.fn()} />);
  expect(screen.getByRole("status", { name: "Notices" })).toHaveTextContent('Ignored unknown part "x" of the link.');
  expect(screen.queryByRole("button", { name: "Download the set-aside data" })).toBeNull();
});

it("offers the set-aside entry for download as the JSON it was kept as", async () => {
  const kept = { datasetId: "gone" };
  await setAside(kept);
  const blobs: Blob[] = [];
  const names: string[] = [];
  vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => (blobs.push(blob as Blob), "blob:set-aside"));
  vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => undefined);
  const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  const onDismiss = vi.fn();
  render(
    <Notices
      notices={[{ id: "app.keptSetAside", values: { reason: "it is not a record" }, action: "downloadSetAside" }]}
      onDismiss={onDismiss}
    />,
  );
  expect(screen.getByRole("status", { name: "Notices" })).toHaveTextContent(
    "could not be read (it is not a record); it was set aside",
  );
  fireEvent.click(screen.getByRole("button", { name: "Download the set-aside data" }));
  // Generous: on two shared cores the whole suite can hold the event loop past waitFor's default second.
  await waitFor(() => expect(names).toEqual(["tangle-set-aside-import.json"]), { timeout: 5000 });
  expect(blobs[0]?.type).toBe("application/json");
  expect(JSON.parse(await blobs[0]!.text())).toEqual(kept);
  expect(onDismiss).not.toHaveBeenCalled();
  click.mockRestore();
  vi.restoreAllMocks();
});
