import { Component, type ErrorInfo, type ReactNode } from 'react';
import { dropFailedStylesheets, isChunkFailure } from './chunk-failure';
import { ChunkErrorState } from './ChunkErrorState';
import { ErrorState } from './ErrorState';

interface Props {
  /** What failed, for the message: "the details panel". */
  name: string;
  children: ReactNode;
  /** Called when the user asks to retry, before the children are drawn again (to download a failed chunk again, say). */
  onRetry?: (() => void) | undefined;
  /** Draws the failure in place of the default alert (in a dialog, say); `alert` is that default alert. */
  frame?: (alert: ReactNode) => ReactNode;
}

interface State {
  error: Error | null;
}

/**
 * Catches a render error in one part of the page, says what failed and offers a retry; the rest keeps working. Code
 * that could not be downloaded is said so, with a Retry that downloads it again, or a reload once the atlas has been
 * redeployed and the code is gone.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`${this.props.name} failed`, error, info.componentStack);
  }

  private retry = () => {
    if (isChunkFailure(this.state.error)) dropFailedStylesheets();
    this.props.onRetry?.();
    this.setState({ error: null });
  };

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const alert = isChunkFailure(error) ? (
      <ChunkErrorState name={this.props.name} error={error} onRetry={this.retry} />
    ) : (
      <ErrorState title={`Something went wrong in ${this.props.name}`} summary={error.message} onRetry={this.retry} />
    );
    return this.props.frame ? this.props.frame(alert) : alert;
  }
}
