"""selfcare: a guided self-care exercise routine in the terminal.

Data flows one way: file → routine → plan → session → record → views and exports.

- `cli`: the Typer layer; `commands/`: one module per sub-command, named as typed.
- `routine/`: loading (`source`), checking (`fields`, `schema`, `rules`, `checking`), the
  model, finding files (`discovery`, `index`), the timeline (`plan`) and `wording`.
- `session/`: the guided flow, the runner, its ports and outcomes, keys, prompts, the
  red-flag screens, stop rules, and `views/` (live, plain, sound, voice, header).
- `pictures/`: the figure model and its pose library, drawn as SVG or terminal dots; photos.
- `history/`: the SQLite store and a session's record, migrations, trends and charts.
- `export/`: the printable handout. `i18n/`: the language switch and the messages.
- `paths`, `errors`, `output`, `safe_text`: locations, the error family, printing, escaping.
"""

__version__ = "0.1.0"
