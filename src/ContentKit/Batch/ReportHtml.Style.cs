namespace ContentKit.Batch;

internal static partial class ReportHtml
{
    // The brand look (green #0E5E4A, gold #F2B705, paper #F7F5EF) inline, so the page needs nothing beside it.
    // Amber is for text a reviewer should look at, red for rows that did not render.
    private const string Style = """

        :root { --green: #0E5E4A; --green-dark: #0A4537; --gold: #F2B705; --paper: #F7F5EF; --ink: #1D2522; --muted: #5F6B66;
          --line: #E3DFD3; --amber: #8A5A00; --amber-bg: #FFF4D1; --red: #B42318; --red-bg: #FDECEA; }
        * { box-sizing: border-box; }
        body { margin: 0; background: var(--paper); color: var(--ink); font: 15px/1.5 "Plus Jakarta Sans", system-ui, sans-serif; }
        a { color: var(--green); }
        .top { background: var(--green); color: #fff; padding: 28px 32px 24px; border-bottom: 6px solid var(--gold); }
        .top .eyebrow { color: #CFE3DC; }
        .eyebrow { margin: 0; font-size: 13px; font-weight: 700; letter-spacing: .08em; text-transform: uppercase; }
        h1 { margin: 4px 0 2px; font-size: 30px; line-height: 1.2; overflow-wrap: anywhere; }
        .lede { margin: 0; }
        main { max-width: 1280px; margin: 0 auto; padding: 24px 32px 8px; }
        .summary { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 14px; }
        .stat { background: #fff; border: 1px solid var(--line); border-left: 6px solid var(--green); border-radius: 12px; padding: 14px 16px; }
        .stat .num { display: block; font-size: 34px; font-weight: 800; line-height: 1.1; color: var(--green); }
        .stat .label { font-weight: 600; }
        .stat.failed { border-left-color: var(--red); } .stat.failed .num { color: var(--red); }
        .stat.warn { border-left-color: var(--gold); } .stat.warn .num { color: var(--amber); }
        .stat.files { border-left-color: var(--gold); } .stat.files .num { color: var(--ink); }
        .stat.quiet { border-left-color: var(--line); } .stat.quiet .num { color: var(--muted); }
        .jumps { margin: 16px 0 8px; }
        .jump, .all-good { margin: 0 0 8px; padding: 10px 14px; border-radius: 10px; }
        .jump.failed { background: var(--red-bg); color: var(--red); }
        .jump.failed a { color: var(--red); font-weight: 700; }
        .jump.cut { background: var(--amber-bg); color: var(--amber); }
        .jump.cut a { color: var(--amber); font-weight: 700; }
        .all-good { background: #E3F0EB; color: var(--green-dark); }
        .sheet { display: grid; grid-template-columns: 1fr; gap: 18px; margin-top: 18px; align-items: start; }
        .card { background: #fff; border: 1px solid var(--line); border-top: 5px solid var(--green); border-radius: 14px; padding: 12px 14px 14px;
          box-shadow: 0 1px 2px rgba(14, 94, 74, .06); scroll-margin-top: 16px; }
        .card.is-warned { border-top-color: var(--gold); }
        .card.is-failed { border-top-color: var(--red); background: #FFFBFA; }
        .card.is-skipped { border-top-color: #B9B4A6; }
        .card:target { outline: 3px solid var(--gold); outline-offset: 2px; }
        .card header { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; margin-bottom: 10px; }
        .card h2 { margin: 0 auto 0 0; font-size: 17px; }
        .badge { border-radius: 999px; padding: 2px 10px; font-size: 13px; font-weight: 700; white-space: nowrap; }
        .badge.ok { background: #E3F0EB; color: var(--green-dark); }
        .badge.failed { background: var(--red); color: #fff; }
        .badge.skipped { background: #ECE9E0; color: var(--muted); }
        .badge.warn { background: var(--gold); color: #3D2B00; }
        .thumbs { display: grid; grid-template-columns: repeat(auto-fill, minmax(280px, 1fr)); gap: 14px; align-items: start; }
        .shot { position: relative; display: block; }
        .shot img { max-height: none; }
        .shot svg { position: absolute; inset: 0; width: 100%; height: 100%; pointer-events: none; }
        .shot rect { vector-effect: non-scaling-stroke; stroke-width: 3px; }
        .shot rect.error { fill: rgba(180, 35, 24, .18); stroke: var(--red); }
        .shot rect.warn { fill: rgba(242, 183, 5, .16); stroke: var(--gold); stroke-dasharray: 6 4; }
        figure.rejected img { border: 3px solid var(--red); }
        figure.warned img { border: 3px solid var(--gold); }
        .findings { margin-top: 6px; font-size: 12px; }
        figure { flex: 1 1 0; min-width: 0; margin: 0; }
        figure img { display: block; width: 100%; height: auto; max-height: 360px; object-fit: contain; background: var(--paper);
          border: 1px solid var(--line); border-radius: 8px; }
        figure .file { display: flex; align-items: center; justify-content: center; height: 120px; background: var(--paper);
          border: 1px dashed var(--line); border-radius: 8px; font-weight: 700; text-decoration: none; }
        .post { margin-top: 8px; font-size: 13px; }
        .post-head { margin: 6px 0 2px; font-weight: 700; display: flex; justify-content: space-between; align-items: center; }
        .post-text { margin: 0; white-space: pre-wrap; background: var(--paper); padding: 6px 8px; border-radius: 6px; }
        button.copy { font: inherit; font-size: 12px; padding: 2px 10px; border: 1px solid var(--muted); border-radius: 999px; background: #fff; cursor: pointer; }
        figcaption { margin-top: 4px; font-size: 12px; color: var(--muted); overflow-wrap: anywhere; }
        figcaption .rows { color: var(--ink); font-weight: 600; }
        .shared-head { margin: 0 0 4px; font-size: 13px; font-weight: 600; }
        .shared { margin: 0; padding: 0; list-style: none; font-size: 12px; overflow-wrap: anywhere; }
        .no-image { margin: 0; padding: 18px; text-align: center; color: var(--muted); background: var(--paper); border-radius: 8px; }
        .notes { margin: 10px 0 0; padding: 0; list-style: none; display: grid; gap: 6px; font-size: 13px; overflow-wrap: anywhere; }
        .notes li { padding: 6px 10px; border-radius: 8px; border-left: 4px solid; }
        .notes .warn { background: var(--amber-bg); border-color: var(--gold); color: var(--amber); }
        .notes .error { background: var(--red-bg); border-color: var(--red); color: var(--red); }
        footer { max-width: 1280px; margin: 0 auto; padding: 16px 32px 32px; font-size: 13px; color: var(--muted); }
        @media (max-width: 600px) {
          .top, main, footer { padding-left: 16px; padding-right: 16px; }
          h1 { font-size: 24px; }
          .stat .num { font-size: 28px; }
        }

        """;
}
