"""Messages about speech: engines, install lines, what the coach says, as (English, Japanese)."""

from __future__ import annotations

VOICE_MESSAGES: dict[str, tuple[str, str]] = {
    "voice.missing": (
        "--voice: no text-to-speech program found; continuing without voice.",
        "--voice: 音声合成が見つかりません。音声なしで続けます。",
    ),
    "voice.install_espeak": (
        "To install one (Debian, Ubuntu): sudo apt install espeak-ng",
        "インストールするには（Debian・Ubuntu）: sudo apt install espeak-ng",
    ),
    "voice.install_open_jtalk": (
        "For Japanese speech that reads kanji (Debian, Ubuntu; pyopenjtalk is built, so a compiler is needed):\n"
        "  sudo apt install open-jtalk-mecab-naist-jdic g++ python3-dev\n"
        "  pipx install --force 'selfcare[voice]'   (or: pip install 'selfcare[voice]')",
        "漢字を正しく読む日本語音声を使うには（Debian・Ubuntu。pyopenjtalk をビルドするためコンパイラが必要です）:\n"
        "  sudo apt install open-jtalk-mecab-naist-jdic g++ python3-dev\n"
        "  pipx install --force 'selfcare[voice]'   （または pip install 'selfcare[voice]'）",
    ),
    "voice.install_say": (
        "macOS has `say` built in: check that /usr/bin is on your PATH.",
        "macOS には `say` が標準で入っています。PATH に /usr/bin が含まれているか確認してください。",
    ),
    "voice.install_kyoko": (
        "macOS speaks Japanese with `say` and the voice Kyoko: add it in System Settings > "
        "Accessibility > Spoken Content > System Voice > Manage Voices.",
        "macOS では `say` と日本語の声 Kyoko で読み上げます。Kyoko は「システム設定」>「アクセシビリティ」>"
        "「読み上げコンテンツ」>「システムの声」>「声を管理」で追加できます。",
    ),
    "voice.last_rep": ("{rep}, last one", "{rep}、最後です"),
}
