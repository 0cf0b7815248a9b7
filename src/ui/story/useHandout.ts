// "Print handout": draws each step's graph with the presenter's GraphView (only that step's
// actors and relations), puts the view back as it was, renders the handout, then opens the
// browser's print dialog (which also saves as PDF).
import { useEffect, useRef, useState, type RefObject } from "react";
import type { Dataset, Story } from "../../model";
import { stepView } from "../../state";
import type { ExportWords, GraphView } from "../../view";
import { exportWords } from "../files/exportWords";
import { useT } from "../i18n/I18nProvider";

const NO_SIZES: ReadonlyMap<string, number> = new Map();

export interface HandoutImages {
  storyId: string;
  hideUnconfirmed: boolean;
  urls: string[];
  /** Distinguishes two prints of the same handout: each one opens the dialog. */
  run: number;
}

export interface HandoutState {
  images: HandoutImages | undefined;
  preparing: boolean;
  error: string | undefined;
  print: () => void;
}

async function drawSteps(
  view: GraphView,
  dataset: Dataset,
  story: Story,
  hideUnconfirmed: boolean,
  words: ExportWords,
): Promise<string[]> {
  const urls: string[] = [];
  for (let index = 0; index < story.steps.length; index += 1) {
    const step = stepView(dataset, story, index, { hideUnconfirmed });
    // A step that names nothing known still gets a picture: the whole network.
    const visible =
      step.focusActors.size > 0
        ? { actors: step.focusActors, relations: step.focusRelations }
        : { actors: new Set(dataset.actors.map((actor) => actor.id)), relations: new Set<string>() };
    view.setScene({
      visible,
      hiddenMode: "hide",
      emphasis: undefined,
      path: undefined,
      sizes: NO_SIZES,
      communities: undefined,
    });
    urls.push(await view.pngDataUrl(dataset, 1, words));
  }
  return urls;
}

/** `restore` puts the on-screen step back after the pictures were drawn. */
export function useHandout(
  viewRef: RefObject<GraphView | null>,
  dataset: Dataset,
  story: Story,
  hideUnconfirmed: boolean,
  restore: () => void,
): HandoutState {
  const t = useT();
  const [images, setImages] = useState<HandoutImages | undefined>();
  const [preparing, setPreparing] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const printed = useRef(0);

  useEffect(() => {
    if (images === undefined || printed.current === images.run) return;
    printed.current = images.run;
    window.print();
  }, [images]);

  const print = () => {
    const view = viewRef.current;
    if (!view || preparing) return;
    setPreparing(true);
    setError(undefined);
    const run = printed.current + 1;
    drawSteps(view, dataset, story, hideUnconfirmed, exportWords(t))
      .then((urls) => setImages({ storyId: story.id, hideUnconfirmed, urls, run }))
      .catch(() => setError(t("handout.drawFailed")))
      .finally(() => {
        restore();
        setPreparing(false);
      });
  };
  return { images, preparing, error, print };
}
