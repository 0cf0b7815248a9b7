import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./ui/app/App";
import { ErrorBoundary } from "./ui/app/ErrorBoundary";
import "./ui/app/app.css";
import "./ui/app/reflow.css";
import "./ui/app/access.css";
import { STATUS_PRESENTATION } from "./state";

// Status colours come from the one presentation table; the stylesheet reads them as --<status>.
for (const [status, presentation] of Object.entries(STATUS_PRESENTATION))
  document.documentElement.style.setProperty(`--${status}`, presentation.colour);

const root = document.getElementById("root");
if (root)
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>
        <App />
      </ErrorBoundary>
    </StrictMode>,
  );

// Built app only: a service worker keeps every file of the build, so Tangle works offline after
// the first visit (scripts/offline-cache.ts writes it). file:// pages cannot have one.
if (!import.meta.env.DEV && "serviceWorker" in navigator && window.location.protocol.startsWith("http")) {
  void navigator.serviceWorker.register("./sw.js").catch(() => undefined);
}
