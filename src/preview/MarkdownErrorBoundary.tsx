import { Component, type ReactNode } from "react";

type Props = { markdown: string; children: ReactNode };
type State = { failed: boolean };

/**
 * If the Markdown parser ever throws on some input, show that chunk as plain
 * text instead of losing the whole app; try again when the text changes.
 */
export class MarkdownErrorBoundary extends Component<Props, State> {
  state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  componentDidUpdate(previous: Props): void {
    if (this.state.failed && previous.markdown !== this.props.markdown) this.setState({ failed: false });
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return <pre className="whitespace-pre-wrap font-mono text-sm">{this.props.markdown}</pre>;
  }
}
