"""The command line's own words in the user's language: help pages that fit 80 columns, usage
lines as typed, and option errors in the program's words (never a validation library's).

Typer and Click write these in English; the command and group classes here (given to Typer
with `cls=`) put every one of them through the message catalogue.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

import typer
from typer._click import Command, Context, HelpFormatter
from typer._click import exceptions as click_errors
from typer._click.formatting import join_options
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption

from selfcare.errors import EXIT_USAGE
from selfcare.i18n.language import LANGUAGES, detect_language, set_language, t

# Typer prints Click's words ("Usage:", "[required]", "No such option") in English, wraps help
# by character count, and reports a bad value in pydantic's words; these classes speak instead.

_TYPER_OPTION_HELP = {  # Typer's own options, whose help it writes in English
    "install_completion": "cli.help.install_completion",
    "show_completion": "cli.help.show_completion",
}


class _CellWrappingFormatter(HelpFormatter):
    """Click's help layout, its lines wrapped by display width with Japanese line breaking."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        lead = f"{prefix or t('cli.usage.prefix')}{prog} "
        self._write_wrapped(args, lead, " " * _cells(lead))

    def write_text(self, text: str) -> None:
        self._write_wrapped(text, " " * self.current_indent, " " * self.current_indent)

    def write_dl(
        self, rows: Sequence[tuple[str, str]], col_max: int = 30, col_spacing: int = 2
    ) -> None:
        term_width = min(max(_cells(term) for term, _ in rows), col_max) + col_spacing
        hanging = " " * (self.current_indent + term_width)
        for term, description in rows:
            lead = " " * self.current_indent + term + " " * (term_width - _cells(term))
            if _cells(term) > term_width - col_spacing and description:
                self.write(lead.rstrip() + "\n")  # a long term gets a line of its own
                lead = hanging
            self._write_wrapped(description, lead, hanging)

    def _write_wrapped(self, text: str, first_indent: str, indent: str) -> None:
        from selfcare.i18n.line_breaking import wrap

        for number, line in enumerate(wrap(text, max(self.width - _cells(indent), 10)) or [""]):
            self.write(f"{indent if number else first_indent}{line}".rstrip() + "\n")


def _cells(text: str) -> int:
    from rich.cells import cell_len  # Rich loads for help, not for every start-up

    return cell_len(text)


class _HelpContext(Context):
    formatter_class = _CellWrappingFormatter


def _name(parameter: TyperArgument | TyperOption) -> str:
    """How the user writes `parameter`: its long option, or the argument's metavar."""
    if isinstance(parameter, TyperOption):
        return max(parameter.opts, key=len)
    return parameter.metavar or parameter.name.upper()


def _choices(parameter: TyperArgument | TyperOption) -> list[str]:
    return [
        str(getattr(choice, "value", choice)) for choice in parameter.type_descriptor.choices or ()
    ]


def _help_row(
    command: Command, ctx: Context, parameter: TyperArgument | TyperOption
) -> tuple[str, str]:
    """`--speed X` and its help, then `[default: 1.0]`, `[required]` in the user's language."""
    name, help_text = _name(parameter), parameter.help or ""
    if isinstance(parameter, TyperOption):
        name = join_options(parameter.opts)[0]
        if not parameter.is_flag:
            choices = f"[{'|'.join(_choices(parameter))}]" if _choices(parameter) else None
            name += f" {parameter.metavar or choices or parameter.name.upper()}"
        if parameter is command.get_help_option(ctx):
            help_text = t("cli.help.help")
        elif parameter.name in _TYPER_OPTION_HELP:
            help_text = t(_TYPER_OPTION_HELP[parameter.name])
    default = getattr(parameter.default, "value", parameter.default)
    notes = []
    if parameter.show_default and default not in (None, (), []) and not isinstance(default, bool):
        notes.append(t("cli.help.default", value=default))
    if parameter.min is not None:
        notes.append(t("cli.help.at_least", min=parameter.min))
    if parameter.required:
        notes.append(t("cli.help.required"))
    return name, f"{help_text}  [{'; '.join(notes)}]" if notes else help_text


