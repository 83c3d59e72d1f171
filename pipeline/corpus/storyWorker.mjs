// Worker-thread entry for piscina. Worker threads start as plain Node: they
// do not inherit the tsx loader under vitest (and the pool clears execArgv so
// they do not get it twice under `tsx`), so the loader is registered here
// before the TypeScript worker is imported.
import { register } from "tsx/esm/api";

register();
const { buildStory } = await import("./storyWorker.ts");

export default buildStory;
