// Imported first by the story page's entry: zod probes for eval (new Function) before compiling
// fast parsers, the page's CSP refuses eval, and the refused probe is reported as a violation even
// though zod catches it. Some schemas parse while modules load, so this must run before them.
import { config } from "zod";

config({ jitless: true });