class CommandLineError(click_errors.UsageError):
    """A usage error in selfcare's words, under the usage line, in the user's language."""

    exit_code = EXIT_USAGE

    def show(self, file: IO[Any] | None = None) -> None:
        from selfcare.safe_text import terminal_safe

        lines = [t("error.prefix") + self.message]
        if self.ctx is not None:
            help_command = f"{self.ctx.command_path} {self.ctx.help_option_names[0]}"
            lines[:0] = [self.ctx.get_usage(), t("cli.error.try_help", command=help_command), ""]
        typer.echo(terminal_safe("\n".join(lines)), file=file, err=True)


def _use_language_of(command_line: Sequence[str]) -> None:
    """Say a usage error in the language --lang names, if it names one; else the detected one."""
    words: list[str] = []
    for argument in command_line:
        words += argument.split("=", 1) if argument.startswith("--lang=") else [argument]
    asked = [value for option, value in itertools.pairwise(words) if option == "--lang"]
    set_language(asked[-1] if asked and asked[-1] in LANGUAGES else detect_language())


def _bad_value(parameter: TyperArgument | TyperOption, values: list[str]) -> str:
    option, value, low = _name(parameter), (values or [""])[-1], parameter.min
    kind, paths = parameter.type_descriptor.annotation, parameter.type_descriptor.parameter_info
    if parameter.type_descriptor.is_choice:
        *first, last = _choices(parameter)  # "a, b or c"
        choices = t("cli.error.or").join(
            [t("cli.error.comma").join(first), last] if first else [last]
        )
        return t("cli.error.not_a_choice", option=option, choices=choices, value=value)
    if kind is float and low is None:
        return t("cli.error.not_a_number", option=option, value=value)
    if kind is int and low is None:
        return t("cli.error.not_a_whole_number", option=option, value=value)
    if kind is int and parameter.max is None:
        return t("cli.error.not_a_whole_number_from", option=option, min=low, value=value)
    for given in values:
        if not paths.file_okay and Path(given).is_file():
            return t("cli.error.not_a_folder", option=option, value=given)
        if not paths.dir_okay and Path(given).is_dir():
            return t("cli.error.not_a_file", option=option, value=given)
    return t("cli.error.bad_value", option=option, value=value)


def _in_our_words(
    problem: click_errors.UsageError, command: Command, ctx: Context, command_line: list[str]
) -> str:
    """What went wrong on the command line, said by selfcare rather than by Click or pydantic."""
    parameter = getattr(problem, "param", None)
    if isinstance(parameter, TyperArgument | TyperOption):
        if isinstance(problem, click_errors.MissingParameter):
            return t("cli.error.missing", name=_name(parameter))
        # Click keeps no rejected value: read it again from the command line
        given = command.make_parser(ctx).parse_args(args=list(command_line))[0].get(parameter.name)
        values = given if isinstance(given, list | tuple) else [given]
        return _bad_value(parameter, [str(value) for value in values if value is not None])
    if isinstance(problem, click_errors.NoSuchOption):
        if problem.possibilities:
            close = " / ".join(problem.possibilities)
            return t("cli.error.no_such_option_close", option=problem.option_name, close=close)
        return t("cli.error.no_such_option", option=problem.option_name)
    if isinstance(problem, click_errors.BadOptionUsage):
        options = [p for p in command.get_params(ctx) if isinstance(p, TyperOption)]
        is_flag = any(problem.option_name in p.opts and p.is_flag for p in options)
        return t(
            "cli.error.takes_no_value" if is_flag else "cli.error.needs_value",
            option=problem.option_name,
        )
    return t("cli.error.unreadable", detail=problem.format_message())


