"""Messages of `selfcare remind`: reminders through the system's own scheduler."""

from __future__ import annotations

REMIND_MESSAGES: dict[str, tuple[str, str]] = {
    "help.remind": (
        "Remind you to exercise: a desktop notification at a time you choose, through the "
        "system's own scheduler, only on days a session is still due.",
        "運動の時間をお知らせします。指定した時刻に、システムのスケジューラでデスクトップ通知を"
        "出します（その日のセッションがまだのときだけ）。",
    ),
    "help.remind_routine": (
        "The routine to remind you of (default: the routines you use).",
        "お知らせするルーティン（既定: 使っているルーティン）。",
    ),
    "help.remind_at": (
        "The time of the reminder, HH:MM (24-hour, local time).",
        "お知らせの時刻 HH:MM（24 時間制、現地時刻）。",
    ),
    "help.remind_days": (
        "Only on these days, e.g. mon,wed,fri (default: every day).",
        "この曜日だけ（例: mon,wed,fri。既定: 毎日）。",
    ),
    "help.remind_again": (
        "A second reminder later the same day, HH:MM, if the session is still not done.",
        "その日のセッションがまだなら、同じ日のあとでもう一度お知らせする時刻 HH:MM。",
    ),
    "help.remind_list": ("Show the reminders installed.", "設定したお知らせを表示します。"),
    "help.remind_off": (
        "Remove the reminders selfcare installed (nothing else is touched).",
        "selfcare が設定したお知らせを削除します（ほかのものには触れません）。",
    ),
    "help.remind_notify": (
        "Send the notification now if a session is due today (what the scheduler runs).",
        "今日のセッションが残っていれば今すぐ通知します（スケジューラが実行するもの）。",
    ),
    # Setting, showing and removing
    "remind.one_action": (
        "use one of --at, --list, --off and --notify at a time.",
        "--at、--list、--off、--notify は一度に一つだけ使えます。",
    ),
    "remind.needs_at": (
        "--days and --again go with --at: selfcare remind --at 07:30 --days mon,wed,fri",
        "--days と --again は --at と一緒に使います: selfcare remind --at 07:30 --days mon,wed,fri",
    ),
    "remind.routine_needs_at": (
        "say when to remind you: {command}",
        "お知らせする時刻を指定してください: {command}",
    ),
    "remind.bad_time": (
        "{option} takes a time HH:MM, 24-hour, such as 07:30 or 19:00, not '{value}'.",
        "{option} には 07:30 や 19:00 のような 24 時間制の時刻 HH:MM を指定してください（'{value}' は使えません）。",
    ),
    "remind.bad_days": (
        "--days takes days such as mon,wed,fri (mon tue wed thu fri sat sun, or weekdays, weekend, daily), not '{value}'.",
        "--days には mon,wed,fri のように曜日を指定してください（mon tue wed thu fri sat sun、または weekdays、weekend、daily）。'{value}' は使えません。",
    ),
    "remind.again_after": (
        "--again {again} must be later the same day than --at {at}.",
        "--again {again} は同じ日の --at {at} より後の時刻にしてください。",
    ),
    "remind.routine_by_id": (
        "a reminder names a routine by its id, not a file ({routine}): add the file first with {command}.",
        "お知らせではルーティンをファイルではなく名前（ID）で指定します（{routine}）。先に {command} で追加してください。",
    ),
    "remind.unchanged": (
        "Nothing was changed.",
        "何も変更していません。",
    ),
    "remind.set": (
        "Reminder set: {when}, for {what}.",
        "{what}のお知らせを設定しました: {when}。",
    ),
    "remind.listed": (
        "Reminder: {when}, for {what}.",
        "お知らせ: {what}、{when}。",
    ),
    "remind.kept_in": ("Kept in {where}.", "保存先: {where}。"),
    "remind.only_when_due": (
        "It notifies only when a session is still due that day. See it: {list}; remove it: {off}",
        "その日のセッションがまだのときだけ通知します。確認: {list}、削除: {off}",
    ),
    "remind.remove_hint": ("Remove it: {command}", "削除するには: {command}"),
    "remind.none": (
        "No reminder is set. Set one: {command}",
        "お知らせは設定されていません。設定するには: {command}",
    ),
    "remind.removed": ("Reminder removed from {where}.", "お知らせを削除しました（{where}）。"),
    "remind.none_to_remove": (
        "No reminder was set; nothing was removed.",
        "お知らせは設定されていないので、何も削除していません。",
    ),
    "remind.leftover": (
        "Warning: an older reminder kept by {scheduler} could not be removed; {command} removes every reminder selfcare set.",
        "警告: {scheduler} にある以前のお知らせを削除できませんでした。{command} で selfcare のお知らせをすべて削除できます。",
    ),
    "remind.cron_not_running": (
        "Warning: the cron daemon is not running, so the reminder will not come until it runs: start it (sudo service cron start), or on WSL enable systemd in /etc/wsl.conf.",
        "警告: cron デーモンが動いていないため、動くまでお知らせは届きません。起動してください（sudo service cron start）。WSL では /etc/wsl.conf で systemd を有効にする方法もあります。",
    ),
    "remind.no_sessions_yet": (
        "No session is on record yet: until there is one, the reminder names {routine}.",
        "まだセッションの記録がないので、記録ができるまでは {routine} をお知らせします。",
    ),
    "remind.two_times": ("{at} and {again}", "{at} と {again}"),
    "remind.when": ("{times}, {days}", "{days} {times}"),
    "remind.every_day": ("every day", "毎日"),
    "remind.for_in_use": ("the routines you use", "使っているルーティン"),
    "remind.where_systemd": (
        "a systemd user timer, {location}",
        "systemd のユーザータイマー {location}",
    ),
    "remind.where_cron": ("your crontab ({location})", "あなたの crontab（{location}）"),
    "remind.where_launchd": ("a launch agent, {location}", "launchd エージェント {location}"),
    "remind.where_schtasks": (
        "Windows Task Scheduler, tasks {location}",
        "Windows のタスク スケジューラ（タスク {location}）",
    ),
    # Schedulers and notifiers
    "remind.no_scheduler_linux": (
        "no scheduler found for the reminder: install cron (sudo apt install cron, or cronie on Fedora) or enable systemd user services.",
        "お知らせに使うスケジューラが見つかりません。cron をインストールするか（sudo apt install cron、Fedora では cronie）、systemd のユーザーサービスを有効にしてください。",
    ),
    "remind.no_scheduler_wsl": (
        "no scheduler found for the reminder: schtasks.exe is not reachable (Windows interop off?); enable systemd in /etc/wsl.conf or install cron (sudo apt install cron).",
        "お知らせに使うスケジューラが見つかりません。schtasks.exe を呼び出せません（Windows との相互運用が無効？）。/etc/wsl.conf で systemd を有効にするか、cron をインストールしてください（sudo apt install cron）。",
    ),
    "remind.no_launchctl": (
        "launchctl was not found: the reminder needs macOS's launchd.",
        "launchctl が見つかりません。お知らせには macOS の launchd が必要です。",
    ),
    "remind.no_notifier_linux": (
        "no notifier found: install libnotify-bin for notify-send (sudo apt install libnotify-bin; libnotify on Fedora).",
        "通知を出すプログラムが見つかりません。notify-send のために libnotify-bin をインストールしてください（sudo apt install libnotify-bin、Fedora では libnotify）。",
    ),
    "remind.no_notifier_wsl": (
        "no notifier found: powershell.exe is not reachable (Windows interop off?); or install libnotify-bin for notify-send.",
        "通知を出すプログラムが見つかりません。powershell.exe を呼び出せません（Windows との相互運用が無効？）。または notify-send のために libnotify-bin をインストールしてください。",
    ),
    "remind.no_notifier_macos": (
        "osascript was not found: macOS notifications need it.",
        "osascript が見つかりません。macOS の通知に必要です。",
    ),
    "remind.tool_failed": ("{command} failed: {reason}.", "{command} が失敗しました: {reason}。"),
    "remind.exit_status": ("exit status {code}", "終了コード {code}"),
    "remind.timed_out": ("no answer in {seconds} s", "{seconds} 秒たっても応答がありません"),
    "remind.cannot_write": (
        "cannot write the reminder into {path}: {reason}.",
        "{path} にお知らせを書き込めません: {reason}。",
    ),
    "remind.cannot_remove": (
        "cannot remove the reminder: {reason}.",
        "お知らせを削除できません: {reason}。",
    ),
    "remind.unwritable": (
        "a scheduler cannot keep a line break in '{text}': choose a folder without one.",
        "スケジューラは '{text}' の改行を保存できません。改行を含まないフォルダーを選んでください。",
    ),
    "remind.task_too_long": (
        "the command for Task Scheduler is {length} characters long, more than its {limit}: install selfcare in a shorter path.",
        "タスク スケジューラのコマンドが {length} 文字あり、上限の {limit} 文字を超えています。selfcare を短いパスにインストールしてください。",
    ),
    # The notification
    "remind.time_for": ("Time for {routine}: {command}", "{routine} の時間です: {command}"),
    "remind.notify_failed": (
        "could not send the reminder: {reason}",
        "お知らせを送れませんでした: {reason}",
    ),
}
