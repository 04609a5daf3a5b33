import { Component, type ReactNode } from "react";
import { BUTTON } from "./styles.ts";

type Props = {
  /** The part, as the user knows it: "The Related Incidents step", "The preview". */
  part: string;
  /** A new value (the step opened) gives the part another try. */
  resetKey?: string;
  /** The part's own heading, kept above the message so the reader still knows where they are. */
  heading?: string;
  children: ReactNode;
};
type State = { error: Error | null; key: string | undefined };

/**
 * One part of the page that fails shows what failed instead of taking the
 * page with it (issue 26: a word in a title blanked the whole app, and the
 * stored draft blanked it again on every start). The draft lives above every
 * part, in the form and in storage, so the other steps stay usable.
 */
export class PartBoundary extends Component<Props, State> {
  state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.key ? null : { error: null, key: props.resetKey };
  }

  componentDidCatch(error: unknown): void {
    console.error(`${this.props.part} failed:`, error);
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <>
        {this.props.heading && <h2 className="text-xl font-semibold tracking-tight" tabIndex={-1} data-step-heading={this.props.heading}>{this.props.heading}</h2>}
        <div role="alert" data-part-failed={this.props.part} className="space-y-2 rounded-md border border-red-300 bg-red-50 p-4 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
          <p className="font-semibold">{this.props.part} stopped working.</p>
          <p>
            Your draft is not affected: it is saved in this browser, and the other steps and the header&rsquo;s Drafts (to export it) still work. This is a
            fault in the app; the message below helps to report it.
          </p>
          <p className="font-mono text-xs break-words">{error.message || error.name}</p>
          <button type="button" className={BUTTON} onClick={() => this.setState({ error: null })}>
            Try again
          </button>
        </div>
      </>
    );
  }
}
