// @vitest-environment jsdom
// What an import found, said in the reader's language: the import report and the issue list in
// Ukrainian and Arabic, with each path and each piece of data (an id, a character) in its own <bdi>.
import "@testing-library/jest-dom/vitest";
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { importFile } from "../../src/io/importFile";
import type { Issue } from "../../src/model";
import type { UiLanguage } from "../../src/state";
import { IssueList } from "../../src/ui/app/IssueList";
import { Notices } from "../../src/ui/app/Notices";
import { ImportReport } from "../../src/ui/files/ImportReport";
import { I18nProvider } from "../../src/ui/i18n/I18nProvider";
import { placeholderJson } from "../unit/fixtures";

afterEach(cleanup);

function issuesOf(name: string, text: string): Issue[] {
  const result = importFile(name, text);
  if (result.ok) throw new Error(`${name} was expected to fail`);
  return result.issues;
}

const brokenJson = () => issuesOf("network.json", '{\n  "title": "x",\n  oops\n}');
function unknownActor(): Issue[] {
  const data = placeholderJson();
  data.relations[0].to = "nobody";
  return issuesOf("network.json", JSON.stringify(data, null, 2));
}

/** Waits for the catalogue (a dynamic import, slow when the suite runs on two shared cores). */
const inLanguage = (lang: UiLanguage, children: React.ReactNode) =>
  render(<I18nProvider lang={lang}>{children}</I18nProvider>);

describe("the import report in the reader's language", () => {
  it("says where JSON breaks and what is there, in Ukrainian", async () => {
    inLanguage("uk", <ImportReport file="network.json" issues={brokenJson()} onClose={vi.fn()} />);
    const item = await screen.findByText(
      (_, element) =>
        element?.tagName === "LI" &&
        element.textContent === 'network.json line 3, column 3: некоректний JSON: неочікуваний символ "o"',
      {},
      { timeout: 5000 },
    );
    expect(item.querySelector("code bdi")).toHaveTextContent("network.json line 3, column 3");
    expect([...item.querySelectorAll(":scope > bdi")].map((bdi) => bdi.textContent)).toEqual(['"o"']);
    expect(screen.getByRole("heading")).toHaveTextContent("Цей файл не вдалося імпортувати; нічого не змінено");
  });

  it("says an unknown reference in Arabic, right to left, the id isolated", async () => {
    inLanguage("ar", <ImportReport file="network.json" issues={unknownActor()} onClose={vi.fn()} />);
    const item = await screen.findByText(
      (_, element) =>
        element?.tagName === "LI" &&
        /^network\.json relations\[0\]\.to: فاعل غير معروف «nobody»$/.test(element.textContent ?? ""),
      {},
      { timeout: 5000 },
    );
    expect(within(item).getByText("nobody").tagName).toBe("BDI");
    expect(document.documentElement).toHaveAttribute("dir", "rtl");
    expect(screen.queryByText(/unknown actor/)).toBeNull();
  });

  it("shows the English message of an issue whose code the interface does not know", async () => {
    const issue: Issue = { path: "x.json", message: "a problem from a newer reader", severity: "error" };
    inLanguage("uk", <IssueList title="Проблеми" file="x.json" issues={[issue]} />);
    expect(await screen.findByText(/a problem from a newer reader/, {}, { timeout: 5000 })).toBeInTheDocument();
  });

  it("lists a schema type error in Ukrainian in the issue list", async () => {
    const data = placeholderJson();
    data.actors[0].name = 5;
    const issues = issuesOf("network.json", JSON.stringify(data));
    inLanguage("uk", <IssueList title="Проблеми" file="network.json" issues={issues} />);
    expect(
      await screen.findByText(
        (_, element) =>
          element?.tagName === "LI" &&
          element.textContent === "network.json actors[0].name: має бути текстом, а не числом",
        {},
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
  });
});

it("a notice about a kept import that cannot be read gives the reason in the reader's language", async () => {
  const [reason] = brokenJson();
  inLanguage(
    "uk",
    <Notices
      notices={[{ id: "app.keptUnreadable", values: { reason: reason?.message ?? "" }, ...(reason && { reason }) }]}
      onDismiss={vi.fn()}
    />,
  );
  expect(
    await screen.findByText(
      (_, element) =>
        element?.tagName === "P" && /некоректний JSON: неочікуваний символ "o"/.test(element.textContent ?? ""),
      {},
      { timeout: 5000 },
    ),
  ).toBeInTheDocument();
});
