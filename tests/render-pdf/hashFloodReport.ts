/** Prints the SHA-256 of the flood report's PDF; run in a child process with another TZ by the tests. */
import { createHash } from "node:crypto";
import { renderPdf } from "../../pipeline/render/pdf.ts";
import { floodReport } from "./reportFixtures.ts";

process.stdout.write(createHash("sha256").update(await renderPdf(floodReport())).digest("hex") + "\n");
