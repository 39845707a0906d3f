"""`selfcare new`: a commented starter routine that already passes `selfcare validate`."""

from __future__ import annotations

from contextlib import suppress
from pathlib import Path

from selfcare.errors import SelfcareError
from selfcare.i18n.language import t
from selfcare.paths import schema_path, user_routines
from selfcare.routine.discovery import is_routine_file_name
from selfcare.routine.ids import is_routine_id
from selfcare.safe_text import one_line

TEMPLATE = """\
# yaml-language-server: $schema={schema}
# A selfcare routine (format selfcare/1). Check it with: selfcare validate {file}
# Every text may be one string, or a map by language: {{en: ..., ja: ...}}.
# Quote texts that contain ? : # {{ }} [ ] or start with * & ! to keep YAML happy.
format: selfcare/1
id: {id}
title:
  en: "My routine"
  ja: "私のルーティン"
version: "1.0"
# author:                 # shown to your clients, with the routine
#   name: "Your name"
#   clinic: "Your clinic"
#   contact: "Phone or e-mail"
fits:                     # who this routine is for; shown before starting
  - en: "Your back gets worse after stretching or massage"
    ja: "ストレッチやマッサージの後に腰が悪化しやすい方"
cautions:
  - en: "Move within comfort. Stop if pain spreads down a leg or you feel numbness."
    ja: "痛みのない範囲で動きましょう。脚に広がる痛みやしびれが出たら中止します。"
get_ready: 5              # seconds to get into position before each step
phases:                   # they run in this order; loosen only after stabilize
  - kind: stabilize       # prepare | stabilize | loosen | cooldown
    why:
      en: "Support first: gently wake up the muscles that hold the pelvis steady."
      ja: "まず支えから。骨盤を安定させる筋肉をやさしく働かせます。"
    steps:
      - id: drawing-in
        name:
          en: "Abdominal drawing-in"
          ja: "ドローイン"
        position:
          en: "On your back, knees bent, feet flat"
          ja: "仰向けで膝を立て、足裏を床につけます"
        cues:
          - en: "Breathe out and gently draw the lower belly in"
            ja: "息を吐きながら下腹をやさしく引き込みます"
          - en: "Keep breathing; about a quarter of full effort"
            ja: "呼吸は止めず、力は全力の4分の1くらい"
        mistakes:
          - en: "Holding the breath"
            ja: "息を止めてしまう"
        figure: hook-lying-hands-on-belly   # a drawing from the pose library (docs/authoring.md)
        # image: photos/drawing-in.jpg      # or your own photo, next to this file (PNG/JPEG)
        hold: 10                # seconds per rep; also "10s" or "1m30s"
        reps: 10
        rest: 5                 # seconds between reps
  - kind: loosen          # runs only if the person says it is still needed
    ask:
      en: "Does your back still feel tight?"
      ja: "まだ腰の張りが残っていますか？"
    steps:
      - id: knee-to-chest
        name:
          en: "Knee-to-chest stretch"
          ja: "膝抱えストレッチ"
        position:
          en: "On your back, knees bent"
          ja: "仰向けで膝を立てます"
        cues:
          - en: "Draw one knee towards the chest, hands behind the thigh"
            ja: "片膝を胸に引き寄せ、太ももの裏を手で支えます"
          - en: "Breathe slowly; no bouncing"
            ja: "ゆっくり呼吸し、反動はつけません"
        mistakes:
          - en: "Pulling hard enough to hurt"
            ja: "痛くなるほど強く引く"
        caution:
          en: "Stop if you feel numbness or tingling down the leg."
          ja: "脚にしびれやピリピリ感が出たら中止します。"
        figure: [hook-lying, knee-to-chest]   # start and end: the drawing moves between them
        hold: 20
        reps: 3
        rest: 5
        each_side: true         # the whole dose on the left, then the right
"""


def write_starter(routine_id: str, out: Path | None) -> Path:
    """Write the starter routine for `routine_id`; never overwrite an existing file.

    Every failure is one sentence naming the path; none leaves a half-written file behind."""
    import json

    from selfcare.output import stdout_console, write_whole
    from selfcare.routine.fields import json_schema

    if not is_routine_id(routine_id):
        raise SelfcareError(t("new.bad_id", id=routine_id))
    if out is not None and (out.stem != routine_id or not is_routine_file_name(out)):
        # any other name would fail `validate` with id-mismatch the moment it is written
        raise SelfcareError(t("new.out_name", id=routine_id))
    target = out if out is not None else user_routines() / f"{routine_id}.yaml"
    schema = schema_path()
    _make_folder(schema.parent)
    _make_folder(target.parent)
    try:
        taken = target.exists()
    except OSError as error:  # a folder we may not look into
        raise _cannot_write(target, error) from None
    if taken:
        raise SelfcareError(t("new.exists", path=one_line(target)))
    try:  # whole or not at all: a full disk leaves no empty schema
        write_whole(schema, json.dumps(json_schema(), indent=2, ensure_ascii=False).encode())
    except OSError as error:
        raise _cannot_write(schema, error) from None
    text = TEMPLATE.format(schema=schema.resolve().as_uri(), file=target.name, id=routine_id)
    created = False
    try:
        with target.open("x", encoding="utf-8") as handle:  # "x": fail rather than overwrite
            created = True
            handle.write(text)
    except FileExistsError:
        raise SelfcareError(t("new.exists", path=one_line(target))) from None
    except OSError as error:  # a full disk: no half-written starter is left behind
        if created:
            with suppress(OSError):
                target.unlink()
        raise _cannot_write(target, error) from None
    console = stdout_console()
    console.print(t("new.written", path=one_line(target)), markup=False, soft_wrap=True)
    console.print(t("new.next", path=one_line(target)), markup=False, soft_wrap=True)
    return target


def _make_folder(folder: Path) -> None:
    """Make `folder` and the folders above it; SelfcareError, in words, if that fails."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):  # SELFCARE_HOME names a file, say
        in_the_way = next((p for p in (folder, *folder.parents) if _not_a_folder(p)), folder)
        message = t("new.file_in_the_way", path=one_line(folder), file=one_line(in_the_way))
        raise SelfcareError(message) from None
    except OSError as error:  # no permission, a read-only disk
        reason = error.strerror or str(error)
        message = t("new.cannot_make_folder", path=one_line(folder), reason=reason)
        raise SelfcareError(message) from None


def _not_a_folder(path: Path) -> bool:
    """Whether something other than a folder is at `path`."""
    try:
        return path.exists() and not path.is_dir()
    except OSError:
        return False


def _cannot_write(path: Path, error: OSError) -> SelfcareError:
    reason = error.strerror or str(error)
    return SelfcareError(t("new.cannot_write", path=one_line(path), reason=reason))
