"""The report's plots: matplotlib on the Agg backend, each figure written as SVG text to inline in
the page (no image files, no network at view time).

Plots are deterministic: the SVG ids come from a fixed salt (``svg.hashsalt``), the metadata
carries no date and no matplotlib version, and text is kept as text (``svg.fonttype`` none:
smaller than glyph outlines, selectable, and escaped by matplotlib's XML writer). Labels taken
from the data (a computer's name) are never parsed as mathtext: a ``$`` in a name is a dollar.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any, cast

_STYLE: dict[str, Any] = {
    "svg.fonttype": "none",
    "svg.hashsalt": "synthcomp-report",
    "text.parse_math": False,
    "font.family": "sans-serif",
    # One family, not matplotlib's list of ten: SVG text repeats it on every label.
    "font.sans-serif": ["DejaVu Sans"],
    "font.size": 9.0,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "axes.axisbelow": True,
    "grid.color": "#e5e7eb",
    "grid.linewidth": 0.6,
    "axes.edgecolor": "#9ca3af",
    "axes.labelcolor": "#374151",
    "xtick.color": "#4b5563",
    "ytick.color": "#4b5563",
}
BLUE, ORANGE, GREEN, GREY, RED = "#2563eb", "#ea580c", "#16a34a", "#9ca3af", "#dc2626"
# What the SVG's header holds that an inline <svg> in HTML must not (the XML declaration, the DTD).
_PROLOGUE = re.compile(r"\A.*?(?=<svg)", re.S)


@contextmanager
def _figure(width: float, height: float, salt: str) -> Iterator[Any]:
    """A figure in the report's style (Agg backend, this plot's id salt), closed afterwards."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt

    with matplotlib.rc_context(cast(Any, {**_STYLE, "svg.hashsalt": f"synthcomp-report-{salt}"})):
        figure = plt.figure(figsize=(width, height))
        try:
            yield figure
        finally:
            plt.close(figure)


def _svg(figure: Any) -> str:
    """The figure as inline SVG markup: no XML declaration, no date or creator in it."""
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", bbox_inches="tight",
                   metadata={"Date": None, "Creator": None, "Format": None, "Type": None})
    svg = _PROLOGUE.sub("", buffer.getvalue(), count=1)
    # The <metadata> block is then empty RDF: nothing a reader needs.
    return re.sub(r"<metadata>.*?</metadata>\s*", "", svg, flags=re.S)


def turns_per_day(days: Sequence[str], kinds: Mapping[str, Sequence[int]]) -> str:
    """Stacked bars: the agent's turns each day, split by what the turn did (``kinds`` maps a
    kind of tool to its count per day, in the order of ``days``)."""
    colours = [BLUE, GREEN, ORANGE, "#7c3aed", GREY, RED]
    with _figure(7.5, 2.6, "turns") as figure:
        axes = figure.add_subplot()
        base = [0] * len(days)
        positions = list(range(len(days)))
        for (kind, counts), colour in zip(kinds.items(), colours, strict=False):
            axes.bar(positions, counts, bottom=base, color=colour, label=kind, width=0.75)
            base = [b + c for b, c in zip(base, counts, strict=True)]
        axes.set_xticks(positions, [d[5:] for d in days], rotation=60, fontsize=7)
        axes.set_ylabel("turns")
        axes.legend(fontsize=7, ncols=min(len(kinds), 6), loc="upper center",
                    bbox_to_anchor=(0.5, 1.18), frameon=False)
        return _svg(figure)


def files_over_time(days: Sequence[str], read: Sequence[int], written: Sequence[int],
                    cumulative: Sequence[int]) -> str:
    """Files read and written each day (bars) and the files the run had written by each day's
    end (a line)."""
    with _figure(7.5, 2.6, "files") as figure:
        axes = figure.add_subplot()
        positions = list(range(len(days)))
        axes.bar([p - 0.2 for p in positions], read, width=0.4, color=GREY, label="files read that day")
        axes.bar([p + 0.2 for p in positions], written, width=0.4, color=BLUE,
                 label="files written that day")
        axes.plot(positions, cumulative, color=ORANGE, marker="o", markersize=3,
                  label="files written so far")
        axes.set_xticks(positions, [d[5:] for d in days], rotation=60, fontsize=7)
        axes.set_ylabel("files")
        axes.legend(fontsize=7, ncols=3, loc="upper center", bbox_to_anchor=(0.5, 1.18), frameon=False)
        return _svg(figure)


