// node data.mjs ROWS OUT.json: ROWS cards cycled from samples/pengumuman.csv (title and body), each title numbered
// so every card differs, as one JSON array that ContentKit, satori and Takumi all read.
import { readFileSync, writeFileSync } from "node:fs";

const [count, out] = process.argv.slice(2);
const text = readFileSync(new URL("../../../samples/pengumuman.csv", import.meta.url), "utf8").replace(/^\uFEFF/, "");

// The sample is ';'-separated with quoted cells (which may hold ';'); records end in CRLF.
function cells(line) {
  const result = [];
  let cell = "", quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted && ch === '"' && line[i + 1] === '"') { cell += '"'; i++; }
    else if (ch === '"') quoted = !quoted;
    else if (ch === ";" && !quoted) { result.push(cell); cell = ""; }
    else cell += ch;
  }
  return [...result, cell];
}

const [header, ...records] = text.split("\r\n").filter(line => line.length > 0).map(cells);
const judul = header.indexOf("judul"), isi = header.indexOf("isi");
const rows = Array.from({ length: Number(count) }, (_, i) => {
  const record = records[i % records.length];
  return { judul: `${record[judul]} #${i + 1}`, isi: record[isi] };
});
writeFileSync(out, JSON.stringify(rows, null, 1));