class _InUsersLanguage(Command):
    """What selfcare's group and commands share: help and usage errors in the user's language."""

    context_class = _HelpContext

    def format_options(self, ctx: Context, formatter: HelpFormatter) -> None:
        shown = [p for p in self.get_params(ctx) if isinstance(p, TyperArgument | TyperOption)]
        sections = {
            t("cli.heading.arguments"): TyperArgument,
            t("cli.heading.options"): TyperOption,
        }
        for heading, kind in sections.items():
            rows = [_help_row(self, ctx, p) for p in shown if isinstance(p, kind) and not p.hidden]
            if rows:
                with formatter.section(heading):
                    formatter.write_dl(rows)

    def parse_args(self, ctx: Context, args: list[str]) -> list[str]:
        command_line = list(args)
        try:
            return super().parse_args(ctx, args)
        except (click_errors.NoArgsIsHelpError, CommandLineError):
            raise
        except click_errors.UsageError as problem:
            _use_language_of(command_line)
            message = _in_our_words(problem, self, ctx, command_line)
            raise CommandLineError(message, ctx) from None


class SelfcareCommand(_InUsersLanguage, TyperCommand):
    """A command of `selfcare`, with help and usage errors in the user's language."""

    allow_extra_args = True  # so that parse_args, not Click, reports them

    def collect_usage_pieces(self, ctx: Context) -> list[str]:
        pieces = [t("cli.usage.options")]
        for argument in (p for p in self.get_params(ctx) if isinstance(p, TyperArgument)):
            name = _name(argument) + ("..." if argument.nargs != 1 else "")
            pieces.append(name if argument.required else f"[{name}]")
        return pieces

    def parse_args(self, ctx: Context, args: list[str]) -> list[str]:
        command_line = list(args)
        extra = super().parse_args(ctx, args)
        if extra and not ctx.resilient_parsing:
            _use_language_of(command_line)
            message = t("cli.error.unexpected_arguments", arguments=" ".join(extra))
            raise CommandLineError(message, ctx)
        return extra


class SelfcareGroup(_InUsersLanguage, TyperGroup):
    """`selfcare` itself: its help, and unknown commands, in the user's language."""

    def collect_usage_pieces(self, ctx: Context) -> list[str]:
        return [t("cli.usage.options"), t("cli.usage.command")]

    def format_options(self, ctx: Context, formatter: HelpFormatter) -> None:
        super().format_options(ctx, formatter)
        with formatter.section(t("cli.heading.commands")):
            rows = [(name, cmd.help or "") for name, cmd in self.commands.items() if not cmd.hidden]
            formatter.write_dl(rows)

    def parse_args(self, ctx: Context, args: list[str]) -> list[str]:
        command_line = list(args)
        rest = super().parse_args(ctx, args)
        if not ctx._protected_args and not ctx.resilient_parsing:  # `selfcare --`: no command
            _use_language_of(command_line)
            raise CommandLineError(t("cli.error.missing_command"), ctx)
        return rest

    def resolve_command(
        self, ctx: Context, args: list[str]
    ) -> tuple[str | None, Command | None, list[str]]:
        name = args[0]
        unknown = self.get_command(ctx, name) is None and not name.startswith("-")
        if unknown and not ctx.resilient_parsing:  # an option-like name is parse_args's to report
            from difflib import get_close_matches

            _use_language_of(args)
            close = " / ".join(get_close_matches(name, list(self.commands)))
            if close:
                raise CommandLineError(
                    t("cli.error.no_such_command_close", name=name, close=close), ctx
                )
            raise CommandLineError(t("cli.error.no_such_command", name=name), ctx)
        return super().resolve_command(ctx, args)


class SelfcareSubGroup(_InUsersLanguage, TyperGroup):
    """A command that is also a group (`selfcare history`, `selfcare history import`): runs on
    its own when no subcommand is named.
    """

    def collect_usage_pieces(self, ctx: Context) -> list[str]:
        return [t("cli.usage.options"), f"[{t('cli.usage.command')}]"]

    def format_options(self, ctx: Context, formatter: HelpFormatter) -> None:
        super().format_options(ctx, formatter)
        with formatter.section(t("cli.heading.commands")):
            rows = [(name, cmd.help or "") for name, cmd in self.commands.items() if not cmd.hidden]
            formatter.write_dl(rows)
