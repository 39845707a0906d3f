"""How the printed handout looks: its fonts and its A4 page style."""

from __future__ import annotations

FONT_STACKS = {  # by language code; PAGE_CSS names its font stack FONTS
    "ja": '"Hiragino Kaku Gothic ProN", "Hiragino Sans", "Yu Gothic", "Meiryo", '
    '"Noto Sans CJK JP", "IPAGothic", "IPAPGothic", sans-serif',
    "en": '"Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif',
}

# Sized so that the built-in low-back, with its pictures, prints on five A4 pages: the steps,
# "When to stop" and the log follow on from each other and break a page only where needed.
PAGE_CSS = """
@page { size: A4; margin: 10mm 13mm; }
* { box-sizing: border-box; }
html { font-family: FONTS; font-size: 9.5pt; line-height: 1.4; color: #1a1a1a; }
body { margin: 0; max-width: 184mm; overflow-wrap: anywhere; line-break: strict; }
h1 { font-size: 16pt; line-height: 1.25; margin: 0 0 1.5mm; }
h2 { font-size: 12pt; margin: 4mm 0 1.5mm; padding-bottom: 0.8mm;
     border-bottom: 1.5pt solid #2f6f8f; }
h3 { font-size: 10.5pt; margin: 0; }
h1, h2, h3, .why, .ask { break-after: avoid; page-break-after: avoid; }
.phase-start, .safety-start, .flags, .safety-end, .log { break-inside: avoid;
    page-break-inside: avoid; }
p { margin: 0.8mm 0; }
ul { margin: 0.5mm 0 0.5mm 4.5mm; padding: 0; }
.lead { font-size: 10.5pt; }
.meta { color: #444; }
.meta .needs { color: #111; white-space: nowrap; }
.client { display: flex; flex-wrap: wrap; gap: 1mm 8mm; margin: 2mm 0; font-size: 10.5pt; }
.client .field { display: flex; align-items: baseline; gap: 2mm; }
.client .fill { display: inline-block; min-width: 55mm; min-height: 6mm;
                border-bottom: 0.75pt solid #555; padding: 0 1mm; }
.schedule { font-size: 10.5pt; }
.about { columns: 2; column-gap: 7mm; font-size: 9pt; line-height: 1.35; }
.about h2 { margin-top: 1mm; }
.about li { break-inside: avoid; }
.order { background: #eef5f8; border-left: 3pt solid #2f6f8f; padding: 1.5mm 3mm; margin: 2mm 0; }
.badge { display: inline-block; font-size: 8.5pt; border: 1pt solid #b06000; color: #b06000;
         font-weight: bold;
         border-radius: 2mm; padding: 0 2mm; margin-right: 1mm; vertical-align: middle; }
.why { font-style: italic; color: #333; }
.step { break-inside: avoid; page-break-inside: avoid; border: 0.75pt solid #bbb;
        border-radius: 2mm; padding: 1.8mm 2.5mm; margin: 1.8mm 0; display: flow-root;
        font-size: 9pt; line-height: 1.32; }
.step p { margin: 0.3mm 0; }
.step ul { margin: 0 0 0.2mm 4.5mm; }
.step .head { display: flex; flex-wrap: wrap; align-items: baseline; column-gap: 3mm; }
.step .head p { margin: 0; }
.step .label.list { font-size: 8pt; line-height: 1.15; margin: 0.6mm 0 0.2mm; color: #2f6f8f; }
.step .qr { float: right; width: 26mm; margin-left: 3mm; text-align: center; font-size: 7pt;
            color: #555; }
.step .qr svg { width: 24mm; height: 24mm; shape-rendering: crispEdges; }
.label { font-weight: bold; }
.dose { font-weight: bold; color: #2f6f8f; }
.caution { color: #8a4b00; }
.url { font-size: 8pt; color: #333; word-break: break-all; }
.safety { border: 1pt solid #b00020; border-radius: 2mm; padding: 0 3mm 1.5mm; margin-top: 3mm;
          font-size: 8.5pt; line-height: 1.25; box-decoration-break: clone;
          -webkit-box-decoration-break: clone; }
.safety h2 { margin-top: 2mm; }
.flags { margin-top: 1.2mm; }
.flags ul { columns: 2; column-gap: 6mm; margin-top: 0.3mm; margin-bottom: 0.3mm; }
.flags li { break-inside: avoid; }
.log { margin-top: 3mm; }
.log h2 { margin-top: 0; }
table.log-table { width: 100%; border-collapse: collapse; margin-top: 1.5mm; }
table.log-table th, table.log-table td { border: 0.75pt solid #888; padding: 0 1.5mm;
    height: 7mm; }
table.log-table th { background: #eef5f8; height: auto; padding: 1mm 1.5mm; text-align: left;
    font-size: 8.5pt; line-height: 1.25; vertical-align: bottom; }
table.log-table .scale { white-space: nowrap; }
table.log-table td.choice { color: #999; font-size: 7.5pt; text-align: center; }
table.log-table col.date { width: 16%; } table.log-table col.pain { width: 13%; }
table.log-table col.loosen { width: 14%; } table.log-table col.done { width: 9%; }
"""
