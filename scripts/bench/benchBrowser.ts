// What every bench and profiling script starts with: a preview server on a built app and Chromium
// with precise memory figures and `gc` exposed. The server must be ours: a port already taken
// (say, by a profiling run stopped half-way) would otherwise measure someone else's build.
import { spawn } from "node:child_process";
import { createConnection } from "node:net";
import { chromium, type Browser } from "playwright-core";

export interface BenchBrowser {
  browser: Browser;
  url: string;
  /** Closes Chromium and stops the server (its whole process group: npx starts vite as a child). */
  close: () => Promise<void>;
}

const portAnswers = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = createConnection({ port, host: "127.0.0.1" });
    socket.once("connect", () => resolve(socket.end() && true));
    socket.once("error", () => resolve(false));
  });

export async function launchBenchBrowser(outDir: string, port: number): Promise<BenchBrowser> {
  if (await portAnswers(port)) throw new Error(`port ${port} is already taken: stop what serves it first`);
  const server = spawn(
    "npx",
    ["vite", "preview", "--outDir", outDir, "--port", String(port), "--strictPort", "--host", "127.0.0.1"],
    { stdio: "ignore", detached: true },
  );
  let exited = false;
  server.once("exit", () => (exited = true));
  const stopServer = () => {
    if (!exited && server.pid) process.kill(-server.pid);
  };
  for (let waited = 0; !(await portAnswers(port)); waited += 100) {
    if (exited || waited > 30_000) throw new Error(`vite preview did not start on port ${port}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  try {
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--enable-precise-memory-info",
        "--js-flags=--expose-gc",
      ],
    });
    const close = async () => {
      await browser.close();
      stopServer();
    };
    return { browser, url: `http://127.0.0.1:${port}/`, close };
  } catch (error) {
    stopServer();
    throw error;
  }
}
