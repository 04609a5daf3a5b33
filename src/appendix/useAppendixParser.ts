/** Runs the parsing worker: one request at a time, the latest wins. */
import { useCallback, useEffect, useRef, useState } from "react";
import type { RevocationPolicy } from "../domain/appendix/revocation.ts";
import type { ParseDone, ParseProgress, WorkerFile, WorkerMessage } from "./workerProtocol.ts";

export type ParserState = { busy: boolean; progress: ParseProgress | null; error: string };

export function useAppendixParser(onDone: (result: ParseDone) => void) {
  const worker = useRef<Worker | null>(null);
  const lastId = useRef(0);
  const done = useRef(onDone);
  const [state, setState] = useState<ParserState>({ busy: false, progress: null, error: "" });

  useEffect(() => {
    done.current = onDone;
  }, [onDone]);

  useEffect(() => () => worker.current?.terminate(), []);

  const parse = useCallback((files: WorkerFile[], policy: RevocationPolicy) => {
    if (!worker.current) {
      worker.current = new Worker(new URL("./appendix.worker.ts", import.meta.url), { type: "module" });
      worker.current.onmessage = (event: MessageEvent<WorkerMessage>) => {
        const message = event.data;
        if (message.id !== lastId.current) return;
        if (message.type === "progress") setState({ busy: true, progress: message, error: "" });
        else {
          setState({ busy: false, progress: null, error: "" });
          done.current(message);
        }
      };
      worker.current.onerror = (event) => {
        setState({ busy: false, progress: null, error: event.message || "The certificate reader stopped unexpectedly." });
        worker.current?.terminate();
        worker.current = null;
      };
    }
    lastId.current++;
    setState({ busy: true, progress: null, error: "" });
    worker.current.postMessage({ id: lastId.current, files, policy });
  }, []);

  return { ...state, parse };
}
