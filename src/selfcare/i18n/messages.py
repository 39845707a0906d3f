"""Every message the program prints, as (English, Japanese), gathered from its parts."""

from __future__ import annotations

from selfcare.i18n.add_messages import ADD_MESSAGES
from selfcare.i18n.backup_messages import BACKUP_MESSAGES
from selfcare.i18n.care_messages import CARE_MESSAGES
from selfcare.i18n.cli_messages import CLI_MESSAGES
from selfcare.i18n.command_messages import COMMAND_MESSAGES
from selfcare.i18n.handout_messages import HANDOUT_MESSAGES
from selfcare.i18n.history_messages import HISTORY_MESSAGES
from selfcare.i18n.learn_messages import LEARN_MESSAGES
from selfcare.i18n.levels_messages import LEVELS_MESSAGES
from selfcare.i18n.morning_messages import MORNING_MESSAGES
from selfcare.i18n.note_messages import NOTE_MESSAGES
from selfcare.i18n.prescription_messages import PRESCRIPTION_MESSAGES
from selfcare.i18n.programme_messages import PROGRAMME_MESSAGES
from selfcare.i18n.remind_messages import REMIND_MESSAGES
from selfcare.i18n.report_messages import REPORT_MESSAGES
from selfcare.i18n.routine_messages import ROUTINE_MESSAGES
from selfcare.i18n.safety_messages import SAFETY_MESSAGES
from selfcare.i18n.schedule_messages import SCHEDULE_MESSAGES
from selfcare.i18n.session_messages import SESSION_MESSAGES
from selfcare.i18n.sound_messages import SOUND_MESSAGES
from selfcare.i18n.starter_messages import STARTER_MESSAGES
from selfcare.i18n.status_messages import STATUS_MESSAGES
from selfcare.i18n.syntax_messages import SYNTAX_MESSAGES
from selfcare.i18n.voice_messages import VOICE_MESSAGES

MESSAGES: dict[str, tuple[str, str]] = {
    **ROUTINE_MESSAGES,
    **PRESCRIPTION_MESSAGES,
    **SYNTAX_MESSAGES,
    **COMMAND_MESSAGES,
    **HISTORY_MESSAGES,
    **HANDOUT_MESSAGES,
    **NOTE_MESSAGES,
    **REPORT_MESSAGES,
    **REMIND_MESSAGES,
    **STATUS_MESSAGES,
    **SESSION_MESSAGES,
    **CLI_MESSAGES,
    **SOUND_MESSAGES,
    **VOICE_MESSAGES,
    **PROGRAMME_MESSAGES,
    **MORNING_MESSAGES,
    **LEVELS_MESSAGES,
    **LEARN_MESSAGES,
    **BACKUP_MESSAGES,
    **SCHEDULE_MESSAGES,
    **SAFETY_MESSAGES,
    **CARE_MESSAGES,
    **STARTER_MESSAGES,
    **ADD_MESSAGES,
}