def score_distribution(scores: Sequence[float]) -> str:
    """A histogram of run scores (0 to 100%) with the mean marked."""
    with _figure(6.0, 2.4, "scores") as figure:
        axes = figure.add_subplot()
        percents = [100 * s for s in scores]
        axes.hist(percents, bins=[i * 5 for i in range(21)], color=BLUE, edgecolor="white")
        if percents:
            mean = sum(percents) / len(percents)
            axes.axvline(mean, color=ORANGE, linewidth=1.5, label=f"mean {mean:.1f}%")
            axes.legend(fontsize=7, frameon=False)
        axes.set_xlim(0, 100)
        axes.yaxis.get_major_locator().set_params(integer=True)  # runs are counted whole
        axes.set_xlabel("run score (%)")
        axes.set_ylabel("runs")
        return _svg(figure)


def learning_curve(points: Sequence[dict[str, Any]]) -> str:
    """The experiment's learning curve: the skill's win rate over held-out computers against
    the number of training computers, and the mean score gain with its interval."""
    with _figure(7.5, 2.7, "curve") as figure:
        rate, gain = figure.subplots(1, 2)
        sizes = [p["train_n"] for p in points]
        rate.plot(sizes, [100 * p["win_rate"] for p in points], color=BLUE, marker="o")
        rate.set_ylim(0, 100)
        rate.set_xlabel("training computers")
        rate.set_ylabel("win rate (%)")
        diffs = [100 * p["diff"] for p in points]
        low = [100 * (p["diff"] - p["ci_low"]) for p in points]
        high = [100 * (p["ci_high"] - p["diff"]) for p in points]
        gain.errorbar(sizes, diffs, yerr=[low, high], color=GREEN, marker="o", capsize=3)
        gain.axhline(0, color=GREY, linewidth=0.8)
        gain.set_xlabel("training computers")
        gain.set_ylabel("score gain (points, CI)")
        for axes in (rate, gain):
            axes.set_xticks(sizes)
        figure.tight_layout()
        return _svg(figure)


def paired_scores(names: Sequence[str], baseline: Sequence[float], skill: Sequence[float]) -> str:
    """Each held-out computer's mean score without and with the skill (a line per computer,
    green where the skill won, red where it lost)."""
    height = max(1.8, 0.28 * len(names) + 0.8)
    with _figure(6.5, height, "paired") as figure:
        axes = figure.add_subplot()
        rows = list(range(len(names)))
        for row, before, after in zip(rows, baseline, skill, strict=True):
            colour = GREEN if after > before else RED if after < before else GREY
            axes.plot([100 * before, 100 * after], [row, row], color=colour, linewidth=1.5)
        # A ring round the dot: where the two means are equal (a tie) both stay visible.
        axes.scatter([100 * b for b in baseline], rows, s=70, facecolors="none", edgecolors=GREY,
                     linewidths=1.5, label="without skill", zorder=3)
        axes.scatter([100 * s for s in skill], rows, color=BLUE, label="with skill", zorder=3)
        axes.set_yticks(rows, [n if len(n) <= 40 else n[:39] + "…" for n in names], fontsize=7)
        axes.invert_yaxis()
        axes.set_xlim(0, 100)
        axes.set_xlabel("mean score (%)")
        axes.legend(fontsize=7, frameon=False, loc="lower right")
        return _svg(figure)


def month_timeline(days: Sequence[str], rows: Mapping[str, Sequence[int]]) -> str:
    """The month as a timeline: one row per kind of event (messages sent and received, files
    written, items marked done, milestones due), a dot on each day it happened, labelled with
    the count when more than one."""
    colours = [BLUE, GREY, GREEN, ORANGE, RED, "#7c3aed"]
    with _figure(7.5, 0.42 * len(rows) + 0.9, "timeline") as figure:
        axes = figure.add_subplot()
        positions = list(range(len(days)))
        for number, ((_, counts), colour) in enumerate(zip(rows.items(), colours, strict=False)):
            xs = [p for p, c in zip(positions, counts, strict=True) if c]
            ns = [c for c in counts if c]
            # One dot size (one marker shape the SVG reuses); the count is written on it.
            axes.scatter(xs, [number] * len(xs), s=90, color=colour, zorder=3)
            for x, n in zip(xs, ns, strict=True):
                if n > 1:
                    axes.annotate(str(n), (x, number), ha="center", va="center", fontsize=6, color="white",
                                  zorder=4)
        axes.set_yticks(range(len(rows)), list(rows))
        axes.set_ylim(len(rows) - 0.5, -0.5)
        axes.set_xticks(positions, [d[5:] for d in days], rotation=60, fontsize=7)
        axes.set_xlim(-0.6, len(days) - 0.4)
        axes.grid(axis="y", visible=False)
        return _svg(figure)
