// Last line of defence: a bug in a view shows a message with a way back, never a blank page.
import { Component, type ErrorInfo, type ReactNode } from "react";

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
      <section className="issue-list" role="alert">
        <h2>Something went wrong while drawing this view</h2>
        <p>{this.state.error.message}</p>
        <p>Your data is unchanged. You can go back to the default view of the network.</p>
        <button
          type="button"
          onClick={() => {
            window.location.hash = "";
            this.setState({ error: undefined });
          }}
        >
          Back to the network
        </button>
      </section>
    );
  }
}
