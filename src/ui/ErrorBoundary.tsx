import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorState } from './ErrorState';

interface Props {
  /** What failed, for the message: "the details panel". */
  name: string;
  children: ReactNode;
  /** Called when the user asks to retry, before the children are drawn again (to download a failed chunk again, say). */
  onRetry?: () => void;
}

interface State {
  error: Error | null;
}

/** Catches a render error in one part of the page, says what failed and offers a retry; the rest keeps working. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`${this.props.name} failed`, error, info.componentStack);
  }

  override render() {
    if (this.state.error) {
      return (
        <ErrorState
          title={`Something went wrong in ${this.props.name}`}
          summary={this.state.error.message}
          onRetry={() => {
            this.props.onRetry?.();
            this.setState({ error: null });
          }}
        />
      );
    }
    return this.props.children;
  }
}
