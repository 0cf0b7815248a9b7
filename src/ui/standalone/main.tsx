// Entry of the presenter-only build (scripts/standalone-presenter.ts): one script and one
// stylesheet, inlined into a story page. No service worker, no dynamic chunks.
import "./zodJitless";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { STATUS_PRESENTATION } from "../../state";
import { ErrorBoundary } from "../app/ErrorBoundary";
import { StandaloneStory } from "./StandaloneStory";
import "../app/app.css";

for (const [status, presentation] of Object.entries(STATUS_PRESENTATION)) document.documentElement.style.setProperty(`--${status}`, presentation.colour);

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>
        <div className="app">
          <StandaloneStory />
        </div>
      </ErrorBoundary>
    </StrictMode>,
  );
}
