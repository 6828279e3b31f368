"""Tests for discourse.present.plots: each function returns a Figure with the expected content."""

from __future__ import annotations

import matplotlib
import numpy as np
import pandas as pd
import pytest
from matplotlib.collections import PathCollection
from matplotlib.figure import Figure
from matplotlib.text import Text

from discourse.compare.camps import compare_camps, compare_frames, compare_shares, compare_stance
from discourse.measure.frames import keyness_by_camp, load_frames, score_frames
from discourse.measure.stance import load_targets, score_stance
from discourse.present.plots import plot_camp_means, plot_frames, plot_keyness, plot_shares, plot_stance

matplotlib.use("Agg")


@pytest.fixture(scope="module")
def scored() -> pd.DataFrame:
    texts = {
        "western": ["We condemn Lukashenko and the rigged election.", "Human rights matter.",
                    "Russia's aggression must end.", "We support the peaceful protesters.",
                    "Sanctions on the regime.", "NATO is strong."],
        "russian_official": ["Minsk is our closest ally.", "The West interferes.",
                             "Trade and loans with Belarus."],
    }
    rows = [{"camp": c, "text": t} for c, ts in texts.items() for t in ts]
    q = pd.DataFrame(rows)
    q["sentiment"] = np.linspace(-0.5, 0.5, len(q))
    return score_stance(score_frames(q))


def _texts(fig: Figure) -> list[str]:
    return [t.get_text() for ax in fig.axes for t in ax.texts]


def test_plot_camp_means(scored, tmp_path):
    summ = compare_camps(scored, measures=["sentiment"], camps=["western", "russian_official",
                         "opposition"], n_boot=100)
    fig = plot_camp_means(summ, measure="sentiment")
    assert isinstance(fig, Figure) and len(fig.axes) == 1
    texts = _texts(fig)
    assert "n=6" in texts and "n=3 (small n)" in texts and "n=0 no data" in texts
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["western", "russian_official",
                                                             "opposition"]
    # Two error-bar containers: filled (n >= 5) and hollow (small n).
    assert len(ax.containers) == 2
    fig.savefig(tmp_path / "means.png")
    assert (tmp_path / "means.png").stat().st_size > 1000
    # Shown as PNG by IPython's display() without pyplot (papermill runs notebooks under Agg).
    png, meta = fig._repr_png_()
    assert png.startswith(b"\x89PNG") and meta == {"alt": "sentiment by camp (mean, 95% CI)"}
    with pytest.raises(ValueError, match="no rows for measure 'x'"):
        plot_camp_means(summ, measure="x")


def test_plot_shares(scored, tmp_path):
    fig = plot_shares(compare_shares(scored), value="share_words")
    ax = fig.axes[0]
    assert len(fig.axes) == 1 and len(ax.patches) == 2
    assert any(t.endswith("(n=" + str(int(compare_shares(scored)["n_words"].iloc[0])) + ")")
               for t in _texts(fig))
    fig.savefig(tmp_path / "shares.png")
    with pytest.raises(ValueError, match="'value' parameter of plot_shares"):
        plot_shares(compare_shares(scored), value="n")


def test_plot_stance(scored, tmp_path):
    targets = load_targets()
    st = compare_stance(scored, targets, n_boot=100, seed=0)
    fig = plot_stance(st)
    assert len(fig.axes) == len(targets)
    assert [ax.get_title() for ax in fig.axes] == [t.label for t in targets]
    # shares of mentions for and against, on [0, 1]
    assert all(ax.get_xlim() == (0.0, 1.0) for ax in fig.axes)
    legend = fig.legends[0]
    assert [t.get_text() for t in legend.get_texts()] == ["favour", "against"]
    fig.savefig(tmp_path / "stance.png")
    # greyscale-safe: favour and against differ in marker shape, not only in colour
    assert {"o", "s"} <= {line.get_marker() for ax in fig.axes for line in ax.lines}
    # a table of mean scores only is drawn on [-1, 1]
    means = plot_stance(st[["camp", "target", "n", "mean", "ci_low", "ci_high", "small_n"]])
    assert all(ax.get_xlim() == (-1.0, 1.0) for ax in means.axes)


def test_plot_frames(scored, tmp_path):
    frames = load_frames()
    fs = compare_frames(scored, frames, n_boot=100, seed=0)
    fig = plot_frames(fs)
    assert len(fig.axes) == 2  # heatmap + colour bar
    heat = fig.axes[0]
    assert heat.images[0].get_array().shape == (2, len(frames))
    assert len(heat.texts) == 2 * len(frames)
    # n = quotes with a frame word ("NATO is strong." has none)
    assert [t.get_text() for t in heat.get_yticklabels()] == ["russian_official (n=3)",
                                                               "western (n=5)"]
    fig.savefig(tmp_path / "frames.png")


