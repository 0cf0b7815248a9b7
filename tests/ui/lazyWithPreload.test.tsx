// @vitest-environment jsdom
// A preloaded code-split view renders in the same commit as the switch to it: no fallback in
// between (React.lazy shows its fallback once even when the module has arrived).
import "@testing-library/jest-dom/vitest";
import { act, cleanup, render, screen } from "@testing-library/react";
import { lazy, Suspense } from "react";
import { afterEach, expect, it } from "vitest";
import { lazyWithPreload } from "../../src/ui/app/lazyWithPreload";

afterEach(cleanup);

const Rows = ({ count }: { count: number }) => <p>{count} rows</p>;
const load = () => Promise.resolve(Rows);

function shell(View: (props: { count: number }) => React.ReactNode) {
  return (
    <Suspense fallback={<p>Opening…</p>}>
      <View count={3} />
    </Suspense>
  );
}

it("renders at once after preload, without its fallback", async () => {
  const View = lazyWithPreload(load);
  await act(() => View.preload());
  render(shell(View));
  expect(screen.getByText("3 rows")).toBeInTheDocument();
  expect(screen.queryByText("Opening…")).toBeNull();
});

it("suspends like React.lazy when used before it was preloaded, then shows the view", async () => {
  const View = lazyWithPreload(load);
  render(shell(View));
  expect(screen.getByText("Opening…")).toBeInTheDocument();
  expect(await screen.findByText("3 rows")).toBeInTheDocument();
});

it("React.lazy alone shows its fallback even with its module already loaded (why the helper exists)", async () => {
  await load();
  const View = lazy(() => load().then((component) => ({ default: component })));
  render(shell(View));
  expect(screen.getByText("Opening…")).toBeInTheDocument();
  expect(await screen.findByText("3 rows")).toBeInTheDocument();
});
