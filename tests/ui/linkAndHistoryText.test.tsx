// @vitest-environment jsdom
// A bad link's notices and the editor's undo history, worded in the interface language with the
// data (the link's own text, the names) each in its own <bdi>, drawn as text.
import "@testing-library/jest-dom/vitest";
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, expect, it, vi } from "vitest";
import { hashToState } from "../../src/state";
import { parseHistory } from "../../src/state/edit";
import { linkNoticeMessage } from "../../src/ui/app/linkNotice";
import { Notices } from "../../src/ui/app/Notices";
import { HistoryList } from "../../src/ui/editor/HistoryList";
import { I18nProvider } from "../../src/ui/i18n/I18nProvider";
import ar from "../../src/ui/i18n/messages/ar.json";
import uk from "../../src/ui/i18n/messages/uk.json";

afterEach(cleanup);
const RLO = "\u202e";
const hostile = `${RLO}<img src=x onerror=alert(1)>`;

async function inLanguage(lang: "uk" | "ar", ui: React.ReactNode, ready: string) {
  render(<I18nProvider lang={lang}>{ui}</I18nProvider>);
  // The catalogue is a dynamic import.
  await screen.findByText(ready, { exact: false }, { timeout: 5000 });
}

it("a bad link gives Ukrainian notices, each value of the link isolated and inert", async () => {
  const { notices } = hashToState(`#view=${encodeURIComponent(hostile)}&zz=1&tf=yesterday&hs=rumour&lang=xx`);
  await inLanguage(
    "uk",
    <Notices notices={notices.map(linkNoticeMessage)} onDismiss={vi.fn()} />,
    "Пропущено невідому частину",
  );
  const region = screen.getByRole("status", { name: uk["notices.label"] });
  const lines = within(region)
    .getAllByText((_, element) => element?.tagName === "P")
    .map((line) => line.textContent?.replace(/ [^ ]+$/, ""));
  expect(lines).toEqual([
    "Пропущено невідому частину «zz» посилання.",
    `Пропущено невідоме значення «${hostile}» параметра «вигляд» у посиланні.`,
    "Пропущено невідомий статус «rumour» у посиланні.",
    "Пропущено початкову дату «yesterday»: це не дата на зразок 2025 або 2025-03.",
    "Пропущено невідоме значення «xx» параметра «мова» у посиланні.",
  ]);
  // The hostile value is text in its own isolate: no element was made of it.
  const isolates = [...region.querySelectorAll("bdi")].map((element) => element.textContent);
  expect(isolates).toContain(hostile);
  expect(region.querySelector("img")).toBeNull();
});

it("an unreadable link says so in Arabic", async () => {
  await inLanguage(
    "ar",
    <Notices notices={[linkNoticeMessage({ code: "unreadable" })]} onDismiss={vi.fn()} />,
    "تعذّرت قراءة الرابط",
  );
  expect(screen.getByRole("status", { name: ar["notices.label"] })).toHaveTextContent(ar["link.unreadable"]);
});

it("an undo history saved with English sentences loads and reads in Arabic, names isolated", async () => {
  const op = { type: "batch", ops: [] };
  const history = parseHistory({
    past: [
      { label: "Add actor Kamal Hassan", op, inverse: op, at: Date.UTC(2026, 0, 1, 9, 30) },
      { label: "Edit claim “Pays the fighters” on Kamal Hassan → حسن نصر الله", op, inverse: op, at: 2 },
    ],
    future: [{ label: "Delete source The Example Gazette", op, inverse: op, at: 3 }],
  });
  expect(history).toBeDefined();
  await inLanguage("ar", <HistoryList history={history!} />, "السجل");
  const list = screen.getByRole("list", { name: ar["history.listLabel"] });
  const items = within(list).getAllByRole("listitem");
  const labels = items.map((item) => item.querySelector(".editor-history-label")?.textContent);
  expect(labels).toEqual([
    "حذف المصدر The Example Gazette",
    "تحرير الإفادة «Pays the fighters» في العلاقة Kamal Hassan ← حسن نصر الله",
    "إضافة الفاعل Kamal Hassan",
  ]);
  expect([...items[1]!.querySelectorAll("bdi")].map((element) => element.textContent)).toEqual([
    "Pays the fighters",
    "Kamal Hassan",
    "حسن نصر الله",
  ]);
  expect(items[0]).toHaveTextContent(ar["history.undone"]);
});
