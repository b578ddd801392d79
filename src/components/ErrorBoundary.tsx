// Keeps the page from going blank: a render error in one part shows a message and a way out.
import { Component, type ErrorInfo, type ReactNode } from 'react';

type Props = { children: ReactNode; area: string };
type State = { error: Error | null };

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    // Keep the stack for whoever opens the console; the page itself stays usable.
    console.warn(`[${this.props.area}]`, error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="panel failure" role="alert">
        <strong>Something went wrong in the {this.props.area}.</strong>{' '}
        <span className="mono">{this.state.error.message}</span>
        <div className="row">
          <button type="button" className="btn" onClick={() => this.setState({ error: null })}>Try again</button>
          <button type="button" className="btn" onClick={() => location.reload()}>Reload the page</button>
        </div>
      </div>
    );
  }
}
