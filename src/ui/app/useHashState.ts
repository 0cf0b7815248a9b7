// App state mirrored in the URL hash. Selection changes push history entries (so Back returns
// to the previous selection); every other change replaces the current entry.
import { useCallback, useEffect, useRef, useState } from "react";
import { hashToState, stateToHash, type AppState, type Transition } from "../../state";
import type { Notice } from "./notice";
import { linkNoticeMessage } from "./linkNotice";

/** Applies a named transition from src/state/transitions. */
export type StateUpdate = (transition: Transition) => void;

const sameSelection = (a: AppState, b: AppState) =>
  a.selection?.type === b.selection?.type && a.selection?.id === b.selection?.id;

export function useHashState(): {
  state: AppState;
  update: StateUpdate;
  notices: Notice[];
  addNotice: (notice: Notice) => void;
  dismissNotice: (index: number) => void;
} {
  const [initial] = useState(() => hashToState(window.location.hash));
  const [state, setState] = useState<AppState>(initial.state);
  const [notices, setNotices] = useState<Notice[]>(() => initial.notices.map(linkNoticeMessage));
  const synced = useRef<AppState>(initial.state);

  useEffect(() => {
    const onPop = () => {
      const parsed = hashToState(window.location.hash);
      synced.current = parsed.state;
      setState(parsed.state);
      if (parsed.notices.length > 0) setNotices(parsed.notices.map(linkNoticeMessage));
    };
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);

  useEffect(() => {
    if (synced.current === state) return;
    const hash = stateToHash(state);
    if (hash !== window.location.hash) {
      const url = `${window.location.pathname}${window.location.search}${hash || "#"}`;
      if (sameSelection(synced.current, state)) window.history.replaceState(null, "", url);
      else window.history.pushState(null, "", url);
    }
    synced.current = state;
  }, [state]);

  const update: StateUpdate = useCallback((change) => setState(change), []);
  const addNotice = useCallback((notice: Notice) => setNotices((list) => [...list, notice]), []);
  const dismissNotice = useCallback((index: number) => setNotices((list) => list.filter((_, i) => i !== index)), []);
  return { state, update, notices, addNotice, dismissNotice };
}
