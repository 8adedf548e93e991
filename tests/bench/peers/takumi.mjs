// Takumi (Rust, native Node bindings): node takumi.mjs DATA OUT CONCURRENCY.
// Renders run on Takumi's own threads; CONCURRENCY of them are kept in flight (run.sh passes the core count).
import { writeFileSync } from "node:fs";
import { Renderer } from "@takumi-rs/core";
import { fromJsx } from "@takumi-rs/helpers/jsx";
import { card, fonts, rows, width, height, fileName } from "./card.mjs";

const [data, out, concurrency = "2"] = process.argv.slice(2);
const renderer = new Renderer();
for (const font of fonts) {
  await renderer.registerFont({ name: font.name, data: font.data, weight: font.weight, style: font.style });
}

const queue = rows(data);
async function worker() {
  for (let next = queue.shift(); next; next = queue.shift()) {
    const { node } = await fromJsx(card(next.row));
    const png = await renderer.render(node, { width, height, format: "png" });
    writeFileSync(`${out}/${fileName(next.i)}`, png);
  }
}
await Promise.all(Array.from({ length: Number(concurrency) }, worker));
