// Last line of defence: a bug in a view shows a message with a way back, never a blank page.
import { Component, type ErrorInfo, type ReactNode } from "react";
import { useT } from "../i18n/I18nProvider";

interface State {
  error?: Error;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = {};

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn("Tangle view failed", error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <ViewFailed
        message={this.state.error.message}
        onBack={() => {
          window.location.hash = "";
          this.setState({ error: undefined });
        }}
      />
    );
  }
}

function ViewFailed({ message, onBack }: { message: string; onBack: () => void }) {
  const t = useT();
  return (
    <section className="issue-list" role="alert">
      <h2>{t("error.title")}</h2>
      <p>{message}</p>
      <p>{t("error.unchanged")}</p>
      <button type="button" onClick={onBack}>
        {t("error.back")}
      </button>
    </section>
  );
}
