"""An indicator chart's "Target" and "Baseline" labels never sit on a measured
point, on each other, or outside the plot (issue 17, item 10)."""

import datetime
from decimal import Decimal

from regions.charts import POINT_RADIUS, ChartPoint, IndicatorChart, overlaps


def chart(values, baseline="0", target="120"):
    start = datetime.date(2019, 4, 1)
    points = [
        ChartPoint(start + datetime.timedelta(days=182 * number), Decimal(value))
        for number, value in enumerate(values, start=1)
    ]
    # The axis runs from the first measurement to the last: points sit at both
    # ends, where the labels were written before.
    return IndicatorChart(
        baseline=Decimal(baseline), target=Decimal(target), points=points
    )


def point_box(point):
    return (
        point.x - POINT_RADIUS,
        point.y - POINT_RADIUS,
        point.x + POINT_RADIUS,
        point.y + POINT_RADIUS,
    )


def old_boxes(drawn):
    """Where the labels were written before: above each line, at fixed ends."""
    from regions.charts import label_box

    target, baseline = drawn.line_labels()
    return (
        label_box(target.text, drawn.plot_right, drawn.target_y - 5, "end"),
        label_box(baseline.text, drawn.plot_left + 8, drawn.baseline_y - 5, "start"),
    )


def assert_clear(drawn):
    target, baseline = drawn.line_labels()
    for label in (target, baseline):
        for point in drawn.points:
            assert not overlaps(label.box, point_box(point)), (label.text, point)
        assert label.box[0] >= 0 and label.box[2] <= drawn.width
        assert label.box[1] >= 0 and label.box[3] <= drawn.height
    assert not overlaps(target.box, baseline.box)


def test_a_point_on_the_target_at_the_right_end_moves_the_label():
    # The last measurement reaches the target where its label used to be.
    drawn = chart(["30", "80", "120"], target="120")
    assert overlaps(old_boxes(drawn)[0], point_box(drawn.points[-1]))
    assert_clear(drawn)


def test_a_first_point_on_the_baseline_moves_the_baseline_label():
    # Ten reports: the second, still at the baseline, sat under its label.
    drawn = chart(["0", "0", "2", "4", "6", "8", "10", "12", "14", "20"], target="20")
    assert overlaps(old_boxes(drawn)[1], point_box(drawn.points[1]))
    assert_clear(drawn)


def test_target_and_baseline_close_together_do_not_overprint():
    drawn = chart(["50", "51", "52"], baseline="50", target="52")
    assert_clear(drawn)


def test_labels_read_in_the_language_of_the_page():
    from django.utils import translation

    with translation.override("it"):
        target, baseline = chart(["30", "80"]).line_labels()
    assert target.text.startswith("Obiettivo")
    assert baseline.text.startswith("Valore di partenza")
