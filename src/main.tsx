import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./ui/app/App";
import { ErrorBoundary } from "./ui/app/ErrorBoundary";
import "./ui/app/app.css";

const root = document.getElementById("root");
if (root) createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>
        <App />
      </ErrorBoundary>
    </StrictMode>,
  );
