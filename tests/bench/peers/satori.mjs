// satori (layout, text to paths, SVG) + resvg (SVG to PNG): node satori.mjs DATA OUT [PART PARTS].
// run.sh starts one process per core, each with its share of the rows, as a Node service would use the cores.
import { writeFileSync } from "node:fs";
import satori from "satori";
import { Resvg } from "@resvg/resvg-js";
import { card, fonts, rows, width, height, fileName } from "./card.mjs";

const [data, out, part = "0", parts = "1"] = process.argv.slice(2);
for (const { row, i } of rows(data, Number(part), Number(parts))) {
  const svg = await satori(card(row), { width, height, fonts });
  const png = new Resvg(svg, { fitTo: { mode: "original" } }).render().asPng();
  writeFileSync(`${out}/${fileName(i)}`, png);
}
