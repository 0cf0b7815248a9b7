// Entry of the presenter-only build (scripts/standalone-presenter.ts): one script and one
// stylesheet, inlined into a story page. No service worker, no dynamic chunks (the catalogues
// are inlined too). The interface speaks the reader's language, chosen from the browser.
import "./zodJitless";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { STATUS_PRESENTATION } from "../../state";
import { ErrorBoundary } from "../app/ErrorBoundary";
import { I18nProvider } from "../i18n/I18nProvider";
import { initialLanguage } from "../i18n/language";
import { StandaloneStory } from "./StandaloneStory";
import { loadForceLayout } from "../../view";
import "../app/app.css";

for (const [status, presentation] of Object.entries(STATUS_PRESENTATION))
  document.documentElement.style.setProperty(`--${status}`, presentation.colour);

const root = document.getElementById("root");
// The force layout is inlined in this build too, but registers asynchronously: before the first picture.
if (root)
  void loadForceLayout().then(() => {
    createRoot(root).render(
      <StrictMode>
        <I18nProvider lang={initialLanguage()}>
          <ErrorBoundary>
            <div className="app">
              <StandaloneStory />
            </div>
          </ErrorBoundary>
        </I18nProvider>
      </StrictMode>,
    );
  });
