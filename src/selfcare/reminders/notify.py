"""A desktop notification: `notify-send` on Linux, `osascript` on macOS, a Windows toast
through `powershell.exe` from WSL. Texts travel as arguments, never pieced into a shell line."""

from __future__ import annotations

import base64
import re
import shutil
from enum import StrEnum

from selfcare.i18n.language import t
from selfcare.reminders.entries import run_tool
from selfcare.reminders.schedulers import System

# The app a toast is shown as: Windows PowerShell, which every Windows 10 and 11 has.
TOAST_APP = r"{1AC14E77-02E7-4E5D-B744-2EB1AE5198B7}\WindowsPowerShell\v1.0\powershell.exe"
_POWERSHELL_QUOTES = re.compile("['\u2018\u2019\u201a\u201b]")  # PowerShell reads each as '


class Notifier(StrEnum):
    """A program that shows a desktop notification; the value is its name on PATH."""

    NOTIFY_SEND = "notify-send"
    OSASCRIPT = "osascript"
    POWERSHELL = "powershell.exe"


def notifiers_of(system: System) -> tuple[Notifier, ...]:
    """The notifiers of `system`, the preferred first."""
    if system is System.MACOS:
        return (Notifier.OSASCRIPT,)
    if system is System.WSL:  # a toast shows on the Windows desktop, WSLg or not
        return (Notifier.POWERSHELL, Notifier.NOTIFY_SEND)
    return (Notifier.NOTIFY_SEND,)


def find_notifier(system: System) -> Notifier | None:
    return next((n for n in notifiers_of(system) if shutil.which(n.value) is not None), None)


def missing_notifier_advice(system: System) -> str:
    if system is System.MACOS:
        return t("remind.no_notifier_macos")
    if system is System.WSL:
        return t("remind.no_notifier_wsl")
    return t("remind.no_notifier_linux")


def powershell_string(text: str) -> str:
    """`text` as a PowerShell literal: single-quoted, each quote doubled."""
    return "'" + _POWERSHELL_QUOTES.sub(lambda match: match.group() * 2, text) + "'"


def toast_script(title: str, body: str) -> str:
    manager = "[Windows.UI.Notifications.ToastNotificationManager]"
    title_text, body_text = powershell_string(title), powershell_string(body)
    return "\n".join(
        [
            "$ErrorActionPreference = 'Stop'",
            f"$null = {manager[:-1]}, Windows.UI.Notifications, ContentType = WindowsRuntime]",
            "$kind = [Windows.UI.Notifications.ToastTemplateType]::ToastText02",
            f"$toast = {manager}::GetTemplateContent($kind)",
            "$lines = $toast.GetElementsByTagName('text')",
            f"$null = $lines.Item(0).AppendChild($toast.CreateTextNode({title_text}))",
            f"$null = $lines.Item(1).AppendChild($toast.CreateTextNode({body_text}))",
            "$notification = [Windows.UI.Notifications.ToastNotification]::new($toast)",
            f"{manager}::CreateToastNotifier({powershell_string(TOAST_APP)}).Show($notification)",
        ]
    )


def notification_argv(notifier: Notifier, title: str, body: str) -> list[str]:
    if notifier is Notifier.OSASCRIPT:
        script = "display notification (item 2 of argv) with title (item 1 of argv)"
        return ["osascript", "-e", "on run argv", "-e", script, "-e", "end run", title, body]
    if notifier is Notifier.POWERSHELL:  # encoded: no quoting on the way through WSL to Windows
        encoded = base64.b64encode(toast_script(title, body).encode("utf-16-le")).decode()
        return ["powershell.exe", "-NoProfile", "-NonInteractive", "-EncodedCommand", encoded]
    return ["notify-send", "--app-name=selfcare", "--", title, body]


def send(notifier: Notifier, title: str, body: str) -> None:
    """Show the notification; SelfcareError (one line) when the notifier fails."""
    run_tool(notification_argv(notifier, title, body)).check(shown=1)  # not the texts