def test_plot_keyness(scored, tmp_path):
    k = keyness_by_camp(scored, target="western")
    fig = plot_keyness(k, top=3)
    ax = fig.axes[0]
    assert len(fig.axes) == 1
    collections = [c for c in ax.collections if isinstance(c, PathCollection)]
    assert sum(len(c.get_offsets()) for c in collections) == len(k)
    labelled = [t.get_text() for t in ax.texts]
    assert labelled[:3] == k["feature"].head(3).tolist()
    assert labelled[3:] == k["feature"].tail(3).tolist()[::-1]
    assert ax.get_xscale() == "log" and ax.get_ylabel() == "log-odds z-score"
    fig.savefig(tmp_path / "keyness.png")


@pytest.mark.parametrize("measure, label", [("chi2", "signed chi2"), ("lr", "signed G2"),
                                            ("pmi", "PMI")])
def test_plot_keyness_other_measures(scored, measure, label):
    k = keyness_by_camp(scored, target="western", measure=measure)
    fig = plot_keyness(k, top=2)
    ax = fig.axes[0]
    assert ax.get_ylabel().startswith(label)
    finite = np.isfinite(k[k.attrs["stat"]]).sum()
    assert sum(len(c.get_offsets()) for c in ax.collections
               if isinstance(c, PathCollection)) == finite


def test_plot_keyness_labels_do_not_overlap():
    # Many words with nearly the same frequency and statistic: naive labels would pile up.
    rng = np.random.default_rng(0)
    n = 80
    k = pd.DataFrame({"feature": [f"word{i:02d}" for i in range(n)],
                      "z": np.sort(rng.normal(0, 0.3, n))[::-1] + np.r_[np.full(10, 5.0),
                                                                         np.zeros(n - 20),
                                                                         np.full(10, -5.0)],
                      "n_target": np.full(n, 20), "n_reference": np.full(n, 22)})
    fig = plot_keyness(k, top=10)
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    renderer = canvas.get_renderer()
    ax = fig.axes[0]
    # The text itself, without the leader line of a moved label.
    boxes = [Text.get_window_extent(t, renderer) for t in ax.texts]
    assert len(boxes) == 20
    overlaps = [(i, j) for i in range(len(boxes)) for j in range(i + 1, len(boxes))
                if boxes[i].overlaps(boxes[j])]
    assert overlaps == []
    # Labels stay inside the figure.
    fig_box = fig.bbox
    assert all(b.y0 >= fig_box.y0 and b.y1 <= fig_box.y1 for b in boxes)


def _drawn(fig):
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    return canvas.get_renderer()


def test_plot_stance_numbers_on_every_panel_and_labels_apart(scored):
    st = compare_stance(scored, load_targets(), camps=["russian_official", "belarusian_official",
                                                         "opposition", "western"], n_boot=50)
    fig = plot_stance(st)
    renderer = _drawn(fig)
    for ax in fig.axes:  # numeric x ticks on the top panels too, not only the bottom row
        shown = [t.get_text() for t in ax.get_xticklabels() if t.get_visible() and t.get_text()]
        assert shown and all(t.replace(".", "").isdigit() for t in shown), ax.get_title()
    # No text (n labels, camp names) of one panel runs into a text of another panel.
    boxes = []
    for k, ax in enumerate(fig.axes):
        texts = [t for t in ax.texts] + [t for t in ax.get_yticklabels()
                                         if t.get_visible() and t.get_text()]
        boxes += [(k, t.get_text(), t.get_window_extent(renderer)) for t in texts]
    clashes = [(a[1], b[1]) for i, a in enumerate(boxes) for b in boxes[i + 1:]
               if a[0] != b[0] and a[2].overlaps(b[2])]
    assert clashes == []


def test_plot_keyness_log_axis_reads_as_plain_numbers(scored):
    k = keyness_by_camp(scored, target="western")
    fig = plot_keyness(k, top=2)
    _drawn(fig)
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.get_xticklabels() if t.get_text()]
    assert labels and all(t.replace(",", "").replace(".", "").isdigit() for t in labels), labels
    markers = {tuple(c.get_paths()[0].vertices.round(2).ravel()) for c in ax.collections
               if isinstance(c, PathCollection) and len(c.get_offsets())}
    assert len(markers) >= 2  # the camp's words and the others' differ in shape
