"""Messages about sound cues and audio players, as (English, Japanese)."""

from __future__ import annotations

SOUND_MESSAGES: dict[str, tuple[str, str]] = {
    "sound.player": ("Chimes play through {player}.", "チャイムは {player} で鳴らします。"),
    "sound.bell": (
        "No audio player found (pw-play, paplay, aplay or afplay): the terminal bell rings instead.",
        "音声プレーヤー（pw-play・paplay・aplay・afplay）が見つからないため、代わりに端末のベルを鳴らします。",
    ),
    "sound.off": ("Sound is off.", "音は鳴らしません。"),
}
