"""A posed figure as SVG, for paper: thick round strokes, the near limbs dark, the far ones grey."""

from __future__ import annotations

from html import escape

from selfcare.pictures.body import HEAD_RADIUS, Figure, Side, View

INK = "#24364a"  # the trunk, head and near limbs
FAR_INK = "#9aa8b6"  # the limbs on the far side, behind the body
TOWEL = "#d9822b"
MAT = "#e4ddd0"
MARGIN = 6.0
HALO = 3.0


def figure_svg(
    figure: Figure,
    title: str,
    bounds: tuple[float, float, float, float] | None = None,
    size: tuple[str, str] = ("100%", "100%"),
) -> str:
    """`figure` as a standalone <svg>, framed by `bounds` (default: its own) and titled for
    screen readers. Two figures given the same bounds are drawn to the same scale."""
    left, bottom, right, top = bounds or figure.bounds()
    left, bottom, right, top = left - MARGIN, bottom - MARGIN, right + MARGIN, top + MARGIN
    width, tall = right - left, top - bottom

    def x(value: float) -> str:
        return f"{value - left:.1f}"

    def y(value: float) -> str:  # SVG counts down from the top
        return f"{top - value:.1f}"

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:.1f} {tall:.1f}" '
        f'width="{size[0]}" height="{size[1]}" role="img" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
    ]
    if figure.view is View.SIDE:
        parts.append(
            f'<rect x="0" y="{y(figure.floor)}" width="{width:.1f}" height="{MARGIN / 2:.1f}" '
            f'rx="1.5" fill="{MAT}"/>'
        )
    else:  # seen from above: the mat lies under the whole body
        parts.append(
            f'<rect x="0" y="0" width="{width:.1f}" height="{tall:.1f}" rx="4" fill="{MAT}"/>'
        )
    parts.append('<g fill="none" stroke-linecap="round" stroke-linejoin="round">')
    for points, stroke, side in figure.lines():
        path = " ".join(f"{x(px)},{y(py)}" for px, py in points)
        if side is Side.NEAR:  # a thin white edge keeps a limb visible where it crosses the body
            parts.append(
                f'<polyline points="{path}" stroke="white" stroke-width="{stroke + HALO:.1f}"/>'
            )
        colour = FAR_INK if side is Side.FAR else INK
        parts.append(f'<polyline points="{path}" stroke="{colour}" stroke-width="{stroke:.1f}"/>')
    for towel in figure.towels:
        (x1, y1), (x2, y2) = figure.joints[towel.start], figure.joints[towel.end]
        parts.append(
            f'<line x1="{x(x1)}" y1="{y(y1)}" x2="{x(x2)}" y2="{y(y2)}" '
            f'stroke="{TOWEL}" stroke-width="3.5"/>'
        )
    parts.append("</g>")
    head_x, head_y = figure.joints["head"]
    parts.append(f'<circle cx="{x(head_x)}" cy="{y(head_y)}" r="{HEAD_RADIUS}" fill="{INK}"/>')
    parts.append("</svg>")
    return "\n".join(parts)
