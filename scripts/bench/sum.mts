import { readFileSync } from "node:fs";
import { summarise } from "./profile.ts";
console.log(summarise(JSON.parse(readFileSync(process.argv[2]!, "utf8")), Number(process.argv[3] ?? 50), Number(process.argv[4] ?? 45)));
