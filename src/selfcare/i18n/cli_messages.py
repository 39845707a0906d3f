"""Messages of the command line itself (help, usage, option errors), as (English, Japanese)."""

from __future__ import annotations

CLI_MESSAGES: dict[str, tuple[str, str]] = {
    # The words Click would print in English around our help texts
    "cli.usage.prefix": ("Usage: ", "使い方: "),
    "cli.usage.options": ("[OPTIONS]", "[オプション]"),
    "cli.usage.command": ("COMMAND [ARGS]...", "コマンド [引数]..."),
    "cli.heading.arguments": ("Arguments", "引数"),
    "cli.heading.options": ("Options", "オプション"),
    "cli.heading.commands": ("Commands", "コマンド"),
    "cli.help.help": ("Show this message and exit.", "このヘルプを表示して終了します。"),
    "cli.help.install_completion": (
        "Install completion for the current shell.",
        "今のシェルに補完を設定します。",
    ),
    "cli.help.show_completion": (
        "Show completion for the current shell, to copy it or customize the installation.",
        "今のシェル用の補完スクリプトを表示します（コピーや設定の調整用）。",
    ),
    "cli.help.default": ("default: {value}", "既定: {value}"),
    "cli.help.required": ("required", "必須"),
    "cli.help.at_least": ("at least {min}", "{min} 以上"),
    # Usage errors, in the program's own words
    "cli.error.try_help": ("Try '{command}' for help.", "'{command}' でヘルプを表示できます。"),
    "cli.error.not_a_number": (
        "{option} must be a number, such as 2 or 0.5 (got '{value}')",
        "{option} は 2 や 0.5 のような数で指定してください（指定された値: '{value}'）",
    ),
    "cli.error.not_a_whole_number": (
        "{option} must be a whole number (got '{value}')",
        "{option} は整数で指定してください（指定された値: '{value}'）",
    ),
    "cli.error.not_a_whole_number_from": (
        "{option} must be a whole number, {min} or more (got '{value}')",
        "{option} は {min} 以上の整数で指定してください（指定された値: '{value}'）",
    ),
    "cli.error.not_a_choice": (
        "{option} must be {choices} (got '{value}')",
        "{option} には {choices} を指定してください（指定された値: '{value}'）",
    ),
    "cli.error.or": (" or ", " または "),
    "cli.error.comma": (", ", "、"),
    "cli.error.not_a_folder": (
        "{option} must be a folder, but '{value}' is a file",
        "{option} にはフォルダを指定してください（'{value}' はファイルです）",
    ),
    "cli.error.not_a_file": (
        "{option} must be a file, but '{value}' is a folder",
        "{option} にはファイルを指定してください（'{value}' はフォルダです）",
    ),
    "cli.error.bad_value": (
        "{option} cannot be '{value}'",
        "{option} に '{value}' は指定できません",
    ),
    "cli.error.needs_value": ("{option} needs a value", "{option} には値を指定してください"),
    "cli.error.takes_no_value": (
        "{option} takes no value",
        "{option} は値を取りません",
    ),
    "cli.error.no_such_option": (
        "no such option: {option}",
        "{option} というオプションはありません",
    ),
    "cli.error.no_such_option_close": (
        "no such option: {option} (did you mean {close}?)",
        "{option} というオプションはありません（{close} のことですか？）",
    ),
    "cli.error.missing": ("missing {name}", "{name} を指定してください"),
    "cli.error.unexpected_arguments": (
        "unexpected argument(s): {arguments}",
        "余分な引数があります: {arguments}",
    ),
    "cli.error.missing_command": (
        "missing command (see the list with: selfcare -h)",
        "コマンドを指定してください（一覧: selfcare -h）",
    ),
    "cli.error.no_such_command": (
        "no such command: {name}",
        "{name} というコマンドはありません",
    ),
    "cli.error.no_such_command_close": (
        "no such command: {name} (did you mean {close}?)",
        "{name} というコマンドはありません（{close} のことですか？）",
    ),
    "cli.error.unreadable": (
        "cannot read the command line: {detail}",
        "コマンドラインを読み取れません: {detail}",
    ),
}
