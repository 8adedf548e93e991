// The benchmark's card as a React-style element tree ({ type, props }), read by satori directly and by Takumi
// through fromJsx. card/layout.sbn draws the same card with ContentKit: keep the two in step.
import { readFileSync } from "node:fs";

export const width = 1080;
export const height = 1350;

const fontFolder = new URL("../../../templates/fonts/plus-jakarta-sans/", import.meta.url);
export const fonts = [
  { name: "Plus Jakarta Sans", weight: 500, style: "normal", file: "PlusJakartaSans-Medium.ttf" },
  { name: "Plus Jakarta Sans", weight: 700, style: "normal", file: "PlusJakartaSans-Bold.ttf" },
  { name: "Plus Jakarta Sans", weight: 800, style: "normal", file: "PlusJakartaSans-ExtraBold.ttf" },
].map(f => ({ ...f, data: readFileSync(new URL(f.file, fontFolder)) }));

const el = (type, style, ...children) => ({ type, props: { style, children: children.length === 1 ? children[0] : children } });

export function card(row) {
  return el("div", {
      width: "100%", height: "100%", boxSizing: "border-box", display: "flex", flexDirection: "column", padding: 80,
      backgroundColor: "#F7F5EF", fontFamily: "Plus Jakarta Sans",
    },
    el("div", { display: "flex" },
      el("div", {
          display: "flex", backgroundColor: "#0E5E4A", color: "#FFFFFF", borderRadius: 999,
          padding: "12px 28px", fontSize: 28, fontWeight: 800, letterSpacing: 2,
        }, "PENGUMUMAN")),
    el("div", { display: "flex", marginTop: 40, fontSize: 84, fontWeight: 800, lineHeight: 1.1, color: "#16282B" }, row.judul),
    el("div", { display: "flex", marginTop: 32, fontSize: 36, fontWeight: 500, lineHeight: 1.4, color: "#5A6B6E" }, row.isi),
    el("div", { display: "flex", flexGrow: 1 }),
    el("div", {
        display: "flex", justifyContent: "space-between", borderTop: "3px solid #D9DED8", paddingTop: 32,
        fontSize: 30,
      },
      el("div", { display: "flex", fontWeight: 700, color: "#0E5E4A" }, "blitarkota.go.id"),
      el("div", { display: "flex", fontWeight: 500, color: "#5A6B6E" }, "@pemkotblitar")));
}

// Rows of the data file (a JSON array of { judul, isi }), the part [index, count) given as the i-th of n.
export function rows(file, part = 0, parts = 1) {
  const all = JSON.parse(readFileSync(file, "utf8"));
  return all.map((row, i) => ({ row, i })).filter(({ i }) => i % parts === part);
}

export const fileName = i => `${String(i + 1).padStart(3, "0")}.png`;
