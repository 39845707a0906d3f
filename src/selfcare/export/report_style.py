"""How the printed follow-up report looks: A4, the handout's fonts, black and white first.

Sized so that one routine's section, with the header and the safety box, fits one A4 page; a
second routine, or many notes, go on to a second. Blocks that are read as one are never split.
"""

from __future__ import annotations

from selfcare.export.handout_style import FONT_STACKS
from selfcare.export.report_chart import CHART_CSS
from selfcare.i18n.language import current_language

_PAGE_CSS = """
@page { size: A4; margin: 11mm 13mm; }
* { box-sizing: border-box; }
html { font-family: FONTS; font-size: 9pt; line-height: 1.35; color: #111; }
body { margin: 0; max-width: 184mm; overflow-wrap: anywhere; line-break: strict; }
h1 { font-size: 15pt; line-height: 1.2; margin: 0; }
h2 { font-size: 12pt; margin: 4mm 0 1.5mm; padding-bottom: 0.6mm; border-bottom: 1.2pt solid #000; }
h3 { font-size: 9.5pt; margin: 2.2mm 0 0.8mm; }
h2, h3 { break-after: avoid; page-break-after: avoid; }
p { margin: 0.6mm 0; }
.head { display: flex; justify-content: space-between; align-items: flex-end; gap: 6mm;
        border-bottom: 0.75pt solid #777; padding-bottom: 1.5mm; }
.head .meta { text-align: right; color: #333; }
.client { display: flex; align-items: baseline; gap: 2mm; margin: 2mm 0 0.5mm; font-size: 10pt; }
.client .fill { display: inline-block; min-width: 70mm; min-height: 5.5mm;
                border-bottom: 0.75pt solid #444; }
.disclaimer { font-size: 8pt; color: #444; font-style: italic; }
.label { font-weight: bold; }
.muted { color: #555; }
.safety { border: 1.6pt solid #000; border-radius: 1.5mm; padding: 1.2mm 3mm 1.5mm;
          margin: 2.5mm 0 1mm; break-inside: avoid; page-break-inside: avoid; }
.safety h2 { border: 0; margin: 0 0 0.5mm; padding: 0; font-size: 11pt; }
.safety.found { border-width: 2.2pt; }
.safety table { width: 100%; }
.safety table td { padding: 0.4mm 2mm 0.4mm 0; vertical-align: top; }
.safety td.day { white-space: nowrap; width: 1%; }
.safety td.answer { font-weight: bold; }
.safety td.where { width: 34%; }
table { border-collapse: collapse; }
.figures { display: grid; grid-template-columns: repeat(4, 1fr); gap: 2mm; margin: 1.5mm 0; }
.figure { border: 0.75pt solid #888; border-radius: 1.2mm; padding: 1mm 2mm; }
.figure .value { font-size: 13pt; font-weight: bold; line-height: 1.2; }
.figure .name { font-size: 8pt; color: #333; }
.figure .more { font-size: 7.8pt; color: #444; }
table.weeks { width: 100%; font-size: 8.3pt; margin: 0.5mm 0; }
table.weeks th, table.weeks td { border: 0.6pt solid #999; padding: 0.3mm 1.2mm;
                                  text-align: center; }
table.weeks th:first-child, table.weeks td:first-child { text-align: left; white-space: nowrap; }
table.weeks thead th { background: #eee; font-weight: bold; }
table.weeks td.short { color: #555; }
table.weeks td.under { font-weight: bold; text-decoration: underline; }
.note-line { font-size: 7.8pt; color: #444; }
.columns { display: grid; grid-template-columns: 1fr 1fr; column-gap: 6mm; }
.block { break-inside: avoid; page-break-inside: avoid; }
table.counts { width: 100%; font-size: 8.5pt; }
table.counts td, table.counts th { border-bottom: 0.5pt solid #bbb; padding: 0.3mm 1mm;
                                   text-align: left; }
table.counts th { font-weight: bold; border-bottom: 0.75pt solid #666; }
table.counts td.n { text-align: right; white-space: nowrap; width: 14mm; }
table.counts td.pc { text-align: right; white-space: nowrap; width: 11mm; color: #333; }
table.counts th.n { text-align: right; white-space: nowrap; width: 16mm; }
table.counts td.when { white-space: nowrap; width: 1%; }
.chart { break-inside: avoid; page-break-inside: avoid; margin: 0.5mm 0 0; }
ul.notes { margin: 0.5mm 0 0 4mm; padding: 0; font-size: 8.5pt; }
ul.notes li { margin: 0.3mm 0; white-space: pre-line; break-inside: avoid; }
ul.notes .day { font-weight: bold; white-space: nowrap; }
.left-out { font-size: 8pt; color: #444; margin-top: 1.5mm; border-top: 0.5pt solid #bbb;
            padding-top: 0.8mm; }
section.routine + section.routine { break-before: page; page-break-before: always; }
"""


def report_css() -> str:
    """The page's CSS, with the handout's font stack for the current language."""
    fonts = FONT_STACKS.get(current_language(), FONT_STACKS["en"])
    return _PAGE_CSS.replace("FONTS", fonts) + CHART_CSS
