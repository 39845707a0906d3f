"""How the printed handout looks: its fonts and its A4 page style."""

from __future__ import annotations

FONT_STACKS = {  # by language code; PAGE_CSS names its font stack FONTS
    "ja": '"Hiragino Kaku Gothic ProN", "Hiragino Sans", "Yu Gothic", "Meiryo", '
    '"Noto Sans CJK JP", "IPAGothic", "IPAPGothic", sans-serif',
    "en": '"Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif',
}

PAGE_CSS = """
@page { size: A4; margin: 14mm 15mm; }
* { box-sizing: border-box; }
html { font-family: FONTS; font-size: 10pt; line-height: 1.45; color: #1a1a1a; }
body { margin: 0; max-width: 180mm; overflow-wrap: anywhere; line-break: strict; }
h1 { font-size: 18pt; margin: 0 0 2mm; }
h2 { font-size: 13pt; margin: 6mm 0 2mm; padding-bottom: 1mm; border-bottom: 1.5pt solid #2f6f8f; }
h3 { font-size: 11pt; margin: 0 0 1mm; }
h1, h2, h3, .why { break-after: avoid; page-break-after: avoid; }
.phase-start { break-inside: avoid; page-break-inside: avoid; }
p { margin: 1mm 0; }
ul { margin: 1mm 0 1mm 5mm; padding: 0; }
.lead { font-size: 11pt; }
.order { background: #eef5f8; border-left: 3pt solid #2f6f8f; padding: 2mm 3mm; margin: 3mm 0; }
.meta { color: #444; }
.schedule { font-size: 11pt; }
.badge { display: inline-block; font-size: 9pt; border: 1pt solid #b06000; color: #b06000;
         font-weight: bold;
         border-radius: 2mm; padding: 0 2mm; margin-right: 1mm; vertical-align: middle; }
.why { font-style: italic; color: #333; }
.step { break-inside: avoid; page-break-inside: avoid; border: 0.75pt solid #bbb;
        border-radius: 2mm; padding: 2.5mm 3mm; margin: 2.5mm 0; display: flex; gap: 3mm; }
.step .body { flex: 1; min-width: 0; }
.step .qr { flex: none; width: 28mm; text-align: center; font-size: 7pt; color: #555; }
.step .qr svg { width: 26mm; height: 26mm; shape-rendering: crispEdges; }
.label { font-weight: bold; }
.dose { font-weight: bold; color: #2f6f8f; }
.caution { color: #8a4b00; }
.url { font-size: 8.5pt; color: #333; word-break: break-all; }
.safety { break-inside: avoid; page-break-inside: avoid; border: 1pt solid #b00020;
          border-radius: 2mm; padding: 2.5mm 3mm; margin-top: 4mm;
          font-size: 9.5pt; line-height: 1.38; }
.flags { margin-top: 1.5mm; }
.flags ul { margin-top: 0.5mm; margin-bottom: 0.5mm; }
.log { break-before: page; page-break-before: always; }
table.log-table { width: 100%; border-collapse: collapse; margin-top: 3mm; }
table.log-table th, table.log-table td { border: 0.75pt solid #888; padding: 0 2mm; height: 9.5mm; }
table.log-table th { background: #eef5f8; height: auto; padding: 1.5mm 2mm; text-align: left; }
table.log-table col.date { width: 20%; } table.log-table col.pain { width: 17%; }
table.log-table col.done { width: 10%; } table.log-table col.notes { width: 36%; }
"""
