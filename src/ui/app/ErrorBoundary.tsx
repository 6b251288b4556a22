/** The last line of defence: an unexpected error shows a message and a way back, never a blank page. */
import { Component, type ReactNode } from 'react';

interface ErrorBoundaryState {
  message: string | null;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { message: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { message: error instanceof Error ? error.message : String(error) };
  }

  override render() {
    if (this.state.message === null) return this.props.children;
    return (
      <main className="status-screen" role="alert">
        <h1>Something went wrong</h1>
        <p>The explorer hit an unexpected problem: {this.state.message}</p>
        <p>
          <a href="./">Open the default view again</a>
        </p>
      </main>
    );
  }
}
